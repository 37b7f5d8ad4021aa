# Sources of core/io (paths relative to core/).
list(APPEND RAPPORT_CORE_SOURCES
)
