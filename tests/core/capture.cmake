# Test files of core/capture (paths relative to tests/).
list(APPEND RAPPORT_CORE_TEST_SOURCES
  core/capture_tests.cpp
  core/capture_meeting_tests.cpp
)
