# Sources of core/search (paths relative to core/).
list(APPEND RAPPORT_CORE_SOURCES
  search/text_fold.h
  search/text_fold.cpp
  search/search_documents.h
  search/search_documents.cpp
  search/search_index.h
  search/search_index.cpp
)
