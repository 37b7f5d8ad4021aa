# Sources of core/store (paths relative to core/).
list(APPEND RAPPORT_CORE_SOURCES
)
