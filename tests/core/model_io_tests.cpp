// Tests of core/io: round trips of every type, versions, unknown enums and kinds, damaged bytes.
#include <catch2/catch.hpp>

#include <cereal/archives/binary.hpp>

#include <cstdlib>
#include <random>
#include <fstream>
#include <sstream>

#include "core/io/bounded_binary_archive.h"
#include "core/io/model_io.h"
#include "test_support.h"

using namespace rapport;

TEST_CASE("every entity type round-trips", "[io]") {
    for (const Entity& e : rapport::test::sampleEntities()) {
        INFO(kindName(kindOf(e)));
        std::string bytes = encodeEntity(e);
        auto back = decodeEntity(bytes);
        REQUIRE(back.ok());
        CHECK(back.value() == e);
        // Defaults round-trip too.
        Entity blank = e;
        std::visit([](auto& x) { x = std::decay_t<decltype(x)>{}; }, blank);
        auto blankBack = decodeEntity(encodeEntity(blank));
        REQUIRE(blankBack.ok());
        CHECK(blankBack.value() == blank);
    }
}

TEST_CASE("commands and notebooks round-trip", "[io]") {
    Command c;
    c.label = "Everything";
    for (const Entity& e : rapport::test::sampleEntities()) c.changes.push_back(EntityChange{std::nullopt, e});
    c.changes.push_back(EntityChange{c.changes[0].after, c.changes[1].after});
    auto back = decodeCommand(encodeCommand(c));
    REQUIRE(back.ok());
    CHECK(back.value() == c);

    auto nb = Notebook::fromEntities(rapport::test::sampleEntities());
    REQUIRE(nb.ok());
    auto nbBack = decodeNotebook(encodeNotebook(nb.value()));
    REQUIRE(nbBack.ok());
    CHECK(nbBack.value() == nb.value());
    CHECK(nbBack.value().referenceCount(11) == nb.value().referenceCount(11));
}

TEST_CASE("every truncation of a command fails cleanly", "[io]") {
    Command c{"x", {}};
    for (const Entity& e : rapport::test::sampleEntities()) c.changes.push_back(EntityChange{std::nullopt, e});
    const std::string bytes = encodeCommand(c);
    for (size_t n = 0; n < bytes.size(); ++n) {
        auto r = decodeCommand(std::string_view(bytes).substr(0, n));
        REQUIRE_FALSE(r.ok());
    }
    CHECK_FALSE(decodeCommand(bytes + "z").ok());  // trailing bytes
}

TEST_CASE("flipped bytes never crash and never allocate beyond the input", "[io]") {
    Command c{"x", {}};
    for (const Entity& e : rapport::test::sampleEntities()) c.changes.push_back(EntityChange{std::nullopt, e});
    const std::string bytes = encodeCommand(c);
    int failures = 0;
    for (size_t i = 0; i < bytes.size(); ++i) {
        for (unsigned char x : {0x01, 0x80, 0xFF}) {
            std::string damaged = bytes;
            damaged[i] = char(static_cast<unsigned char>(damaged[i]) ^ x);
            auto r = decodeCommand(damaged);
            if (!r.ok()) ++failures;
        }
    }
    CHECK(failures > 0);
}

TEST_CASE("a huge claimed size is rejected at once", "[io]") {
    // label size tag claiming 3 GiB, after the version record of Command.
    std::string bytes;
    const uint32_t version = 1;
    const uint64_t huge = 3ull << 30;
    bytes.append(reinterpret_cast<const char*>(&version), 4);
    bytes.append(reinterpret_cast<const char*>(&huge), 8);
    auto r = decodeCommand(bytes);
    REQUIRE_FALSE(r.ok());
    CHECK(r.error().message.find("larger than") != std::string::npos);
}

