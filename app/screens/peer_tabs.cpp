// The peer page's tabs other than Profile and Get to know: our 1:1s, projects, commitments, rituals,
// and a timeline of everything logged. Series and commitments are editable rows (edit_widgets.h).
#include <imgui.h>
#include <imgui_stdlib.h>

#include <algorithm>
#include <tuple>
#include <vector>

#include "app/edit_widgets.h"
#include "app/screens/peer_screen.h"
#include "app/widgets.h"
#include "core/model/commands.h"
#include "core/model/recurrence.h"
#include "core/rules/commitments.h"
#include "core/rules/connections.h"

namespace rapport::ui {

void PeerScreen::drawOneOnOnesTab(UiContext& ui, const Peer& peer) {
    const Notebook& nb = ui.notebook();
    const auto series = entitiesOf<OneOnOneSeries>(nb, [&](const OneOnOneSeries& s) { return s.peerId == peer.id; });
    sectionTitle("1:1 series");
    const Cadence recommended = recommendedCadence(peer);
    if (series.empty()) {
        ImGui::TextWrapped("No regular 1:1 yet. With %s interdependence we recommend %s.", label(peer.interdependence),
                           describe(recommended).c_str());
    }
    constexpr const char* kWeekdays[] = {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"};
    for (const OneOnOneSeries* s : series) {
        const bool changed = editableRow(
            ui, m_seriesRow, *s, "series",
            [&](const OneOnOneSeries& one) {
                ImGui::BulletText("%s on %ss, %d min, %s", describe(one.cadence).c_str(), weekdayName(one.weekday),
                                  one.durationMinutes,
                                  one.active ? ("review " + relativeDay(one.review, ui.today())).c_str() : "ended");
                if (!one.active) return;
                if (const auto next = nextOccurrence(one, ui.today())) {
                    ImGui::SameLine();
                    ImGui::TextDisabled("next: %s", shortDate(next->date).c_str());
                    if (!ui.readOnly()) {
                        ImGui::SameLine();
                        if (ImGui::SmallButton("Skip next")) ui.run(skipOccurrence(nb, one.id, next->original));
                    }
                }
            },
            [&](RecordForm& form, OneOnOneSeries& draft, RowEditor<OneOnOneSeries>&) {
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
                if (draft.active && ImGui::Button("End the series")) {
                    // Ending is a review decision: it goes into the series' history.
                    if (ui.run(decideSeriesReview(nb, draft.id, ReviewDecision::End, ui.today()))) m_seriesRow.close();
                }
            });
        if (changed) return;
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

void PeerScreen::drawProjectsTab(UiContext& ui, const Peer& peer) {
    const auto projects = entitiesOf<JointProject>(ui.notebook(), [&](const JointProject& p) {
        return std::find(p.peerIds.begin(), p.peerIds.end(), peer.id) != p.peerIds.end();
    });
    if (projects.empty()) {
        emptyState("Work on something together: a small, low-stakes project of about two weeks, in the white space "
                   "that is nobody's obvious job. Start one on the Projects page.");
    }
    for (const JointProject* p : projects) {
        const std::string text = p->title + "  (" + label(p->phase) + ")";
        if (link(text.c_str(), p)) ui.go(Route{Page::Project, p->id});
    }
}

void PeerScreen::drawCommitmentsTab(UiContext& ui, const Peer& peer) {
    const Notebook& nb = ui.notebook();
    for (CommitmentDirection direction : {CommitmentDirection::MeToThem, CommitmentDirection::ThemToMe}) {
        const KeptRatio ratio = keptRatio(nb, peer.id, direction);
        sectionTitle(direction == CommitmentDirection::MeToThem ? "What I owe them" : "What they owe me");
        const int32_t resolved = ratio.kept + ratio.keptLate + ratio.missed;
        if (resolved > 0) ImGui::TextDisabled("kept %d of %d (%d late)", ratio.kept + ratio.keptLate, resolved, ratio.keptLate);
        const auto list = entitiesOf<Commitment>(nb, [&](const Commitment& c) {
            return c.peerId == peer.id && c.direction == direction;
        });
        if (list.empty()) emptyState("Make small commitments and keep them: accountability is how trust is built.");
        for (const Commitment* c : list) {
            if (drawCommitment(ui, *c)) return;  // the lists are stale until the next frame
        }
    }
    if (ui.readOnly()) return;
    sectionTitle("New commitment");
    m_commitmentForm.draw(ui, peer.id, CommitmentOrigin::Other, kNoId);
}

bool PeerScreen::drawCommitment(UiContext& ui, const Commitment& commitment) {
    const Notebook& nb = ui.notebook();
    return editableRow(
        ui, m_commitmentRow, commitment, "commitment",
        [&](const Commitment& c) {
            ImGui::BulletText("%s", c.text.c_str());
            ImGui::SameLine();
            ImGui::TextDisabled("%s%s", label(c.status), c.due ? ("  due " + shortDate(*c.due)).c_str() : "");
            if (!c.isOpen() || ui.readOnly()) return;
            ImGui::SameLine();
            const bool late = c.due && *c.due < ui.today();
            if (ImGui::SmallButton("Kept")) ui.run(setCommitmentStatus(nb, c.id, late ? CommitmentStatus::KeptLate : CommitmentStatus::Kept, ui.today()));
            ImGui::SameLine();
            if (ImGui::SmallButton("Missed")) ui.run(setCommitmentStatus(nb, c.id, CommitmentStatus::Missed, ui.today()));
            ImGui::SameLine();
            if (ImGui::SmallButton("Drop")) ui.run(setCommitmentStatus(nb, c.id, CommitmentStatus::Dropped, ui.today()));
        },
        [&](RecordForm& form, Commitment& draft, RowEditor<Commitment>& row) {
            form.text("Promise", draft.text);
            form.choice("Who owes", draft.direction, 2);
            form.optionalDate("due date", draft.due, row.buffer(0), ui.today());
            const CommitmentStatus before = draft.status;
            form.choice("Status", draft.status, static_cast<int>(CommitmentStatus::Dropped) + 1);
            if (draft.status != before) {
                // A resolved commitment is resolved today; reopening clears the date.
                if (draft.isOpen()) draft.resolvedOn.reset();
                else if (!draft.resolvedOn) draft.resolvedOn = ui.today();
            }
        });
}

void PeerScreen::drawRitualsTab(UiContext& ui, const Peer& peer) {
    const auto rituals = entitiesOf<Ritual>(ui.notebook(), [&](const Ritual& r) {
        return std::find(r.participants.begin(), r.participants.end(), peer.id) != r.participants.end();
    });
    if (rituals.empty()) {
        emptyState("Tack something social onto work: coffee before the meeting, dinner after the offsite, a quarterly "
                   "reunion. Add rituals on the Rituals page.");
    }
    for (const Ritual* r : rituals) {
        ImGui::BulletText("%s %s", r->title.empty() ? "Ritual" : r->title.c_str(),
                          r->nextDue ? ("- next " + shortDate(*r->nextDue)).c_str() : "");
    }
    if (ImGui::Button("Open Rituals")) ui.go(Route{Page::Rituals, kNoId});
}

void PeerScreen::drawTimelineTab(UiContext& ui, const Peer& peer) {
    const Notebook& nb = ui.notebook();
    // (date, text) of everything logged with this peer, newest first.
    std::vector<std::pair<CivilDate, std::string>> events;
    for (const auto& [day, id] : nb.meetingsOfPeer(peer.id)) {
        if (const Meeting* m = nb.findMeeting(id)) events.emplace_back(m->date, m->held ? "1:1 held" : "1:1 prepared");
    }
    for (const auto& [day, id] : nb.interactionsOfPeer(peer.id)) {
        if (const Interaction* i = nb.find<Interaction>(id)) events.emplace_back(i->date, std::string(label(i->kind)) + " " + i->note);
    }
    for (const auto& [id, f] : nb.all<Fact>()) {
        if (f.peerId == peer.id && f.learnedOn) events.emplace_back(*f.learnedOn, "Learned: " + f.text);
    }
    for (const auto& [id, c] : nb.all<Commitment>()) {
        if (c.peerId == peer.id) events.emplace_back(c.madeOn, "Commitment: " + c.text);
    }
    for (const TrustRecord& t : peer.trustHistory) events.emplace_back(t.date, "Trust " + std::to_string(t.level) + "/5 " + t.note);
    std::stable_sort(events.begin(), events.end(), [](const auto& a, const auto& b) { return a.first > b.first; });
    if (events.empty()) emptyState("Everything you log with them (1:1s, contacts, facts, commitments) lines up here, newest first.");
    ImGuiListClipper clipper;
    clipper.Begin(static_cast<int>(events.size()));
    while (clipper.Step()) {
        for (int i = clipper.DisplayStart; i < clipper.DisplayEnd; ++i) {
            const auto& [date, text] = events[static_cast<size_t>(i)];
            ImGui::TextDisabled("%s", shortDate(date).c_str());
            ImGui::SameLine(ImGui::GetFontSize() * 7.0f);
            ImGui::TextUnformatted(text.c_str());
        }
    }
}

}  // namespace rapport::ui
