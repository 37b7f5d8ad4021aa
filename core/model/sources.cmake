# Sources of core/model (paths relative to core/).
list(APPEND RAPPORT_CORE_SOURCES
)
