// The peer page's 1:1s tab: the series with its earlier periods (corrected in place only while no 1:1
// of its current period was held; otherwise changed from today, a new period), its review, and the
// meetings held.
#include <imgui.h>

#include <cstdio>
#include <imgui_stdlib.h>

#include <algorithm>
#include <tuple>
#include <vector>

#include "app/edit_widgets.h"
#include "app/screens/peer_screen.h"
#include "app/style/flow.h"
#include "app/style/text.h"
#include "app/widgets.h"
#include "core/model/commands.h"
#include "core/model/recurrence.h"
#include "core/rules/commitments.h"
#include "core/rules/connections.h"
#include "core/rules/series_layout.h"

namespace rapport::ui {

void PeerScreen::drawOneOnOnesTab(UiContext& ui, const Peer& peer) {
    const Notebook& nb = ui.notebook();
    const auto& series = lists(ui, peer).series;
    sectionTitle("1:1 series");
    const Cadence recommended = recommendedCadence(peer);
    if (series.empty()) {
        ImGui::TextWrapped("No regular 1:1 yet. With %s interdependence we recommend %s.", label(peer.interdependence),
                           describe(recommended).c_str());
    }
    constexpr const char* kWeekdays[] = {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"};
    for (const OneOnOneSeries* s : series) {
        auto show = [&](const OneOnOneSeries& one) {
            // The time is the series' own, or where it is laid out in its weekday block.
            const SeriesTime at = seriesTime(nb, one);
            // A series that changed says since when it is like this: the boundary of its current period.
            const std::string since = one.history.empty() ? "" : ", since " + shortDate(one.start);
            bulletTextf("%s on %ss, %s%s%s, %s", describe(one.cadence).c_str(), weekdayName(one.weekday),
                        timeRangeText(at).c_str(), at.laidOut ? " (laid out in the block)" : "", since.c_str(),
                        one.active ? ("review " + relativeDay(one.review, ui.today())).c_str() : "ended");
            if (!one.active) return;
            if (const auto next = nextOccurrence(one, ui.today())) {
                {
                    char text[256];
                    std::snprintf(text, sizeof text, "next: %s", shortDate(next->date).c_str());
                    mutedAfter(text);
                }
                if (!ui.readOnly()) {
                    if (flowButton("Skip next")) ui.run(skipOccurrence(nb, one.id, next->original));
                }
            }
        };
        auto correct = [&](RecordForm& form, OneOnOneSeries& draft, RowEditor<OneOnOneSeries>&) {
            form.choice("Cadence", draft.cadence.kind, static_cast<int>(CadenceKind::EveryNWeeks) + 1);
            if (draft.cadence.kind == CadenceKind::EveryNWeeks) {
                int weeks = draft.cadence.everyNWeeks;
                form.number("Every N weeks", weeks, 1, 52);
                draft.cadence.everyNWeeks = static_cast<uint8_t>(weeks);
            }
            int weekday = static_cast<int>(draft.weekday) - 1;
            form.option("Weekday", weekday, kWeekdays, 7);
            draft.weekday = static_cast<Weekday>(weekday + 1);
            form.number("Minutes", draft.durationMinutes, 5, 480);
            // Starts at hour:minute; a series without its own time shows the one it is laid out at.
            const int32_t shown = draft.startMinutes.value_or(seriesTime(nb, draft).startMinutes);
            int hour = shown / 60, minute = shown % 60;
            const bool newHour = form.number("Starts at hour", hour, 0, 23);
            const bool newMinute = form.number("and minute", minute, 0, 59);
            if (newHour || newMinute) draft.startMinutes = hour * 60 + minute;
            if (draft.active && ImGui::Button("End the series")) {
                // Ending is a review decision: it goes into the series' history.
                if (ui.run(decideSeriesReview(nb, draft.id, ReviewDecision::End, ui.today()))) m_seriesRow.close();
            }
        };
        // Correcting the series in place (Edit) is honest only while no 1:1 of its current period was
        // held; after that a change starts a new period from today, so past 1:1s keep their rhythm.
        if (!heldInCurrentPeriod(nb, *s)) {
            if (editableRow(ui, m_seriesRow, *s, "series", show, correct)) return;
        } else {
            pushEntityId(s->id);
            show(*s);
            ImGui::PopID();
        }
        // Earlier periods, newest first, each with the days it ran: where the rhythm changed.
        for (size_t i = s->history.size(); i-- > 0;) {
            const CivilDate from = s->history[i].start, to = std::max(from, periodEnd(*s, i));
            const std::string period = "Earlier, " + (from.year() == to.year() ? shortDate(from) : longDate(from)) + " to " +
                                       longDate(to) + ": " + periodText(nb, *s, i);
            mutedText(period.c_str());
        }
        drawSeriesChange(ui, *s, m_seriesChange);
    }
    if (!ui.readOnly() && !peer.archived) {
        CivilDate start = ui.today();
        if (activeSeriesOf(nb, peer.id)) doneButton("Series running");  // a second click must not start another
        else if (ImGui::Button("Start a regular 1:1 (recommended cadence)")) ui.run(addSeries(nb, ui.ids(), peer.id, start));
        ImGui::SameLine();
        if (ImGui::Button("Hold a 1:1 today")) {
            // Today's 1:1 if there is one already, else a new one (in the peer's series when running).
            const Meeting* today = meetingOn(nb, peer.id, ui.today());
            const EntityId meeting = today ? today->id : ui.runCreating(addMeeting(nb, ui.ids(), peer.id, ui.today()));
            if (meeting != kNoId) ui.go(Route{Page::Meeting, meeting});
        }
    }
    sectionTitle("Meetings");
    const auto& meetings = nb.meetingsOfPeer(peer.id);
    if (meetings.empty()) emptyState("Meetings you prepare or hold with them appear here, newest first.");
    for (auto it = meetings.rbegin(); it != meetings.rend(); ++it) {
        const Meeting* m = nb.findMeeting(it->second);
        if (!m) continue;
        std::string text = longDate(m->date) + (m->held ? "" : "  (prepared)");
        if (link(text.c_str(), m)) ui.go(Route{Page::Meeting, m->id});
    }
}

}  // namespace rapport::ui
