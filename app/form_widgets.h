// Form pieces the entry screens share (meeting, projects, rituals, previews, journal, quick capture):
// a one-line add field, a peer picker, a commitment form and a labelled combo, so they all behave alike.
#pragma once

#include <imgui.h>

#include <optional>
#include <string>
#include <vector>

#include "app/ui_context.h"
#include "core/model/enums.h"
#include "core/model/ids.h"

namespace rapport::ui {

// A field's label drawn above it (on every screen width), so the field can take the width it needs.
// Give the field id() ("##Proposal"); when the scope ends it tells the item hooks the field's visible
// name, as ImGui does for a label on the right (tests and the browser automation find fields by it).
class LabelAbove {
public:
    explicit LabelAbove(const char* label);
    ~LabelAbove();
    LabelAbove(const LabelAbove&) = delete;
    LabelAbove& operator=(const LabelAbove&) = delete;
    const char* id() const { return m_id.c_str(); }

private:
    std::string m_label;
    std::string m_id;
};

// Puts the keyboard on the next item when `flag` is set, then clears it (focus the main field on open).
// On a touch screen it only clears it: a focused field opens the on-screen keyboard, which must open
// only when the user taps a field.
void focusIfAsked(const UiContext& ui, bool& flag);

// An entryField (widgets.h: Enter submits and the field keeps the keyboard) and a button on one line,
// stacked when narrow. Returns true when the user confirms a non-blank text; once used, empty it with
// clearEntryField(label, text) in the same ID scope.
bool addLine(const char* label, const char* hint, const char* button, std::string& text, bool narrow);

// A combo over names[0..count-1]. Returns true on change.
bool optionCombo(const char* label, int& value, const char* const* names, int count);

// Names for the enums core/model/enums.h gives no label() (the UI's words).
const char* aspectName(ObservationAspect aspect);
const char* conflictStatusName(ConflictStatus status);
const char* ritualKindName(RitualKind kind);

// Toggles a set of peers (checkbox per non-archived peer, sorted by name, searched by name, clipped, at
// least five rows tall). `selected` keeps the order of ticking. Returns true when the selection changed.
bool peerChecklist(const char* id, const Notebook& nb, std::vector<EntityId>& selected, std::string& filter,
                   float height);
// "Ana, Ben" for a list of peer ids.
std::string peerList(const Notebook& nb, const std::vector<EntityId>& ids);

// "kept 3 of 4 (75%)" or "no record yet".
std::string keptText(int kept, int decided);

// Adds a commitment with a peer: who owes whom, what, and an optional due date. Enter in the text field
// adds it. Remembers its text between frames. The peer page and the 1:1 page both use it.
class CommitmentForm {
public:
    // Returns true when a commitment was recorded.
    bool draw(UiContext& ui, EntityId peerId, CommitmentOrigin origin, EntityId originId);

private:
    bool record(UiContext& ui, EntityId peerId, CommitmentOrigin origin, EntityId originId);

    std::string m_text;
    std::string m_due;  // typed ("fri", "14 Dec"), read by readTypedDate when the commitment is added
    int m_direction = 0;
};

}  // namespace rapport::ui
