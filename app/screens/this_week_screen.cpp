// The home page. Everything on it is derived by core/rules from the notebook and cached until the
// next change, so drawing it costs nothing when nothing happens.
#include "app/screens/this_week_screen.h"

#include <imgui.h>

#include <cstdio>

#include "app/screens/important_dates_view.h"
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
    m_comingUp = importantDatesComingUp(nb, ui.today());
    m_load = loadStatus(nb);
}

void ThisWeekScreen::draw(UiContext& ui) {
    refresh(ui);
    drawWeekHeader(ui);
    for (const std::string& warning : m_plan.warnings) warningText(warning.c_str());

    if (ui.notebook().peers().empty()) {
        emptyState("Your week starts with people. Add a few peers (Ctrl+2), give the ones you depend on most a "
                   "regular 1:1, and this page will plan the week around them.");
        return;
    }
    drawComingUp(ui, m_comingUp);
    const bool twoColumns = !ui.narrow() && ImGui::GetContentRegionAvail().x > 900.0f;
    if (twoColumns) {
        ImGui::BeginTable("home", 2, ImGuiTableFlags_SizingStretchProp);
        ImGui::TableSetupColumn("week", ImGuiTableColumnFlags_WidthStretch, 3.0f);
        ImGui::TableSetupColumn("side", ImGuiTableColumnFlags_WidthStretch, 2.0f);
        ImGui::TableNextRow();
        ImGui::TableSetColumnIndex(0);
    }
    for (const PlanDay& day : m_plan.days) drawDay(ui, day);
    if (twoColumns) ImGui::TableSetColumnIndex(1);
    drawCommitments(ui);
    drawReviews(ui);
    drawDrifting(ui);
    drawLoad(ui);
    if (twoColumns) ImGui::EndTable();
}

void ThisWeekScreen::drawWeekHeader(UiContext& ui) {
    ImGui::Text("Week of %s", longDate(m_monday).c_str());
    ImGui::SameLine();
    if (ImGui::SmallButton("<")) --m_weekOffset;
    ImGui::SameLine();
    if (ImGui::SmallButton("This week")) m_weekOffset = 0;
    ImGui::SameLine();
    if (ImGui::SmallButton(">")) ++m_weekOffset;
    (void)ui;
}

void ThisWeekScreen::drawDay(UiContext& ui, const PlanDay& day) {
    const Settings& settings = ui.notebook().settings();
    const Weekday weekday = day.date.weekday();
    const bool weekend = weekday == Weekday::Saturday || weekday == Weekday::Sunday;
    if (weekend && day.items.empty()) return;
    std::string title = longDate(day.date);
    if (weekday == settings.directReportWeekday) title += "  -  direct reports' 1:1s";
    if (weekday == settings.peerWeekday) title += "  -  peers' 1:1s";
    if (day.date == ui.today()) title += "  (today)";
    ImGui::Spacing();
    if (day.date == ui.today()) ImGui::PushStyleColor(ImGuiCol_Text, ImGui::GetStyleColorVec4(ImGuiCol_PlotHistogram));
    ImGui::TextUnformatted(title.c_str());
    if (day.date == ui.today()) ImGui::PopStyleColor();
    ImGui::Separator();
    if (day.items.empty()) mutedText("Nothing planned.");
    for (const PlanItem& item : day.items) drawItem(ui, item);
}

void ThisWeekScreen::drawItem(UiContext& ui, const PlanItem& item) {
    ImGui::PushID(&item);
    ImGui::TextDisabled("%-7s", itemMark(item.kind));
    ImGui::SameLine();
    ImGui::TextUnformatted(item.text.c_str());
    if (item.kind == PlanItemKind::OneOnOne && item.peerId != kNoId) {
        ImGui::SameLine();
        if (ImGui::SmallButton("Prep card")) ui.go(Route{Page::PrepCard, item.peerId});
        if (item.meetingId != kNoId) {
            ImGui::SameLine();
            if (ImGui::SmallButton("Open 1:1")) ui.go(Route{Page::Meeting, item.meetingId});
        }
    } else if (item.peerId != kNoId) {
        ImGui::SameLine();
        if (ImGui::SmallButton("Peer")) ui.go(Route{Page::Peer, item.peerId});
    }
    ImGui::PopID();
}

