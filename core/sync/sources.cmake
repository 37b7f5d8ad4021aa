# Sources of core/sync (paths relative to core/). Headers are listed too: the purity test reads them.
# Built when RAPPORT_SYNC is on (it needs libsodium; the web build has it off until libsodium is built
# for wasm).
list(APPEND RAPPORT_SYNC_SOURCES
  sync/transport.h
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
  sync/worker.h
  sync/worker.cpp
)
