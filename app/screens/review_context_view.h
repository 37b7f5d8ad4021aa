// What a 1:1 series' three-month review is decided on, drawn under the series where its four choices
// are (This week): 1:1s held, skipped and missed, the trust trend, commitments kept both ways, topics
// covered, and the cadence recommended now with its reason (core/rules/series_review.h).
#pragma once

#include <map>
#include <optional>

#include "app/ui_context.h"
#include "core/rules/series_review.h"

namespace rapport::ui {

class ReviewContextView {
public:
    // Draws the context of one series (derived once per change of the notebook).
    void draw(UiContext& ui, EntityId seriesId);

private:
    uint64_t m_revision = 0;
    std::map<EntityId, ReviewContext> m_contexts;
    std::optional<LoadStatus> m_load;  // the load guard at m_revision, shared by the reviews' advice
};

}  // namespace rapport::ui
