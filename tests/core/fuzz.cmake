# The fuzz targets' bodies (shared with the libFuzzer drivers of tests/fuzz/, see decoder_fuzz.h) and
# the replay of every fuzz corpus in the ordinary test run (paths relative to tests/). The store's body
# is listed in store.cmake.
list(APPEND RAPPORT_CORE_TEST_SOURCES
  core/decoder_fuzz.h
  core/backup_fuzz_input.cpp
  core/contacts_fuzz_input.cpp
  core/settings_fuzz_input.cpp
  core/topic_bank_fuzz_input.cpp
  core/fuzz_corpus_tests.cpp
)
