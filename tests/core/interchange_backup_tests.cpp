// JSON backup: lossless round trips (in memory and through a store), merge previews, and refusal of
// every kind of bad file without a change.
#include <catch2/catch.hpp>

#include <tuple>
#include <utility>

#include "core/interchange/import_plan.h"
#include "core/interchange/json_backup.h"
#include "core/io/model_io.h"
#include "tests/core/interchange_test_util.h"

using namespace rapport;
using namespace rapport::interchange;
using namespace rapport::test;

namespace {

Notebook restored(const std::string& json) {
    auto b = parseBackup(json);
    INFO((b.ok() ? "" : b.error().message));
    REQUIRE(b.ok());
    auto nb = Notebook::fromEntities(b.value().entities);
    REQUIRE(nb.ok());
    return std::move(nb).value();
}

// Settings with every field away from its default. A field added to Settings (and so to its tie())
// but not set here makes the test below fail, naming the field's place in tie().
Settings everySettingChanged() {
    Settings s;
    s.id = 7;
    s.myName = "Alex";
    s.myInterests = {"cycling", "jazz"};
    s.weeklyBudgetMinutes = 240;
    s.directReportWeekday = Weekday::Monday;
    s.peerWeekday = Weekday::Friday;
    s.otherWeekday = Weekday::Wednesday;
    s.driftGraceDays = 3;
    s.defaultMeetingMinutes = 45;
    s.theme = 1;
    s.fontSize = 21;
    s.dateOrder = DateOrder::DayMonth;
    s.directReportStartMinutes = 8 * 60 + 30;
    s.peerStartMinutes = 15 * 60 + 15;
    s.reminderDays = 30;
    s.alarmMinutesBefore = 5;
    s.dismissedReminders = {"date:000000000000000b:2024-06-03", "follow:0000000000000014:2024-06-02"};
    return s;
}

// The places in tie() where a and b hold the same value.
template <class Tuple, size_t... I>
std::vector<size_t> sameFields(const Tuple& a, const Tuple& b, std::index_sequence<I...>) {
    std::vector<size_t> same;
    ((std::get<I>(a) == std::get<I>(b) ? same.push_back(I) : void()), ...);
    return same;
}

std::string errorOf(const std::string& json) {
    auto b = parseBackup(json);
    REQUIRE_FALSE(b.ok());
    return b.error().message;
}

}  // namespace

TEST_CASE("A backup keeps every field of every entity kind", "[interchange][backup]") {
    const Notebook nb = everyFieldNotebook();
    const std::string json = exportBackup(nb, kNowMillis);
    CHECK(json.find("\"format\": \"rapport-backup\"") != std::string::npos);
    CHECK(json.find("\"exportedAt\": \"2024-06-01T10:00:00Z\"") != std::string::npos);
    CHECK(json.find("\"name\": \"Maria Chen\"") != std::string::npos);
    CHECK(json.find("\"id\": \"000000000000000b\"") != std::string::npos);  // ids as hex text
    CHECK(restored(json) == nb);
    CHECK(exportBackup(restored(json), kNowMillis) == json);  // stable: same notebook, same bytes
}

TEST_CASE("A backup restored into an empty store gives the identical notebook, undoable", "[interchange][backup]") {
    const Notebook nb = generatedNotebook(40);
    MemoryStore target;
    auto backup = parseBackup(exportBackup(nb, kNowMillis));
    REQUIRE(backup.ok());
    auto plan = planBackupImport(target.store->notebook(), backup.value());
    REQUIRE(plan.ok());
    CHECK(plan.value().created[0] == 40);  // peers
    CHECK(plan.value().conflicts.empty());
    REQUIRE(applyImport(*target.store, plan.value()).ok());
    CHECK(target.store->notebook() == nb);

    // Importing it again changes nothing.
    auto again = planBackupImport(target.store->notebook(), backup.value());
    REQUIRE(again.ok());
    CHECK(again.value().changesNothing());
    CHECK(again.value().summary().find("Already there: 40 peers") != std::string::npos);

    // Undo takes the import back, part by part.
    for (size_t i = 0; i < plan.value().commands.size(); ++i) REQUIRE(target.store->undo().ok());
    CHECK(target.store->notebook().size() == 0);
}

