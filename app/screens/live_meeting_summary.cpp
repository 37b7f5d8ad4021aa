// Live mode once the 1:1 is finished: its summary (core/rules/live_meeting.h meetingSummary): what was
// discussed, what carries over and to when, commitments made both ways, facts learned.
#include <imgui.h>

#include "app/screens/live_meeting_screen.h"
#include "app/widgets.h"

namespace rapport::ui {

namespace {

void list(const char* title, const std::vector<std::string>& items, const char* none) {
    sectionTitle(title);
    if (items.empty()) mutedText(none);
    for (const std::string& item : items) ImGui::BulletText("%s", item.c_str());
}

std::string owed(const Commitment& c) { return c.text + (c.due ? ", due " + shortDate(*c.due) : std::string()); }

}  // namespace

void LiveMeetingScreen::drawSummary(UiContext& ui, const Meeting& meeting) {
    ImGui::Text("1:1 with %s, held %s", peerName(ui.notebook(), meeting.peerId), longDate(meeting.date).c_str());
    if (ImGui::Button("Open the 1:1 page")) ui.go(Route{Page::Meeting, meeting.id});
    ImGui::SameLine();
    if (ImGui::Button("Back to This week")) ui.go(Route{Page::ThisWeek, kNoId});
    if (!m_summary) return;
    const MeetingSummary& s = *m_summary;
    list("Discussed", s.discussed, "Nothing marked discussed.");
    const std::string carried = s.nextMeeting ? "Carried over to " + shortDate(*s.nextMeeting) : std::string("Carried over");
    list(carried.c_str(), s.carried, "Nothing carries over.");
    if (!s.dropped.empty()) list("Dropped", s.dropped, "");
    sectionTitle("Commitments made");
    if (s.iOwe.empty() && s.theyOwe.empty()) mutedText("None made in this 1:1.");
    for (const Commitment* c : s.iOwe) ImGui::BulletText("I owe: %s", owed(*c).c_str());
    for (const Commitment* c : s.theyOwe) ImGui::BulletText("They owe me: %s", owed(*c).c_str());
    sectionTitle("Learned about them");
    if (s.facts.empty()) mutedText("No new facts this time.");
    for (const Fact* f : s.facts) ImGui::BulletText("%s", f->text.c_str());
    if (s.insights + s.conflicts > 0) {
        ImGui::Spacing();
        mutedText((std::to_string(s.insights) + (s.insights == 1 ? " insight" : " insights") + " and " +
                   std::to_string(s.conflicts) + (s.conflicts == 1 ? " conflict" : " conflicts") +
                   " noted: they are on the 1:1 page.").c_str());
    }
    if (!meeting.notes.empty()) {
        sectionTitle("Notes");
        ImGui::TextWrapped("%s", meeting.notes.c_str());
    }
}

}  // namespace rapport::ui
