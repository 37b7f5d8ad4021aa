# Test files of core/store (paths relative to tests/).
list(APPEND RAPPORT_CORE_TEST_SOURCES
  core/store_log_tests.cpp
  core/store_sweep_tests.cpp
  core/store_fault_tests.cpp
  core/store_notebook_tests.cpp
  core/store_golden_tests.cpp
  core/store_group_tests.cpp
  core/store_bench_tests.cpp
  core/store_compaction_tests.cpp
  core/store_test_util.h
  core/store_fuzz.h
  core/store_fuzz_input.cpp
  core/store_fuzz_tests.cpp
)
# Native only: the crash simulation forks and kills a writer (Node has no fork); Emscripten's flock
# is a no-op, so the folder lock is tested natively; the wasm build has no threads for a compaction worker.
if(NOT RAPPORT_WEB)
  list(APPEND RAPPORT_CORE_TEST_SOURCES core/store_crash_tests.cpp core/store_lock_tests.cpp
       core/store_compaction_thread_tests.cpp)
endif()
# libFuzzer driver (clang-14, -fsanitize=fuzzer,address,undefined): these plus the core sources.
set(RAPPORT_STORE_FUZZ_SOURCES core/store_fuzz_main.cpp core/store_fuzz_input.cpp)
