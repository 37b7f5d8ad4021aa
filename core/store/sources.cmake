# Sources of core/store (paths relative to core/). Headers are listed too: the purity test reads them.
list(APPEND RAPPORT_CORE_SOURCES
  store/byte_io.h
  store/crc32c.h
  store/crc32c.cpp
  store/frame.h
  store/frame.cpp
  store/storage_medium.h
  store/posix_files.h
  store/posix_files.cpp
  store/posix_medium.h
  store/posix_medium.cpp
  store/fault_medium.h
  store/fault_medium.cpp
  store/memory_medium.h
  store/memory_medium.cpp
  store/hlc.h
  store/hlc.cpp
  store/store_files.h
  store/store_files.cpp
  store/record_log.h
  store/record_log.cpp
  store/record_log_open.cpp
  store/change_record.h
  store/change_record.cpp
  store/notebook_store.h
  store/notebook_store.cpp
)