TEST_CASE("unknown kinds, unknown enum values and newer versions are refused", "[io]") {
    Peer p;
    p.id = 5;
    p.name = "P";
    std::string bytes = encodeEntity(p);
    // Layout: uint16 kind, uint32 Peer version, uint64 id, ...
    std::string badKind = bytes;
    badKind[0] = 99;
    auto r1 = decodeEntity(badKind);
    REQUIRE_FALSE(r1.ok());
    CHECK(r1.error().message.find("kind") != std::string::npos);
    std::string newer = bytes;
    newer[2] = 2;
    auto r2 = decodeEntity(newer);
    REQUIRE_FALSE(r2.ok());
    CHECK(r2.error().message.find("newer") != std::string::npos);
    // interdependence follows id(8) name(8+1) role(8) team(8) metOn(1) metWhere(8) introducedBy(8).
    std::string badEnum = bytes;
    const size_t at = 2 + 4 + 8 + 9 + 8 + 8 + 1 + 8 + 8;
    REQUIRE(badEnum[at] == char(Interdependence::Moderate));
    badEnum[at] = 7;
    auto r3 = decodeEntity(badEnum);
    REQUIRE_FALSE(r3.ok());
    CHECK(r3.error().message.find("Unknown enumeration") != std::string::npos);
    // A bool byte other than 0/1 is refused.
    std::string badBool = bytes;
    badBool[at + 2] = 5;  // onLeadershipTeam
    CHECK_FALSE(decodeEntity(badBool).ok());
}

TEST_CASE("the bounded archive reads what BinaryOutputArchive writes", "[io]") {
    std::ostringstream out(std::ios::binary);
    {
        cereal::BinaryOutputArchive ar(out);
        ar(int32_t(-5), std::string("hello"), uint8_t(7), true);
    }
    const std::string bytes = out.str();
    io::BoundedBinaryInputArchive in(bytes.data(), bytes.size());
    int32_t a = 0;
    std::string s;
    uint8_t b = 0;
    bool t = false;
    in(a, s, b, t);
    CHECK(a == -5);
    CHECK(s == "hello");
    CHECK(b == 7);
    CHECK(t);
    CHECK(in.remaining() == 0);
}

namespace {

std::string readGolden(const std::string& name) {
    std::ifstream in(std::string(RAPPORT_TEST_DATA_DIR) + "/" + name, std::ios::binary);
    std::ostringstream bytes;
    bytes << in.rdbuf();
    return bytes.str();
}

}  // namespace

// An old golden notebook (never regenerated) decodes to the sample; returns its settings.
Settings decodesToSample(const std::string& name) {
    const std::string golden = readGolden(name);
    REQUIRE_FALSE(golden.empty());
    auto nb = Notebook::fromEntities(rapport::test::sampleEntities());
    REQUIRE(nb.ok());
    auto back = decodeNotebook(golden);
    REQUIRE(back.ok());
    CHECK(back.value() == nb.value());
    return back.value().settings();
}

TEST_CASE("the format-1 golden notebook in tests/data still decodes to the sample", "[io]") {
    // What the first release wrote (Settings without theme and font size): they load with their defaults.
    const Settings s = decodesToSample("model_v1_notebook.bin");
    CHECK(s.theme == 0);  // light, the only theme format 1 knew
    CHECK(s.fontSize == 17);
}

TEST_CASE("the format-2 golden notebook still decodes to the sample", "[io]") {
    // What format 2 wrote (Settings without the date order): numeric dates stay unset, so ambiguous.
    CHECK(decodesToSample("model_v2_notebook.bin").dateOrder == DateOrder::Unset);
}

TEST_CASE("the format-3 golden notebook still decodes to the sample", "[io]") {
    // What format 3 wrote (series without a time, settings without blocks or reminders): the defaults.
    const Settings s = decodesToSample("model_v3_notebook.bin");
    CHECK(s.reminderDays == 14);
    CHECK(s.alarmMinutesBefore == 10);
    CHECK(s.dismissedReminders.empty());
}

