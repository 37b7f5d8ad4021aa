# Sources of core/sample (paths relative to core/).
list(APPEND RAPPORT_CORE_SOURCES
  sample/sample_notebook.h
  sample/sample_notebook.cpp
  sample/sample_text.h
  sample/sample_text.cpp
)
