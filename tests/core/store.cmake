# Test files of core/store (paths relative to tests/).
list(APPEND RAPPORT_CORE_TEST_SOURCES
)
