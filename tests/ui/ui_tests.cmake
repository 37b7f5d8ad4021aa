# The headless UI test: the app's real UI code driven through ImGui with no window and no GPU
# (ImGui CI's example_null idea), with simulated keys, asserting on what the commands did to the store.
# Every file uses the one fixture in ui/app_fixture.h.
add_executable(ui_tests core/main.cpp ui/headless_imgui.h ui/headless_imgui.cpp ui/app_fixture.h
  ui/app_ui_tests.cpp
  ui/overlays_ui_tests.cpp
  ui/dates_ui_tests.cpp
  ui/coming_up_ui_tests.cpp
  ui/meeting_ui_tests.cpp
  ui/settings_ui_tests.cpp
  ui/rituals_journal_ui_tests.cpp
  ui/projects_ui_tests.cpp
  ui/previews_ui_tests.cpp
  ui/journey_ui_tests.cpp
  ui/backup_ui_tests.cpp
  ui/record_matrix.h
  ui/record_matrix_people_ui_tests.cpp
  ui/record_matrix_shared_ui_tests.cpp
  ui/record_matrix_parts_ui_tests.cpp
  ui/input_gate_tests.cpp
  ui/about_ui_tests.cpp
  ui/lost_input_ui_tests.cpp
  ui/entry_ui_tests.cpp
  ui/contrast_tests.cpp
  ui/layout_ui_tests.cpp
  ui/keys_ui_tests.cpp
  ui/welcome_ui_tests.cpp
  ui/live_meeting_ui_tests.cpp
  ui/meeting_notifier_tests.cpp
  ui/compaction_ui_tests.cpp)
if(RAPPORT_SYNC)
  target_sources(ui_tests PRIVATE ui/fake_sync_runner.h ui/sync_ui_tests.cpp)
endif()
target_link_libraries(ui_tests PRIVATE rapport_ui)
target_include_directories(ui_tests PRIVATE "${PROJECT_SOURCE_DIR}")
# The layout test lays screens out with the real fonts (copied next to the app by app/CMakeLists.txt).
target_compile_definitions(ui_tests PRIVATE RAPPORT_FONT_DIR="${PROJECT_BINARY_DIR}/app/assets")
rapport_warnings(ui_tests)
add_test(NAME ui_tests COMMAND ui_tests)
