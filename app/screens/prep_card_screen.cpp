// The prep card reads core/rules/prep_card.h once per change and lays it out in two columns (one on a
// phone): the person on the left, what is owed and what comes next on the right.
#include "app/screens/prep_card_screen.h"

#include <imgui.h>

#include "app/form_widgets.h"
#include "app/screens/important_dates_view.h"
#include "app/widgets.h"
#include "core/model/commands.h"
#include "core/model/recurrence.h"

namespace rapport::ui {

namespace {

std::string owedLine(const Commitment& c, CivilDate today) {
    return c.text + (c.due ? " (due " + relativeDay(*c.due, today) + ")" : "");
}

}  // namespace

void PrepCardScreen::draw(UiContext& ui) {
    if (m_peerId != ui.route().id || m_revision != ui.revision()) {
        m_peerId = ui.route().id;
        m_revision = ui.revision();
        auto card = prepCard(ui.notebook(), m_peerId, ui.today());
        m_card = card ? std::optional<PrepCard>(std::move(card).value()) : std::nullopt;
    }
    if (!m_card) {
        emptyState("This peer no longer exists. Pick someone on the Peers page (Ctrl+2).");
        return;
    }
    ImGui::Text("Prep card: %s", m_card->peer->name.c_str());
    ImGui::SameLine();
    mutedText(("trust " + std::to_string(m_card->peer->trustLevel()) + "/5, " +
               (m_card->lastInteraction ? "last contact " + relativeDay(*m_card->lastInteraction, ui.today())
                                        : std::string("no contact yet")))
                  .c_str());
    if (!ui.readOnly() && ImGui::Button("Start the 1:1")) {
        start(ui, Page::Meeting);
    }
    ImGui::SameLine();
    if (!ui.readOnly() && ImGui::Button("Start live 1:1")) start(ui, Page::LiveMeeting);
    ImGui::SameLine();
    if (ImGui::SmallButton("Peer page")) ui.go(Route{Page::Peer, m_peerId});

    const bool columns = !ui.narrow() && ImGui::BeginTable("prep", 2, ImGuiTableFlags_SizingStretchSame);
    if (columns) {
        ImGui::TableNextRow();
        ImGui::TableSetColumnIndex(0);
    }
    drawPeople(ui);
    if (columns) ImGui::TableSetColumnIndex(1);
    drawOwed(ui);
    drawMeetings(ui);
    drawDue(ui);
    if (columns) ImGui::EndTable();
}

void PrepCardScreen::drawPeople(UiContext& ui) {
    const PrepCard& card = *m_card;
    sectionTitle("Remember");
    if (card.facts.empty()) {
        emptyState("Nothing noted yet. Ask about their weekend, their family, what they do outside work, and jot it "
                   "down afterwards: it is what you will want to ask about next time.");
    }
    for (const Fact* fact : card.facts) {
        ImGui::TextDisabled("%s", label(fact->category));
        ImGui::SameLine();
        ImGui::TextWrapped("%s", fact->text.c_str());
    }
    for (const ComingUpDate& date : card.upcomingDates) {
        ImGui::TextColored(ImGui::GetStyleColorVec4(ImGuiCol_CheckMark), "%s", describeImportantDate(date).c_str());
    }
    if (!card.connections.empty() || !card.interestMatches.empty()) {
        sectionTitle("What we share");
        for (const Connection* c : card.connections) ImGui::BulletText("%s", c->interest.c_str());
        drawInterestMatches(ui, card.peer->id, card.interestMatches);
    }
    if (!card.banter.empty()) {
        sectionTitle("Banter");
        for (const BanterTopic* b : card.banter) {
            ImGui::BulletText("%s%s", b->text.c_str(),
                              b->lastUsed ? ("  (used " + relativeDay(*b->lastUsed, ui.today()) + ")").c_str() : "");
        }
    }
}

void PrepCardScreen::drawOwed(UiContext& ui) {
    const PrepCard& card = *m_card;
    sectionTitle("Owed");
    const auto decided = [](const KeptRatio& r) { return r.kept + r.keptLate + r.missed; };
    ImGui::Text("I owe them  -  %s", keptText(card.myRecord.kept + card.myRecord.keptLate, decided(card.myRecord)).c_str());
    if (card.iOwe.empty()) mutedText("Nothing open.");
    for (const Commitment* c : card.iOwe) ImGui::BulletText("%s", owedLine(*c, ui.today()).c_str());
    ImGui::Text("They owe me  -  %s",
                keptText(card.theirRecord.kept + card.theirRecord.keptLate, decided(card.theirRecord)).c_str());
    if (card.theyOwe.empty()) mutedText("Nothing open.");
    for (const Commitment* c : card.theyOwe) ImGui::BulletText("%s", owedLine(*c, ui.today()).c_str());
}

void PrepCardScreen::drawMeetings(UiContext& ui) {
    const PrepCard& card = *m_card;
    sectionTitle("Carried over");
    if (card.carriedOver.empty()) mutedText("Nothing waiting from last time.");
    for (const AgendaItem& item : card.carriedOver) ImGui::BulletText("%s", item.text.c_str());
    sectionTitle("Last 1:1");
    if (!card.lastMeeting) {
        emptyState("No 1:1 held yet. The first one is for getting to know each other, not for status updates.");
        return;
    }
    const Meeting& last = *card.lastMeeting;
    if (link(longDate(last.date).c_str(), &last)) ui.go(Route{Page::Meeting, last.id});
    int discussed = 0;
    for (const AgendaItem& item : last.agenda) discussed += item.status == AgendaStatus::Discussed;
    ImGui::SameLine();
    ImGui::TextDisabled("%d of %zu items discussed", discussed, last.agenda.size());
    if (!last.notes.empty()) ImGui::TextWrapped("%s", last.notes.c_str());
    if (!last.mood.empty()) mutedText(("Mood: " + last.mood).c_str());
}

void PrepCardScreen::drawDue(UiContext& ui) {
    const PrepCard& card = *m_card;
    if (!card.previews.empty()) {
        sectionTitle("Previews to give");
        for (const ExecPreview* p : card.previews) {
            ImGui::BulletText("%s (staff meeting %s)", p->proposal.c_str(), shortDate(p->staffMeetingOn).c_str());
        }
    }
    if (!card.ritualsDue.empty()) {
        sectionTitle("Rituals due");
        for (const Ritual* r : card.ritualsDue) {
            ImGui::BulletText("%s%s", r->title.empty() ? ritualKindName(r->kind) : r->title.c_str(),
                              r->nextDue ? (" - " + relativeDay(*r->nextDue, ui.today())).c_str() : "");
        }
    }
    if (!card.projects.empty()) {
        sectionTitle("Working on together");
        for (const JointProject* p : card.projects) {
            if (link(p->title.c_str(), p)) ui.go(Route{Page::Project, p->id});
        }
    }
}

void PrepCardScreen::start(UiContext& ui, Page page) {
    if (m_card->nextMeeting) {
        ui.go(Route{page, m_card->nextMeeting->id});
        return;
    }
    // Today's 1:1 if there is one; else a new one (addMeeting puts it in the peer's running series).
    const Meeting* today = meetingOn(ui.notebook(), m_peerId, ui.today());
    const EntityId meeting = today ? today->id : ui.runCreating(addMeeting(ui.notebook(), ui.ids(), m_peerId, ui.today()));
    if (meeting != kNoId) ui.go(Route{page, meeting});
}

}  // namespace rapport::ui
