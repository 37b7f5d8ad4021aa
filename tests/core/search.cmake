# Test files of core/search (paths relative to tests/).
list(APPEND RAPPORT_CORE_TEST_SOURCES
  core/search_tests.cpp
)
