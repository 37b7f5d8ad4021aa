# Test files of core/sample (paths relative to tests/).
list(APPEND RAPPORT_CORE_TEST_SOURCES
  core/sample_tests.cpp
)
