// The JSON backup: every entity of the notebook, lossless, with named fields, readable and versioned.
// Reading is strict and safe on any file a user picks (nlohmann's parser with size and depth limits,
// never cereal's JSON archive, whose RapidJSON crashes on a crafted number: docs/storage.md, "Reading
// damaged or hostile bytes").
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "core/model/entity.h"
#include "core/model/notebook.h"
#include "core/util/result.h"

namespace rapport::interchange {

// Version of the backup format this build writes and the newest it reads.
// 2: follow-ups, and the time of day of 1:1 series (format-1 backups load with neither).
// 3: every setting: the date order, the weekday blocks' start times, the reminder horizon, the calendar
//    alarm and the dismissed reminders (older backups load with their defaults).
constexpr int64_t kBackupFormatVersion = 3;
// Deepest JSON nesting a backup needs is 5; anything much deeper is not a backup.
constexpr int kMaxBackupDepth = 32;

// Writes the whole notebook as a backup document (UTF-8 JSON, entities grouped by kind, in id order).
// `exportedAtMillis` is stamped into it. Never fails.
std::string exportBackup(const Notebook& nb, int64_t exportedAtMillis);

// What a backup file holds: its entities, checked to form a consistent notebook on their own.
struct Backup {
    std::vector<Entity> entities;
    std::string exportedAt;  // as written in the file
    int64_t formatVersion = 0;
};

// Reads a backup. Fails with one clear sentence, naming the JSON path ("peers[3].name") where useful,
// on: bad encoding, size over kMaxBackupBytes, malformed JSON, nesting deeper than kMaxBackupDepth,
// a file that is not a Rapport backup, a newer format, a missing or ill-typed field, an unknown
// enumeration value, or entities that are inconsistent (bad field, dangling reference, duplicate id).
// `jsonEvents`, when given, counts the parser's events (one per value, key and container end): the
// tests use it to show reading is linear in the file's size.
Result<Backup> parseBackup(std::string_view bytes, size_t* jsonEvents = nullptr);

}  // namespace rapport::interchange
