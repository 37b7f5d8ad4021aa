# Test files of core/rules (paths relative to tests/).
list(APPEND RAPPORT_CORE_TEST_SOURCES
  core/rules_tests.cpp
  core/live_meeting_tests.cpp
  core/series_review_tests.cpp
  core/important_dates_tests.cpp
  core/reminders_tests.cpp
  core/meeting_alarms_tests.cpp
  core/peer_records_tests.cpp
  core/rules_bench_tests.cpp
  core/rules_reference.h
  core/rules_reference.cpp
  core/rules_index_tests.cpp
)
