# Test files of core/interchange (paths relative to tests/).
list(APPEND RAPPORT_CORE_TEST_SOURCES
  core/interchange_backup_tests.cpp
  core/interchange_contact_apps_tests.cpp
  core/interchange_contacts_tests.cpp
  core/interchange_merge_tests.cpp
  core/interchange_export_tests.cpp
  core/interchange_calendar_tests.cpp
  core/interchange_seed_tests.cpp
)
