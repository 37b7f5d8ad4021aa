# Sources of core/sync (paths relative to core/). Headers are listed too: the purity test reads them.
# Built when RAPPORT_SYNC is on (it needs libsodium: Debian's natively, built for wasm by ./dev).
list(APPEND RAPPORT_SYNC_SOURCES
  sync/transport.h
  sync/transport.cpp
  sync/memory_transport.cpp
  sync/crypto.h
  sync/crypto.cpp
  sync/fields.h
  sync/fields.cpp
  sync/merge.h
  sync/merge.cpp
  sync/wire.h
  sync/wire.cpp
  sync/sync_state.h
  sync/sync_state.cpp
  sync/engine.h
  sync/engine.cpp
)
# The worker thread runs cycles natively; the browser has no threads here and resumes the cycle from
# fetch callbacks instead (platform/sync_runner_web.cpp).
if(NOT RAPPORT_WEB)
  list(APPEND RAPPORT_SYNC_SOURCES sync/worker.h sync/worker.cpp)
endif()
