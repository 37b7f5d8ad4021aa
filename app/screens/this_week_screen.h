// This week (home): 1:1s by day with the weekday blocks visible, each with its prep card one click
// away; commitments due and overdue; rituals, reviews and previews due; drifting relationships; and
// the load guard.
#pragma once

#include <string>
#include <vector>

#include "app/screens/review_context_view.h"
#include "app/ui_context.h"
#include "core/rules/important_dates.h"
#include "core/rules/load_guard.h"
#include "core/rules/relationships.h"
#include "core/rules/week_plan.h"

namespace rapport::ui {

class ThisWeekScreen final : public Screen {
public:
    void draw(UiContext& ui) override;

private:
    void refresh(UiContext& ui);
    void drawWeekHeader(UiContext& ui);
    void drawToday(UiContext& ui);
    void drawRestOfWeek(UiContext& ui);
    void drawDay(UiContext& ui, const PlanDay& day);
    std::string dayTitle(UiContext& ui, const PlanDay& day) const;
    void drawItem(UiContext& ui, const PlanItem& item);
    void drawCommitments(UiContext& ui);
    void drawCommitmentRow(UiContext& ui, const Commitment& commitment, bool overdue);
    void drawReviews(UiContext& ui);
    void drawDrifting(UiContext& ui);
    void drawLoad(UiContext& ui);

    int m_weekOffset = 0;  // 0 = this week, -1 = last week...
    // Derived once per change of the notebook, the day or the week shown.
    uint64_t m_revision = 0;
    CivilDate m_monday;
    WeekPlan m_plan;
    std::vector<const Commitment*> m_overdue;
    std::vector<const Commitment*> m_due;
    std::vector<ReviewDue> m_reviews;
    std::vector<Drift> m_drifting;
    LoadStatus m_load;
    ReviewContextView m_reviewContext;  // what each review is decided on
};

}  // namespace rapport::ui
