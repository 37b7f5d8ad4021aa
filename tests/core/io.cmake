# Test files of core/io (paths relative to tests/).
list(APPEND RAPPORT_CORE_TEST_SOURCES
  core/model_io_tests.cpp
  core/model_fields_tests.cpp
  core/topic_bank_tests.cpp
)
