// The prep card reads core/rules/prep_card.h once per change and lays it out in two columns (one on a
// phone): the person on the left, what is owed and what comes next on the right.
#include "app/screens/prep_card_screen.h"

#include <imgui.h>

#include "app/form_widgets.h"
#include "app/screens/coming_up_view.h"
#include "app/screens/important_dates_view.h"
#include "app/style/card.h"
#include "app/style/flow.h"
#include "app/style/text.h"
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
        emptyState("This peer no longer exists. Pick someone on the Peers page.");
        return;
    }
    pageTitle(("Prep card: " + m_card->peer->name).c_str());
    captionText(("trust " + std::to_string(m_card->peer->trustLevel()) + "/5, " +
                 (m_card->lastInteraction ? "last contact " + relativeDay(*m_card->lastInteraction, ui.today())
                                          : std::string("no contact yet")))
                    .c_str());
    if (!ui.readOnly() && ImGui::Button("Start the 1:1")) {
        start(ui, Page::Meeting);
    }
    if (!ui.readOnly()) {
        sameLineIfFits(buttonWidth("Start live 1:1"));
        if (ImGui::Button("Start live 1:1")) start(ui, Page::LiveMeeting);
    }
    sameLineIfFits(buttonWidth("Peer page"));
    if (ImGui::Button("Peer page")) ui.go(Route{Page::Peer, m_peerId});
    ImGui::Dummy(ImVec2(0.0f, kSpaceTight));
    drawComingUpList(ui, m_peerId);

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
    beginCardSection("Remember");
    if (card.facts.empty()) {
        emptyState("Nothing noted yet. Ask about their weekend, their family, what they do outside work, and jot it "
                   "down afterwards: it is what you will want to ask about next time.");
    }
    for (const Fact* fact : card.facts) {
        {
            FontScope caption(TextRole::Caption);
            toneText(Tone::Muted, label(fact->category));
        }
        ImGui::TextWrapped("%s", fact->text.c_str());
    }
    for (const ComingUpDate& date : card.upcomingDates) toneText(Tone::Accent, describeImportantDate(date).c_str());
    endCard();
    if (!card.connections.empty() || !card.interestMatches.empty()) {
        beginCardSection("What we share");
        for (const Connection* c : card.connections) bulletText(c->interest.c_str());
        drawInterestMatches(ui, card.peer->id, card.interestMatches);
        endCard();
    }
    if (!card.banter.empty()) {
        beginCardSection("Banter");
        for (const BanterTopic* b : card.banter) {
            bulletText((b->text + (b->lastUsed ? "  (used " + relativeDay(*b->lastUsed, ui.today()) + ")" : "")).c_str());
        }
        endCard();
    }
}

void PrepCardScreen::drawOwed(UiContext& ui) {
    const PrepCard& card = *m_card;
    beginCardSection("Owed");
    const auto decided = [](const KeptRatio& r) { return r.kept + r.keptLate + r.missed; };
    strongText("I owe them");
    captionText(keptText(card.myRecord.kept + card.myRecord.keptLate, decided(card.myRecord)).c_str());
    if (card.iOwe.empty()) mutedText("Nothing open.");
    for (const Commitment* c : card.iOwe) bulletText(owedLine(*c, ui.today()).c_str());
    strongText("They owe me");
    captionText(keptText(card.theirRecord.kept + card.theirRecord.keptLate, decided(card.theirRecord)).c_str());
    if (card.theyOwe.empty()) mutedText("Nothing open.");
    for (const Commitment* c : card.theyOwe) bulletText(owedLine(*c, ui.today()).c_str());
    endCard();
}

void PrepCardScreen::drawMeetings(UiContext& ui) {
    const PrepCard& card = *m_card;
    beginCardSection("Carried over");
    if (card.carriedOver.empty()) mutedText("Nothing waiting from last time.");
    for (const AgendaItem& item : card.carriedOver) bulletText(item.text.c_str());
    endCard();
    beginCardSection("Last 1:1");
    if (!card.lastMeeting) {
        emptyState("No 1:1 held yet. The first one is for getting to know each other, not for status updates.");
        endCard();
        return;
    }
    const Meeting& last = *card.lastMeeting;
    if (link(longDate(last.date).c_str(), &last)) ui.go(Route{Page::Meeting, last.id});
    int discussed = 0;
    for (const AgendaItem& item : last.agenda) discussed += item.status == AgendaStatus::Discussed;
    const std::string count = std::to_string(discussed) + " of " + std::to_string(last.agenda.size()) + " items discussed";
    captionText(count.c_str());
    if (!last.notes.empty()) ImGui::TextWrapped("%s", last.notes.c_str());
    if (!last.mood.empty()) mutedText(("Mood: " + last.mood).c_str());
    endCard();
}

void PrepCardScreen::drawDue(UiContext& ui) {
    const PrepCard& card = *m_card;
    if (!card.previews.empty()) {
        beginCardSection("Previews to give");
        for (const ExecPreview* p : card.previews) {
            bulletText((p->proposal + " (staff meeting " + shortDate(p->staffMeetingOn) + ")").c_str());
        }
        endCard();
    }
    if (!card.ritualsDue.empty()) {
        beginCardSection("Rituals due");
        for (const Ritual* r : card.ritualsDue) {
            const std::string title = r->title.empty() ? ritualKindName(r->kind) : r->title;
            bulletText((title + (r->nextDue ? " - " + relativeDay(*r->nextDue, ui.today()) : "")).c_str());
        }
        endCard();
    }
    if (!card.projects.empty()) {
        beginCardSection("Working on together");
        for (const JointProject* p : card.projects) {
            if (link(p->title.c_str(), p)) ui.go(Route{Page::Project, p->id});
        }
        endCard();
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
