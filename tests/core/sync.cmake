# Test files of core/sync (paths relative to tests/); included only when RAPPORT_SYNC is on.
list(APPEND RAPPORT_CORE_TEST_SOURCES
  core/sync_test_util.h
  core/sync_merge_tests.cpp
  core/sync_tamper_tests.cpp
  core/sync_property_tests.cpp
  core/sync_job_tests.cpp
)
# The worker thread is native only (the browser resumes jobs from fetch callbacks).
if(NOT RAPPORT_WEB)
  list(APPEND RAPPORT_CORE_TEST_SOURCES core/sync_worker_tests.cpp)
endif()
