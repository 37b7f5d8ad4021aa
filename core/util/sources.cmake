# Sources of core/util (paths relative to core/). Headers are listed too: the purity test reads them.
list(APPEND RAPPORT_CORE_SOURCES
  util/result.h
  util/clock.h
  util/civil_date.h
  util/civil_date.cpp
  util/date_parse.h
  util/date_parse.cpp
)
