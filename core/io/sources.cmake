# Sources of core/io (paths relative to core/).
list(APPEND RAPPORT_CORE_SOURCES
  io/bounded_binary_archive.h
  io/model_io.h
  io/model_io.cpp
)
