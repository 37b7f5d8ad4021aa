# Sources of core/interchange (paths relative to core/): backup, Markdown, iCalendar, vCard and CSV.
list(APPEND RAPPORT_CORE_SOURCES
  interchange/backup_fields.h
  interchange/contact_fields.h
  interchange/contact_fields.cpp
  interchange/contact_merge.h
  interchange/contact_merge.cpp
  interchange/csv.h
  interchange/csv.cpp
  interchange/csv_peers.h
  interchange/csv_peers.cpp
  interchange/ical_export.h
  interchange/ical_export.cpp
  interchange/import_plan.h
  interchange/import_plan.cpp
  interchange/json_backup.h
  interchange/json_backup.cpp
  interchange/markdown_export.h
  interchange/markdown_export.cpp
  interchange/text_input.h
  interchange/text_input.cpp
  interchange/vcard_import.h
  interchange/vcard_import.cpp
  interchange/zip_writer.h
  interchange/zip_writer.cpp
)
