# Hostile input (suite `hostile` of ./dev test): huge, odd and malformed text through the real app
# headless and through the importers, with the CPU time of every frame measured.
add_executable(hostile_tests core/main.cpp ui/headless_imgui.h ui/headless_imgui.cpp
  hostile/hostile_fixture.h
  hostile/text_fields_hostile_tests.cpp
  hostile/imports_hostile_tests.cpp
  hostile/many_peers_hostile_tests.cpp)
target_link_libraries(hostile_tests PRIVATE rapport_ui)
target_include_directories(hostile_tests PRIVATE "${PROJECT_SOURCE_DIR}")
target_compile_definitions(hostile_tests PRIVATE RAPPORT_TEST_DATA_DIR="${CMAKE_CURRENT_SOURCE_DIR}/data")
rapport_warnings(hostile_tests)
add_test(NAME hostile_tests COMMAND hostile_tests)
