// Muted lines under the series' name, so the four choices stay where they were and the facts to decide
// on sit just above them.
#include "app/screens/review_context_view.h"

#include <imgui.h>

#include <algorithm>

#include "app/form_widgets.h"
#include "app/widgets.h"
#include "core/model/recurrence.h"

namespace rapport::ui {

namespace {

constexpr size_t kTopicsShown = 6;

std::string heldLine(const ReviewContext& c) {
    std::string text = "Held " + std::to_string(c.held) + " of " + std::to_string(c.planned) + " planned 1:1s";
    if (c.skipped > 0) text += ", " + std::to_string(c.skipped) + " skipped";
    if (c.missed > 0) text += ", " + std::to_string(c.missed) + " missed";
    return text + " since " + shortDate(c.from) + ".";
}

std::string trustLine(const ReviewContext& c) {
    if (c.trustTo == c.trustFrom) return "Trust steady at " + std::to_string(c.trustTo) + "/5.";
    return "Trust " + std::string(c.trustTo > c.trustFrom ? "up" : "down") + " from " + std::to_string(c.trustFrom) +
           " to " + std::to_string(c.trustTo) + "/5.";
}

std::string keptLine(const KeptRatio& r) {
    const int decided = r.kept + r.keptLate + r.missed;
    std::string text = decided == 0 ? "none resolved" : keptText(r.kept + r.keptLate, decided);
    if (r.keptLate > 0) text += ", " + std::to_string(r.keptLate) + " late";
    if (r.open > 0) text += ", " + std::to_string(r.open) + " open";
    return text;
}

std::string topicsLine(const ReviewContext& c) {
    if (c.topics.empty()) return "No topic marked discussed in the period.";
    std::string text = std::to_string(c.topics.size()) + (c.topics.size() == 1 ? " topic" : " topics") + " (" +
                       std::to_string(c.topicsByTier[0]) + " low, " + std::to_string(c.topicsByTier[1]) + " medium, " +
                       std::to_string(c.topicsByTier[2]) + " high trust): ";
    for (size_t i = 0; i < c.topics.size() && i < kTopicsShown; ++i) text += (i ? ", " : "") + c.topics[i];
    if (c.topics.size() > kTopicsShown) text += " and " + std::to_string(c.topics.size() - kTopicsShown) + " more";
    return text + ".";
}

std::string adviceLine(const ReviewContext& c) {
    const CadenceAdvice& a = c.advice;
    const std::string choice = a.decision == ReviewDecision::Keep ? "keep " + describe(a.cadence)
                                                                   : std::string(label(a.decision)) + " (" + describe(a.cadence) + ")";
    return "Recommended now: " + choice + ". " + a.reason;
}

}  // namespace

void ReviewContextView::draw(UiContext& ui, EntityId seriesId) {
    if (m_revision != ui.revision()) {
        m_revision = ui.revision();
        m_contexts.clear();
        m_load.reset();
    }
    auto it = m_contexts.find(seriesId);
    if (it == m_contexts.end()) {
        // Worked out once on screen: This week lists every review due, and working all of them out
        // after each edit made its frame 20 ms at the large set. Until then, room for its four lines.
        const float height = 4.0f * ImGui::GetTextLineHeightWithSpacing();
        if (!ImGui::IsRectVisible(ImVec2(std::max(1.0f, ImGui::GetContentRegionAvail().x), height))) {
            ImGui::Dummy(ImVec2(0.0f, height));
            return;
        }
        if (!m_load) m_load = loadStatus(ui.notebook());  // once for every review drawn
        auto context = reviewContext(ui.notebook(), seriesId, ui.today(), &*m_load);
        if (!context) return;
        it = m_contexts.emplace(seriesId, std::move(context).value()).first;
    }
    const ReviewContext& c = it->second;
    ImGui::Indent();
    mutedText((heldLine(c) + " " + trustLine(c)).c_str());
    mutedText(("Commitments: mine " + keptLine(c.mine) + "; theirs " + keptLine(c.theirs) + ".").c_str());
    mutedText(topicsLine(c).c_str());
    ImGui::TextWrapped("%s", adviceLine(c).c_str());
    ImGui::Unindent();
}

}  // namespace rapport::ui