namespace {

// The sample with every field format 4 added: a series time, a period's weekday, time and length, a
// follow-up, the settings' blocks, reminder horizon, alarm and a dismissed reminder.
std::vector<Entity> sampleEntitiesV4() {
    std::vector<Entity> all = rapport::test::sampleEntities();
    EntityId peer = kNoId;
    for (Entity& e : all) {
        if (auto* s = std::get_if<OneOnOneSeries>(&e)) {
            s->startMinutes = 14 * 60 + 30;
            s->history.front().weekday = Weekday::Wednesday;
            s->history.front().startMinutes = 9 * 60;
            s->history.front().durationMinutes = 60;
            s->history.front().decision = ReviewDecision::Changed;
            peer = s->peerId;
        } else if (auto* st = std::get_if<Settings>(&e)) {
            st->directReportStartMinutes = 8 * 60;
            st->peerStartMinutes = 13 * 60;
            st->reminderDays = 21;
            st->alarmMinutesBefore = 5;
            st->dismissedReminders = {"date:b:2024-03-14"};
        }
    }
    FollowUp f;
    f.id = 901;
    f.peerId = peer;
    f.text = "about Tom's swimming";
    f.madeOn = CivilDate::ymd(2024, 2, 1);
    f.due = CivilDate::ymd(2024, 2, 15);
    f.doneOn = CivilDate::ymd(2024, 2, 16);
    all.push_back(f);
    return all;
}

}  // namespace

TEST_CASE("the format-4 golden notebook decodes, and the writer has not drifted from it", "[io]") {
    // Regenerate only for a deliberate format change (with a new golden name): RAPPORT_WRITE_GOLDEN=1.
    const std::string path = std::string(RAPPORT_TEST_DATA_DIR) + "/model_v4_notebook.bin";
    auto nb = Notebook::fromEntities(sampleEntitiesV4());
    REQUIRE(nb.ok());
    if (std::getenv("RAPPORT_WRITE_GOLDEN")) std::ofstream(path, std::ios::binary) << encodeNotebook(nb.value());
    const std::string golden = readGolden("model_v4_notebook.bin");
    REQUIRE_FALSE(golden.empty());
    auto back = decodeNotebook(golden);
    REQUIRE(back.ok());
    CHECK(back.value() == nb.value());
    CHECK(encodeNotebook(nb.value()) == golden);
}

TEST_CASE("settings format 3 keeps the date order and refuses an unknown one", "[io]") {
    Settings s;
    s.id = 7;
    s.dateOrder = DateOrder::MonthDay;
    const std::string bytes = encodeEntity(s);
    auto back = decodeEntity(bytes);
    REQUIRE(back.ok());
    CHECK(std::get<Settings>(back.value()).dateOrder == DateOrder::MonthDay);
    std::string bad = bytes;
    // The date order is the last byte of format 3; format 4 writes 24 more bytes after it.
    const size_t at = bad.size() - 25;
    REQUIRE(bad[at] == char(DateOrder::MonthDay));
    bad[at] = 9;
    CHECK_FALSE(decodeEntity(bad).ok());
}

TEST_CASE("settings format 2 keeps theme and font size", "[io]") {
    Settings s;
    s.id = 7;
    s.theme = 1;
    s.fontSize = 22;
    auto back = decodeEntity(encodeEntity(s));
    REQUIRE(back.ok());
    CHECK(std::get<Settings>(back.value()).theme == 1);
    CHECK(std::get<Settings>(back.value()).fontSize == 22);
    CHECK(back.value() == Entity(s));
}

TEST_CASE("random garbage never crashes the decoders", "[io]") {
    std::mt19937_64 rng(99);
    int decoded = 0;
    for (int i = 0; i < 3000; ++i) {
        std::string bytes(size_t(rng() % 200), '\0');
        for (char& c : bytes) c = char(rng() & 0xFF);
        // Half of the inputs start like a real command so the decoder gets past the first fields.
        if (i % 2 == 0 && bytes.size() > 4) {
            bytes[0] = 1;
            bytes[1] = bytes[2] = bytes[3] = 0;
        }
        decoded += decodeCommand(bytes).ok() + decodeNotebook(bytes).ok() + decodeEntity(bytes).ok();
    }
    CHECK(decoded >= 0);  // reaching here without a crash or a huge allocation is the test
}
