// The home page. Everything on it is derived by core/rules from the notebook and cached until the
// next change, so drawing it costs nothing when nothing happens.
#include "app/screens/this_week_screen.h"

#include <imgui.h>

#include <cstdio>

#include "app/screens/coming_up_view.h"
#include "app/screens/important_dates_view.h"
#include "app/style/card.h"
#include "app/style/flow.h"
#include "app/style/text.h"
#include "app/screens/welcome_view.h"
#include "app/shortcuts.h"
#include "app/widgets.h"
#include "core/model/commands.h"
#include "core/rules/commitments.h"

namespace rapport::ui {

namespace {

const char* itemMark(PlanItemKind kind) {
    switch (kind) {
        case PlanItemKind::OneOnOne: return "1:1";
        case PlanItemKind::Ritual: return "Ritual";
        case PlanItemKind::CommitmentDue: return "Due";
        case PlanItemKind::ImportantDate: return "Date";
        case PlanItemKind::StaffMeeting: return "Staff";
        case PlanItemKind::ProjectTimeboxEnd: return "Project";
        case PlanItemKind::SeriesReview: return "Review";
    }
    return "";
}

}  // namespace

void ThisWeekScreen::refresh(UiContext& ui) {
    const CivilDate monday = ui.today().mondayOfWeek().addDays(7 * m_weekOffset);
    if (m_revision == ui.revision() && m_monday == monday) return;
    m_revision = ui.revision();
    m_monday = monday;
    const Notebook& nb = ui.notebook();
    m_plan = weekPlan(nb, monday);
    m_overdue = overdueCommitments(nb, ui.today());
    m_due = commitmentsDue(nb, ui.today(), 7);
    m_reviews = seriesDueForReview(nb, ui.today());
    m_drifting = driftingPeers(nb, ui.today());
    m_load = loadStatus(nb);
}

void ThisWeekScreen::draw(UiContext& ui) {
    refresh(ui);
    if (ui.notebook().peers().empty() && !ui.welcomeDismissed()) {
        drawWelcome(ui);  // first run
        return;
    }
    drawWeekHeader(ui);
    for (const std::string& warning : m_plan.warnings) warningText(warning.c_str());

    if (ui.notebook().peers().empty()) {
        const std::string text = "Your week starts with people. Add a few peers (" + howToOpen(ui, Page::Peers) +
                                 "), give the ones you depend on most a regular 1:1, and this page will plan the "
                                 "week around them.";
        emptyState(text.c_str());
        return;
    }
    // What needs the user now comes first: today, what is coming up, what is due, reviews, the load;
    // the rest of the week and drifting relationships fold away.
    const bool twoColumns = !ui.narrow() && ImGui::GetContentRegionAvail().x > ImGui::GetFontSize() * 45.0f;
    if (twoColumns) {
        ImGui::BeginTable("home", 2, ImGuiTableFlags_SizingStretchProp);
        ImGui::TableSetupColumn("now", ImGuiTableColumnFlags_WidthStretch, 3.0f);
        ImGui::TableSetupColumn("side", ImGuiTableColumnFlags_WidthStretch, 2.0f);
        ImGui::TableNextRow();
        ImGui::TableSetColumnIndex(0);
    }
    // A column is drawn top to bottom in one go (going back to a column would start it over).
    if (twoColumns) {
        drawToday(ui);
        drawCommitments(ui);
        drawReviews(ui);
        drawRestOfWeek(ui);
        ImGui::TableSetColumnIndex(1);
        drawComingUpList(ui);  // Coming up: reminders (important dates, follow-ups, rituals...) with their actions
        drawLoad(ui);
        drawDrifting(ui);
    } else {
        drawToday(ui);
        drawComingUpList(ui);
        drawCommitments(ui);
        drawReviews(ui);
        drawLoad(ui);
        drawRestOfWeek(ui);
        drawDrifting(ui);
    }
    if (twoColumns) ImGui::EndTable();
}

void ThisWeekScreen::drawWeekHeader(UiContext& ui) {
    pageTitle(m_weekOffset == 0 ? "This week" : "Another week");
    const std::string week = "Week of " + longDate(m_monday);
    captionText(week.c_str());
    if (flowButton("<##previous-week")) --m_weekOffset;
    if (flowButton("This week")) m_weekOffset = 0;
    if (flowButton(">##next-week")) ++m_weekOffset;
    (void)ui;
}

void ThisWeekScreen::drawToday(UiContext& ui) {
    const PlanDay* today = nullptr;
    for (const PlanDay& day : m_plan.days) {
        if (day.date == ui.today()) today = &day;
    }
    if (!today) return;  // another week is shown
    sectionTitle("Today");
    beginCard("today");
    {
        FontScope strong(TextRole::Strong);
        ImGui::PushStyleColor(ImGuiCol_Text, toneColor(Tone::Accent));
        ImGui::TextWrapped("%s", dayTitle(ui, *today).c_str());
        ImGui::PopStyleColor();
    }
    bool any = false;
    for (const PlanItem& item : today->items) {
        if (item.kind == PlanItemKind::CommitmentDue) continue;  // listed with its actions under Due
        drawItem(ui, item);
        any = true;
    }
    if (!any) mutedText("Nothing planned today.");
    endCard();
}

std::string ThisWeekScreen::dayTitle(UiContext& ui, const PlanDay& day) const {
    const Settings& settings = ui.notebook().settings();
    const Weekday weekday = day.date.weekday();
    std::string title = day.date == ui.today() ? "Today, " + longDate(day.date) : longDate(day.date);
    if (weekday == settings.directReportWeekday) title += " - direct reports' 1:1s";
    if (weekday == settings.peerWeekday) title += " - peers' 1:1s";
    return title;
}

void ThisWeekScreen::drawRestOfWeek(UiContext& ui) {
    ImGui::Dummy(ImVec2(0.0f, kSpaceTight));
    bool open = false;
    {
        FontScope heading(TextRole::Heading);
        open = ImGui::CollapsingHeader("The rest of the week", ImGuiTreeNodeFlags_DefaultOpen);
    }
    if (!open) return;
    for (const PlanDay& day : m_plan.days) {
        if (day.date == ui.today()) continue;  // shown first, under Today
        drawDay(ui, day);
    }
}

void ThisWeekScreen::drawDay(UiContext& ui, const PlanDay& day) {
    const Weekday weekday = day.date.weekday();
    const bool weekend = weekday == Weekday::Saturday || weekday == Weekday::Sunday;
    std::vector<const PlanItem*> items;
    for (const PlanItem& item : day.items) {
        if (item.kind != PlanItemKind::CommitmentDue) items.push_back(&item);  // under Due, with its actions
    }
    if (weekend && items.empty()) return;
    ImGui::PushID(day.date.dayNumber());
    beginCard("day");
    {
        FontScope strong(TextRole::Strong);
        ImGui::TextWrapped("%s", dayTitle(ui, day).c_str());
    }
    if (items.empty()) captionText("Nothing planned.");
    for (const PlanItem* item : items) drawItem(ui, *item);
    endCard();
    ImGui::PopID();
}

void ThisWeekScreen::drawItem(UiContext& ui, const PlanItem& item) {
    ImGui::PushID(&item);
    ImGui::PushStyleColor(ImGuiCol_Text, toneColor(Tone::Muted));
    ImGui::TextUnformatted(itemMark(item.kind));
    ImGui::PopStyleColor();
    ImGui::SameLine(ImGui::GetFontSize() * 4.0f);
    ImGui::TextWrapped("%s", item.text.c_str());
    if (item.kind == PlanItemKind::OneOnOne && item.peerId != kNoId) {
        if (flowButton("Prep card")) ui.go(Route{Page::PrepCard, item.peerId});
        if (item.meetingId != kNoId && flowButton("Open 1:1")) ui.go(Route{Page::Meeting, item.meetingId});
    } else if (item.peerId != kNoId) {
        if (flowButton("Peer")) ui.go(Route{Page::Peer, item.peerId});
    }
    ImGui::PopID();
}

void ThisWeekScreen::drawCommitments(UiContext& ui) {
    sectionTitle("Due");
    if (m_overdue.empty() && m_due.empty()) {
        emptyState("No commitment is due this week. Keeping small promises, both ways, is how trust is built.");
        return;
    }
    beginCard("due");
    // One row per commitment: the text and when it is due on the left, its actions behind "..." on the right.
    if (ImGui::BeginTable("due-rows", 2, ImGuiTableFlags_SizingStretchProp | ImGuiTableFlags_NoSavedSettings)) {
        ImGui::TableSetupColumn("what", ImGuiTableColumnFlags_WidthStretch);
        ImGui::TableSetupColumn("actions", ImGuiTableColumnFlags_WidthFixed);
        for (const Commitment* c : m_overdue) drawCommitmentRow(ui, *c, true);
        for (const Commitment* c : m_due) {
            if (c->due && *c->due < ui.today()) continue;  // already listed as overdue
            drawCommitmentRow(ui, *c, false);
        }
        ImGui::EndTable();
    }
    endCard();
}

void ThisWeekScreen::drawCommitmentRow(UiContext& ui, const Commitment& c, bool overdue) {
    pushEntityId(c.id);
    ImGui::TableNextRow();
    ImGui::TableSetColumnIndex(0);
    const bool mine = c.direction == CommitmentDirection::MeToThem;
    std::string text = mine ? std::string("I owe ") + peerName(ui.notebook(), c.peerId)
                            : std::string(peerName(ui.notebook(), c.peerId)) + " owes me";
    text += ": " + c.text;
    ImGui::TextWrapped("%s", text.c_str());
    if (c.due) {
        const std::string when = (overdue ? "overdue, due " : "due ") + relativeDay(*c.due, ui.today());
        sameLineIfFits(ImGui::CalcTextSize(when.c_str()).x);
        toneText(overdue ? Tone::Warning : Tone::Muted, when.c_str());
    }
    ImGui::TableSetColumnIndex(1);
    if (!ui.readOnly()) {
        const bool clicked = ui.narrow() ? ImGui::Button("...##commitment", ImVec2(kTouchTarget, kTouchTarget))
                                         : ImGui::SmallButton("...##commitment");
        if (clicked) ImGui::OpenPopup("commitment-actions");
        if (ImGui::BeginPopup("commitment-actions")) {
            const ImVec2 item(ImGui::GetFontSize() * 9.0f, ui.narrow() ? kTouchTarget : 0.0f);
            if (ImGui::Selectable("Kept", false, 0, item)) {
                const bool late = c.due && *c.due < ui.today();
                ui.run(setCommitmentStatus(ui.notebook(), c.id, late ? CommitmentStatus::KeptLate : CommitmentStatus::Kept,
                                           ui.today()));
            }
            if (ImGui::Selectable("Missed", false, 0, item)) {
                ui.run(setCommitmentStatus(ui.notebook(), c.id, CommitmentStatus::Missed, ui.today()));
            }
            if (ImGui::Selectable("Open peer", false, 0, item)) ui.go(Route{Page::Peer, c.peerId});
            ImGui::EndPopup();
        }
    }
    ImGui::PopID();
}

void ThisWeekScreen::drawReviews(UiContext& ui) {
    if (m_reviews.empty()) return;
    sectionTitle("1:1 series due for review");
    mutedText("A series runs three months, then you decide again: keep it, meet more or less often, or end it.");
    beginCard("reviews");
    for (const ReviewDue& review : m_reviews) {
        ImGui::PushID(static_cast<int>(review.seriesId));
        strongText(peerName(ui.notebook(), review.peerId));
        ImGui::SameLine();
        const std::string when = "review " + relativeDay(review.review, ui.today());
        toneText(Tone::Muted, when.c_str());
        m_reviewContext.draw(ui, review.seriesId);
        if (!ui.readOnly()) {
            for (ReviewDecision d : {ReviewDecision::Keep, ReviewDecision::MoreOften, ReviewDecision::LessOften, ReviewDecision::End}) {
                const bool clicked = d == ReviewDecision::Keep ? ImGui::SmallButton(label(d)) : flowButton(label(d));
                if (clicked) ui.run(decideSeriesReview(ui.notebook(), review.seriesId, d, ui.today()));
            }
        }
        ImGui::PopID();
    }
    endCard();
}

void ThisWeekScreen::drawDrifting(UiContext& ui) {
    ImGui::Dummy(ImVec2(0.0f, kSpaceTight));
    bool open = false;
    {
        FontScope heading(TextRole::Heading);
        open = ImGui::CollapsingHeader("Drifting relationships", ImGuiTreeNodeFlags_DefaultOpen);
    }
    if (!open) return;
    if (m_drifting.empty()) {
        emptyState("Nobody is drifting: you have been in touch with everyone as often as your cadence says.");
        return;
    }
    for (const Drift& drift : m_drifting) {
        ImGui::PushID(static_cast<int>(drift.peerId));
        if (link(peerName(ui.notebook(), drift.peerId))) ui.go(Route{Page::Peer, drift.peerId});
        const std::string since = driftText(drift);
        sameLineIfFits(ImGui::CalcTextSize(since.c_str()).x);
        toneText(Tone::Muted, since.c_str());
        if (!ui.readOnly() && flowButton("Talked today")) ui.run(logInteraction(ui.notebook(), ui.ids(), drift.peerId, ui.today()));
        ImGui::PopID();
    }
}

void ThisWeekScreen::drawLoad(UiContext& ui) {
    sectionTitle("1:1 load");
    const float hours = static_cast<float>(m_load.minutesPerWeek / 60.0);
    const float budget = static_cast<float>(m_load.budgetMinutes) / 60.0f;
    char overlay[64];
    std::snprintf(overlay, sizeof overlay, "%.1f h of %.1f h a week", hours, budget);
    // Green while within budget; amber (needs attention) only when over it.
    // A light fill, so the figures over it keep their contrast.
    ImVec4 fill = toneColor(m_load.overBudget ? Tone::Warning : Tone::Success);
    fill.w = 0.4f;
    ImGui::PushStyleColor(ImGuiCol_PlotHistogram, fill);
    ImGui::ProgressBar(budget > 0 ? hours / budget : 0.0f, ImVec2(-1.0f, 0.0f), overlay);
    ImGui::PopStyleColor();
    if (!m_load.warning.empty()) warningText(m_load.warning.c_str());
    else mutedText("Within budget. Too many 1:1s burn people out; this keeps an eye on it.");
    drawLoadAdvice(ui, m_load);
    (void)ui;
}

}  // namespace rapport::ui
