// Small building blocks every screen uses, so the screens look and behave alike: dates, enum
// pickers, empty states that teach the practice, muted and warning text.
#pragma once

#include <imgui.h>

#include "app/imgui_item_hooks.h"

#include <optional>
#include <string>

#include "core/model/ids.h"
#include "core/model/notebook.h"
#include "core/util/civil_date.h"
#include "core/util/date_parse.h"

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

// What typed dates are read against (core/util/date_parse.h): today and the date-order setting. The app
// sets it at the start of every frame.
void setDateTyping(CivilDate today, DateOrder order);
// Reads a date field's text as the date fields do. Empty text is no date (nullopt); refusals say why.
Result<std::optional<CivilDate>> readTypedDate(const std::string& text, DateDirection direction = DateDirection::Future);

// A date typed the way people speak ("fri", "next thu", "14 March", "in 2 weeks", "9/12", ISO); `buffer`
// keeps the text between frames. The date it reads is shown beside it ("= Fri 4 Dec") before it is
// saved, a refusal says why, and a button opens a calendar (arrows move the day, PgUp/PgDn the month,
// Enter picks, Esc closes). Returns true on the frame a valid date is committed (Enter, leaving the
// field, or picking in the calendar); refused text stays for the user to fix and `date` is untouched.
bool dateField(const char* label, CivilDate& date, std::string& buffer,
               DateDirection direction = DateDirection::Future);
// The same for an optional date held as its text (empty = no date), for forms that read it on submit
// with readTypedDate. Returns true when the text was committed.
bool optionalDateField(const char* label, const char* hint, std::string& text,
                       DateDirection direction = DateDirection::Future);

// A combo over an enum's values 0..count-1, named with the core's label(). Returns true on change.
template <class Enum>
bool enumCombo(const char* label, Enum& value, int count) {
    bool changed = false;
    labelItem(ImGui::GetID(label), label);
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
