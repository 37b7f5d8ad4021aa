# Test files of core/util (paths relative to tests/).
list(APPEND RAPPORT_CORE_TEST_SOURCES
  core/civil_date_tests.cpp
  core/date_parse_tests.cpp
)
