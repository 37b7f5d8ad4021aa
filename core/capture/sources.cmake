# Sources of core/capture (paths relative to core/).
list(APPEND RAPPORT_CORE_SOURCES
  capture/capture_line.h
  capture/capture_line.cpp
  capture/capture_words.h
  capture/capture_words.cpp
  capture/capture_follow_up.h
  capture/capture_follow_up.cpp
  capture/capture_meeting_phrases.h
  capture/capture_meeting_phrases.cpp
  capture/capture_command.h
  capture/capture_command.cpp
)