TEST_CASE("A large backup is cut into parts that each fit one change record", "[interchange][backup]") {
    const Notebook nb = generatedNotebook(150);
    auto backup = parseBackup(exportBackup(nb, kNowMillis));
    REQUIRE(backup.ok());
    auto plan = planBackupImport(Notebook{}, backup.value());
    REQUIRE(plan.ok());
    CHECK(plan.value().commands.size() > 1);
    CHECK(plan.value().commands[0].label.find("(part 1 of") != std::string::npos);
    MemoryStore target;
    REQUIRE(applyImport(*target.store, plan.value()).ok());
    CHECK(target.store->notebook() == nb);
}

TEST_CASE("The import preview lists replaced entries and same-name peers", "[interchange][backup]") {
    Notebook mine = everyFieldNotebook();
    const auto backup = parseBackup(exportBackup(mine, kNowMillis));
    REQUIRE(backup.ok());
    // Rename Maria in the notebook and add another "Omar Haddad" with a new id.
    Peer maria = *mine.findPeer(11);
    maria.name = "Maria Chen-Lopez";
    Peer omar;
    omar.id = 999;
    omar.name = "omar  haddad";
    REQUIRE(mine.apply(Command{"edit", {EntityChange{Entity(*mine.findPeer(11)), Entity(maria)},
                                        EntityChange{std::nullopt, Entity(omar)}}}).ok());
    Notebook other;
    REQUIRE(other.apply(Command{"add", {EntityChange{std::nullopt, Entity(omar)}}}).ok());

    auto plan = planBackupImport(mine, backup.value());
    REQUIRE(plan.ok());
    CHECK(plan.value().replaced[0] == 1);
    CHECK(plan.value().summary().find("Replaces 1 peer") != std::string::npos);
    auto fresh = planBackupImport(other, backup.value());
    REQUIRE(fresh.ok());
    REQUIRE(fresh.value().conflicts.size() == 1);
    CHECK(fresh.value().conflicts[0].message.find("Omar Haddad") != std::string::npos);
}

TEST_CASE("The backup's settings replace the notebook's", "[interchange][backup]") {
    Notebook mine;
    Settings s;
    s.id = 5;
    s.myName = "Other";
    REQUIRE(mine.apply(Command{"s", {EntityChange{std::nullopt, Entity(s)}}}).ok());
    auto backup = parseBackup(exportBackup(everyFieldNotebook(), kNowMillis));
    REQUIRE(backup.ok());
    auto plan = planBackupImport(mine, backup.value());
    REQUIRE(plan.ok());
    for (const Command& c : plan.value().commands) REQUIRE(mine.apply(c).ok());
    CHECK(mine.settings().myName == "Alex");
}

TEST_CASE("A backup restored into an empty notebook on a new device gives back every setting", "[interchange][backup]") {
    const Settings mine = everySettingChanged();
    const Settings defaults;
    // Every field differs from a new notebook's, so a field the backup dropped cannot pass unseen.
    using Tie = decltype(mine.tie());
    const auto same = sameFields(mine.tie(), defaults.tie(), std::make_index_sequence<std::tuple_size_v<Tie>>{});
    INFO("places in Settings::tie() still at their default: set them in everySettingChanged()");
    CHECK(same == std::vector<size_t>{});

    Notebook nb;
    REQUIRE(nb.apply(Command{"settings", {EntityChange{std::nullopt, Entity(mine)}}}).ok());
    const std::string json = exportBackup(nb, kNowMillis);
    CHECK(json.find("\"formatVersion\": 3") != std::string::npos);

    MemoryStore device;  // the new device: an empty notebook
    auto backup = parseBackup(json);
    INFO((backup.ok() ? "" : backup.error().message));
    REQUIRE(backup.ok());
    auto plan = planBackupImport(device.store->notebook(), backup.value());
    REQUIRE(plan.ok());
    REQUIRE(applyImport(*device.store, plan.value()).ok());
    const Settings& back = device.store->notebook().settings();
    CHECK(back == mine);
    // The whole record as stored: a field serialize() writes but tie() forgot is compared too.
    CHECK(encodeEntity(Entity(back)) == encodeEntity(Entity(mine)));
}