void ThisWeekScreen::drawCommitments(UiContext& ui) {
    sectionTitle("Commitments");
    if (m_overdue.empty() && m_due.empty()) {
        emptyState("No commitment is due this week. Keeping small promises, both ways, is how trust is built.");
        return;
    }
    auto row = [&](const Commitment* c, bool overdue) {
        pushEntityId(c->id);
        const bool mine = c->direction == CommitmentDirection::MeToThem;
        std::string text = mine ? std::string("I owe ") + peerName(ui.notebook(), c->peerId)
                                : std::string(peerName(ui.notebook(), c->peerId)) + " owes me";
        text += ": " + c->text;
        if (c->due) text += " (" + relativeDay(*c->due, ui.today()) + ")";
        overdue ? warningText(text.c_str()) : ImGui::TextWrapped("%s", text.c_str());
        if (!ui.readOnly()) {
            if (ImGui::SmallButton("Kept")) {
                const bool late = c->due && *c->due < ui.today();
                ui.run(setCommitmentStatus(ui.notebook(), c->id, late ? CommitmentStatus::KeptLate : CommitmentStatus::Kept,
                                           ui.today()));
            }
            ImGui::SameLine();
            if (ImGui::SmallButton("Missed")) ui.run(setCommitmentStatus(ui.notebook(), c->id, CommitmentStatus::Missed, ui.today()));
        }
        ImGui::PopID();
    };
    for (const Commitment* c : m_overdue) row(c, true);
    for (const Commitment* c : m_due) {
        if (c->due && *c->due < ui.today()) continue;  // already listed as overdue
        row(c, false);
    }
}

void ThisWeekScreen::drawReviews(UiContext& ui) {
    if (m_reviews.empty()) return;
    sectionTitle("1:1 series due for review");
    mutedText("A series runs three months, then you decide again: keep it, meet more or less often, or end it.");
    for (const ReviewDue& review : m_reviews) {
        ImGui::PushID(static_cast<int>(review.seriesId));
        ImGui::Text("%s (review %s)", peerName(ui.notebook(), review.peerId), relativeDay(review.review, ui.today()).c_str());
        m_reviewContext.draw(ui, review.seriesId);
        if (!ui.readOnly()) {
            for (ReviewDecision d : {ReviewDecision::Keep, ReviewDecision::MoreOften, ReviewDecision::LessOften, ReviewDecision::End}) {
                if (d != ReviewDecision::Keep) ImGui::SameLine();
                if (ImGui::SmallButton(label(d))) ui.run(decideSeriesReview(ui.notebook(), review.seriesId, d, ui.today()));
            }
        }
        ImGui::PopID();
    }
}

void ThisWeekScreen::drawDrifting(UiContext& ui) {
    sectionTitle("Drifting relationships");
    if (m_drifting.empty()) {
        emptyState("Nobody is drifting: you have been in touch with everyone as often as your cadence says.");
        return;
    }
    for (const Drift& drift : m_drifting) {
        ImGui::PushID(static_cast<int>(drift.peerId));
        if (link(peerName(ui.notebook(), drift.peerId))) ui.go(Route{Page::Peer, drift.peerId});
        ImGui::SameLine();
        if (drift.neverLogged) ImGui::TextDisabled("no contact yet (met %d days ago)", drift.daysSince);
        else ImGui::TextDisabled("%d days since last contact", drift.daysSince);
        if (!ui.readOnly()) {
            ImGui::SameLine();
            if (ImGui::SmallButton("Talked today")) ui.run(logInteraction(ui.notebook(), ui.ids(), drift.peerId, ui.today()));
        }
        ImGui::PopID();
    }
}

void ThisWeekScreen::drawLoad(UiContext& ui) {
    sectionTitle("1:1 load");
    const float hours = static_cast<float>(m_load.minutesPerWeek / 60.0);
    const float budget = static_cast<float>(m_load.budgetMinutes) / 60.0f;
    char overlay[64];
    std::snprintf(overlay, sizeof overlay, "%.1f h of %.1f h a week", hours, budget);
    ImGui::ProgressBar(budget > 0 ? hours / budget : 0.0f, ImVec2(-1.0f, 0.0f), overlay);
    if (!m_load.warning.empty()) warningText(m_load.warning.c_str());
    else mutedText("Within budget. Too many 1:1s burn people out; this keeps an eye on it.");
    (void)ui;
}

}  // namespace rapport::ui
