// Small building blocks every screen uses, so the screens look and behave alike: dates, enum
// pickers, empty states that teach the practice, muted and warning text.
#pragma once

#include <imgui.h>

#include <string>

#include "core/model/ids.h"
#include "core/model/notebook.h"
#include "core/util/civil_date.h"

namespace rapport::ui {

// "Tue 24 Nov 2026" / "Tue 24 Nov".
std::string longDate(CivilDate date);
std::string shortDate(CivilDate date);
// "today", "tomorrow", "in 3 days", "2 days ago".
std::string relativeDay(CivilDate date, CivilDate today);

// A peer's name, or "(removed peer)" when the id no longer resolves.
const char* peerName(const Notebook& notebook, EntityId peerId);

// The heading of a block on a page.
void sectionTitle(const char* text);
// One or two sentences, muted, shown where a list is empty: they say what the list is for.
void emptyState(const char* text);
void mutedText(const char* text);
void warningText(const char* text);

// A date edited as YYYY-MM-DD text; `buffer` keeps the text between frames. Returns true on the
// frame a valid date is committed (Enter or leaving the field); shows why an invalid one is refused.
bool dateField(const char* label, CivilDate& date, std::string& buffer);

// A combo over an enum's values 0..count-1, named with the core's label(). Returns true on change.
template <class Enum>
bool enumCombo(const char* label, Enum& value, int count) {
    bool changed = false;
    if (ImGui::BeginCombo(label, rapport::label(value))) {
        for (int i = 0; i < count; ++i) {
            const Enum option = static_cast<Enum>(i);
            if (ImGui::Selectable(rapport::label(option), option == value)) {
                value = option;
                changed = true;
            }
        }
        ImGui::EndCombo();
    }
    return changed;
}

// A one-line entry field for adding things in a row (names, facts, agenda items): Enter submits and
// returns true while the field KEEPS the keyboard, so the first letters of the next entry, typed
// straight after Enter, are not lost (ImGui 1.86 drops a field's focus on Enter and needs two frames
// to give it back). Call clearEntryField() once the text has been used (not when it was refused, so
// the user can fix it).
bool entryField(const char* label, const char* hint, std::string& text, float width);
// Empties an entryField, including the copy ImGui keeps while the field is being edited. Call it in
// the same ID scope as the field.
void clearEntryField(const char* label, std::string& text);

// An action already done, shown where its button was (same place, greyed): "Series running".
void doneButton(const char* text);

// Scopes the ImGui ids of what follows to an entity (pair with ImGui::PopID): by its id, never by its
// address. An edit replaces the entity in the notebook, so an address-based id changes mid-typing and
// the field in use loses the keyboard and its text (seen under ASan, whose allocator never reuses an
// address at once). All 64 bits count, also in wasm where a pointer has 32.
void pushEntityId(EntityId id);

// A text that looks like a link and returns true when clicked (or activated with the keyboard).
bool link(const char* text, const void* id = nullptr);

}  // namespace rapport::ui
