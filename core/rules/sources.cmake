# Sources of core/rules (paths relative to core/).
list(APPEND RAPPORT_CORE_SOURCES
)
