# Sources of core/io (paths relative to core/).
list(APPEND RAPPORT_CORE_SOURCES
  io/bounded_binary_archive.h
  io/model_io.h
  io/model_io.cpp
  io/topic_bank_io.h
  io/topic_bank_io.cpp
)
