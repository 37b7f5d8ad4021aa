# Sources of core/capture (paths relative to core/).
list(APPEND RAPPORT_CORE_SOURCES
  capture/capture_line.h
  capture/capture_line.cpp
  capture/capture_words.h
  capture/capture_words.cpp
  capture/capture_follow_up.h
  capture/capture_follow_up.cpp
)
