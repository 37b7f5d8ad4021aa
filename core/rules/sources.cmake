# Sources of core/rules (paths relative to core/).
list(APPEND RAPPORT_CORE_SOURCES
  rules/relationships.h
  rules/relationships.cpp
  rules/commitments.h
  rules/commitments.cpp
  rules/load_guard.h
  rules/load_guard.cpp
  rules/topics.h
  rules/topics.cpp
  rules/previews.h
  rules/previews.cpp
  rules/week_plan.h
  rules/week_plan.cpp
  rules/prep_card.h
  rules/prep_card.cpp
  rules/connections.h
  rules/connections.cpp
  rules/important_dates.h
  rules/important_dates.cpp
  rules/live_meeting.h
  rules/live_meeting.cpp
  rules/series_review.h
  rules/series_review.cpp
)
