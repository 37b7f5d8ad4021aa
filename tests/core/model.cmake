# Test files of core/model (paths relative to tests/).
list(APPEND RAPPORT_CORE_TEST_SOURCES
  core/test_support.h
  core/notebook_tests.cpp
  core/series_tests.cpp
  core/series_calendar_tests.cpp
  core/commands_tests.cpp
  core/rebase_tests.cpp
  core/entry_rules_tests.cpp
  core/commands_edit_tests.cpp
)
