// Important dates and interest matches, drawn the same way wherever they appear: the peer page (header and
// Get to know tab), the prep card and This week. Each comes with its one-click action.
#pragma once

#include <string>
#include <vector>

#include "app/ui_context.h"
#include "core/rules/connections.h"
#include "core/rules/important_dates.h"

namespace rapport::ui {

// The add-form's text between frames.
struct ImportantDateForm {
    int kind = 0;          // ImportantDateKind
    std::string name;      // the kid's name, or what a custom date is
    std::string day;       // "14 March", "March 14 1980", "12/09"
};

// One of them: "Birthday: 9 Dec, in 9 days, turns 47 (9 Dec 1979)".
void drawImportantDate(const ComingUpDate& date);
// Only the add form: a label picker, the name (a kid's, or what a custom date is) and the day.
void drawImportantDateForm(UiContext& ui, const Peer& peer, ImportantDateForm& form);
// A line per important date of the peer coming up within kComingUpDays, and their birthday whenever it
// is: "Birthday: 9 Dec, in 9 days, turns 47". Nothing when there is none.
// `dates` are the peer's (importantDatesOf).
void drawPeerDatesLine(const std::vector<ComingUpDate>& dates);
// "You both: swimming" per match, each with a button that records it as a connection.
void drawInterestMatches(UiContext& ui, EntityId peerId, const std::vector<ConnectionSuggestion>& matches);

}  // namespace rapport::ui