TEST_CASE("A format-2 backup without the newer settings restores them at their defaults", "[interchange][backup]") {
    Settings old = everySettingChanged();
    const Settings defaults;
    old.dateOrder = defaults.dateOrder;
    old.directReportStartMinutes = defaults.directReportStartMinutes;
    old.peerStartMinutes = defaults.peerStartMinutes;
    old.reminderDays = defaults.reminderDays;
    old.alarmMinutesBefore = defaults.alarmMinutesBefore;
    old.dismissedReminders = defaults.dismissedReminders;
    const std::string v2 = R"({"format": "rapport-backup", "formatVersion": 2, "settings": [{"id": "0000000000000007",
        "myName": "Alex", "myInterests": ["cycling", "jazz"], "weeklyBudgetMinutes": 240, "directReportWeekday": 1,
        "peerWeekday": 5, "otherWeekday": 3, "driftGraceDays": 3, "defaultMeetingMinutes": 45, "theme": 1,
        "fontSize": 21}]})";
    const Notebook back = restored(v2);
    CHECK(back.settings() == old);
    // A newer field present but of the wrong type is refused, saying where.
    std::string wrong = v2;
    wrong.replace(wrong.find("\"fontSize\": 21"), 14, "\"fontSize\": 21, \"reminderDays\": \"soon\"");
    CHECK(errorOf(wrong).find("settings[0].reminderDays: expected a whole number") != std::string::npos);
}

TEST_CASE("Text that is not UTF-8 or holds a NUL (a crafted store record) backs up as '?' and restores", "[interchange][backup]") {
    Settings s;
    s.id = 5;
    s.myName = std::string(41, '\xFF');  // as U+FFFD this grew to 123 bytes, past the name limit
    s.myInterests = {"caf\xE9", "ok \xE2\x82"};
    Peer p;
    p.id = 6;
    p.name = "Ana";
    p.notes = std::string("a\0b", 3);  // the reader refuses a NUL
    auto nb = Notebook::fromEntities({Entity(s), Entity(p)});
    REQUIRE(nb.ok());
    const Notebook back = restored(exportBackup(nb.value(), kNowMillis));
    CHECK(back.settings().myName == std::string(41, '?'));
    CHECK(back.settings().myInterests == std::vector<std::string>{"caf?", "ok ??"});
    CHECK(back.findPeer(6)->notes == "a?b");
}

TEST_CASE("Bad backup files are refused with a message that says where", "[interchange][backup]") {
    const std::string good = exportBackup(everyFieldNotebook(), kNowMillis);
    CHECK(errorOf("{ not json").find("not valid JSON") != std::string::npos);
    CHECK(errorOf("[1, 2]").find("not a Rapport backup") != std::string::npos);
    CHECK(errorOf("{\"format\": \"rapport-backup\", \"formatVersion\": 4}").find("newer Rapport") != std::string::npos);
    CHECK(errorOf("\xEF\xBB\xBF{\"format\": \"rapport-backup\", \"formatVersion\": 1, \"peers\": [{}]}")
              .find("peers[0]: the field \"id\" is missing") != std::string::npos);

    std::string badEnum = good;
    badEnum.replace(badEnum.find("\"stage\": 3"), 10, "\"stage\": 9");
    CHECK(errorOf(badEnum).find("stage: unknown value 9") != std::string::npos);

    std::string badType = good;
    badType.replace(badType.find("\"level\": 2"), 10, "\"level\": \"2\"");
    CHECK(errorOf(badType).find("trustHistory[0].level: expected a whole number") != std::string::npos);

    std::string dangling = good;
    dangling.replace(dangling.find("\"peerId\": \"000000000000000b\""), 28, "\"peerId\": \"00000000000000ff\"");
    CHECK(errorOf(dangling).find("inconsistent") != std::string::npos);

    CHECK(errorOf(std::string(100000, '[') + std::string(100000, ']')).find("nested too deeply") != std::string::npos);
    // The number that crashes RapidJSON 1.1.0 (docs/storage.md) and other hostile numbers are plain errors.
    const std::string longNumber = "{\"format\": \"rapport-backup\", \"formatVersion\": 1" + std::string(300, '0') + "e-99999}";
    CHECK_FALSE(parseBackup(longNumber).ok());
    CHECK_FALSE(parseBackup("{\"format\": \"rapport-backup\", \"formatVersion\": 1e999}").ok());
    CHECK(errorOf("{\"format\": \"rapport-backup\", \"formatVersion\": 18446744073709551615}").find("out of range") != std::string::npos);
    CHECK(errorOf("{\"a\": \"caf\xE9\"}").find("not UTF-8") != std::string::npos);
}

TEST_CASE("A refused backup import leaves the store untouched", "[interchange][backup]") {
    MemoryStore target;
    Backup b;
    b.entities = sampleEntities();
    // A fact in the notebook has the id of the backup's first peer: a kind clash.
    Peer host;
    host.id = 77;
    host.name = "Host";
    REQUIRE(target.store->execute(Command{"p", {EntityChange{std::nullopt, Entity(host)}}}).ok());
    Fact f{11, 77, FactCategory::Other, "x", std::nullopt, "", std::nullopt};
    REQUIRE(target.store->execute(Command{"f", {EntityChange{std::nullopt, Entity(f)}}}).ok());
    const Notebook snapshot = target.store->notebook();
    auto plan = planBackupImport(target.store->notebook(), b);
    REQUIRE_FALSE(plan.ok());
    CHECK(plan.error().message.find("has the id of a fact") != std::string::npos);
    CHECK(target.store->notebook() == snapshot);
}

TEST_CASE("Reading a backup is linear: long flat lists, many keys and deep nesting", "[interchange][backup]") {
    // One event per value, key and container end, whatever the shape: the parser never goes back over
    // what it has read (nlohmann's callback parser rescanned the list at every {}: 333,000 took minutes).
    const auto flatList = [](size_t n) {
        std::string s = "{\"format\":\"rapport-backup\",\"formatVersion\":1,\"peers\":[";
        for (size_t i = 0; i < n; ++i) s += i ? ",{}" : "{}";
        return s + "]}";
    };
    for (size_t n : {1000u, 10000u, 333000u}) {
        INFO(n << " empty objects");
        size_t events = 0;
        const auto b = parseBackup(flatList(n), &events);
        REQUIRE_FALSE(b.ok());
        CHECK(b.error().message.find("peers[0]: the field \"id\" is missing") != std::string::npos);
        CHECK(events == 2 * n + 9);  // {} is two events; the frame: 3 keys, 2 values, 2 containers
    }
    // An object of 100,000 keys (ordered_json would scan its keys at every insert).
    std::string manyKeys = "{\"format\":\"rapport-backup\",\"formatVersion\":1";
    for (int i = 0; i < 100000; ++i) manyKeys += ",\"k" + std::to_string(i) + "\":0";
    size_t events = 0;
    REQUIRE(parseBackup(manyKeys + "}", &events).ok());
    CHECK(events == 2 * 100002 + 2);
    // Nesting past the limit stops at the limit, not at the end of the file.
    events = 0;
    const std::string deep = std::string(500000, '[') + std::string(500000, ']');
    CHECK(parseBackup(deep, &events).error().message == "The backup file is not a Rapport backup: the JSON is nested too deeply.");
    CHECK(events == size_t(kMaxBackupDepth));
    events = 0;
    CHECK(parseBackup(std::string(kMaxBackupDepth, '[') + std::string(kMaxBackupDepth, ']'), &events).error().message.find("\"format\"") !=
          std::string::npos);
    CHECK(events == 2 * size_t(kMaxBackupDepth));
}
