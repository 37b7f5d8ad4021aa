// vCard and CSV contacts import: field mapping, duplicates, per-line errors, encodings, big files.
#include <catch2/catch.hpp>

#include <chrono>

#include "core/interchange/csv_peers.h"
#include "core/interchange/import_plan.h"
#include "core/interchange/text_input.h"
#include "core/interchange/vcard_import.h"
#include "tests/core/interchange_test_util.h"

using namespace rapport;
using namespace rapport::interchange;
using namespace rapport::test;

namespace {

std::string importError(const PeerRecords& r) {
    IdSource ids(1);
    auto plan = planPeerImport(Notebook{}, ids, r, "CSV file");
    REQUIRE_FALSE(plan.ok());
    return plan.error().message;
}

}  // namespace

TEST_CASE("vCard 3.0 and 4.0 cards become peer records", "[interchange][contacts]") {
    const auto v3 = records(parseVCards(fixture("contacts_v3.vcf")));
    REQUIRE(v3.errors.empty());
    REQUIRE(v3.records.size() == 3);
    CHECK(v3.records[0].name == "Maria Chen");
    CHECK(v3.records[0].title == "VP Sales, EMEA");
    CHECK(v3.records[0].organisation == "Acme Corp");
    CHECK(v3.records[0].email == "maria@example.com");
    CHECK(v3.records[0].notes == "Met at the offsite.\nPrefers mornings; long note that is folded across two lines.");
    CHECK(v3.records[0].birthday == AnnualDate{1980, 4, 23});
    CHECK(v3.records[1].name == "Dr. Omar Haddad");  // from N when there is no FN
    CHECK(v3.records[1].line == 12);
    CHECK(v3.records[2].birthday == AnnualDate{0, 2, 29});

    const auto v4 = records(parseVCards(fixture("contacts_v4.vcf")));
    REQUIRE(v4.records.size() == 3);
    CHECK(v4.records[0].birthday == AnnualDate{1975, 6, 12});
    CHECK(v4.records[1].title == "Finance");
    CHECK(v4.records[1].birthday == AnnualDate{0, 11, 3});
}

TEST_CASE("Importing contacts creates peers with birthdays, merges into existing ones, skips repeats", "[interchange][contacts]") {
    MemoryStore target;
    REQUIRE(target.store->execute(addPeer(target.store->notebook(), target.store->ids(), "Priya Raman").value()).ok());
    PeerRecords all = records(parseVCards(fixture("contacts_v3.vcf")));
    for (auto& r : records(parseVCards(fixture("contacts_v4.vcf"))).records) all.records.push_back(r);
    auto plan = planPeerImport(target.store->notebook(), target.store->ids(), all, "vCard file");
    REQUIRE(plan.ok());
    CHECK(plan.value().skipped == 1);  // "maria  chen" repeats line 1
    CHECK(plan.value().merged == 1);   // Priya is in the notebook: her card fills her fields
    CHECK(plan.value().summary() == "Adds 4 peers, 4 facts. Updates 1 existing peer. Skips 1 duplicate.");
    REQUIRE(plan.value().merges.size() == 1);
    CHECK(plan.value().merges[0].message ==
          "Priya Raman: adds Role 'CTO'; adds Team 'Acme'; adds to Notes 'Email: priya@example.com'; adds Birthday 1975-06-12");
    const Notebook before = target.store->notebook();
    REQUIRE(applyImport(*target.store, plan.value()).ok());
    CHECK(target.store->notebook().peers().size() == 5);
    const Peer* maria = nullptr;
    for (const auto& [id, p] : target.store->notebook().peers()) {
        if (p.name == "Maria Chen") maria = &p;
    }
    REQUIRE(maria != nullptr);
    CHECK(maria->role == "VP Sales, EMEA");
    CHECK(maria->notes.find("Email: maria@example.com") != std::string::npos);
    REQUIRE(target.store->undo().ok());
    CHECK(target.store->notebook() == before);
}

TEST_CASE("Broken vCards are reported by line and nothing is imported", "[interchange][contacts]") {
    const auto broken = records(parseVCards(fixture("contacts_broken.vcf")));
    REQUIRE(broken.errors.size() == 3);
    CHECK(broken.errors[0].line == 1);
    CHECK(broken.errors[0].message == "The card has no name (FN or N).");
    CHECK(broken.errors[1].line == 8);
    CHECK(broken.errors[1].message.find("is not a date") != std::string::npos);
    CHECK(broken.errors[2].message.find("END:VCARD missing") != std::string::npos);
    const std::string report = importError(broken);
    CHECK(report.find("has 3 errors; nothing was imported.\n  line 1: The card has no name") != std::string::npos);
    const auto v5 = records(parseVCards("BEGIN:VCARD\r\nVERSION:5.0\r\nFN:Ana\r\nEND:VCARD\r\n"));
    REQUIRE(v5.errors.size() == 1);
    CHECK(v5.errors[0].message.find("vCard version 5.0 is not supported") != std::string::npos);
    const auto notUtf8 = records(parseVCards("BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Jos\xE9\r\nEND:VCARD\r\n"));
    REQUIRE(notUtf8.errors.size() == 1);
    CHECK(notUtf8.errors[0].message == "The FN value is not UTF-8 and names no CHARSET; export the contacts as UTF-8.");
    const auto charset = records(parseVCards("BEGIN:VCARD\r\nVERSION:2.1\r\nFN;CHARSET=KOI8-R:x\r\nEND:VCARD\r\n"));
    REQUIRE(charset.errors.size() == 1);
    CHECK(charset.errors[0].message.find("The charset KOI8-R is not supported") != std::string::npos);
    const auto nul = records(parseVCards("BEGIN:VCARD\r\nVERSION:2.1\r\nFN;ENCODING=QUOTED-PRINTABLE:A=00B\r\nEND:VCARD\r\n"));
    REQUIRE(nul.errors.size() == 1);
    CHECK(nul.errors[0].message == "The FN value contains a NUL character (=00).");
    CHECK_FALSE(parseVCards("Name,Title\n").ok());
}

TEST_CASE("CSV columns are found by header name or mapped by the user", "[interchange][contacts]") {
    const auto csv = records(parseCsvPeers(fixture("contacts.csv")));
    REQUIRE(csv.errors.empty());
    REQUIRE(csv.records.size() == 3);  // the empty row is skipped
    CHECK(csv.records[0].name == "Maria Chen");
    CHECK(csv.records[0].notes == "Met at the offsite, Lisbon\r\nPrefers mornings");
    CHECK(csv.records[0].birthday == AnnualDate{1980, 4, 23});
    CHECK(csv.records[1].line == 4);  // line numbers count the quoted line break
    CHECK(csv.records[2].title == "CTO, Platform");
    CHECK(csv.records[2].notes == "She said \"hi\"");
    REQUIRE(csv.remarks.size() == 1);
    CHECK(csv.remarks[0] == "The column \"Phone\" is not imported.");

    const auto semi = records(parseCsvPeers(fixture("contacts_semicolon.csv")));
    REQUIRE(semi.records.size() == 2);
    CHECK(semi.records[1].organisation == "Acme");

    CHECK(parseCsvPeers(fixture("contacts_custom.csv")).error().message.find("no name column") != std::string::npos);
    auto mapping = parseCsvMapping("name=Person, email=Mail,organisation=firm");
    REQUIRE(mapping.ok());
    const auto custom = records(parseCsvPeers(fixture("contacts_custom.csv"), mapping.value()));
    REQUIRE(custom.records.size() == 1);
    CHECK(custom.records[0].email == "ana@example.com");
    CHECK(custom.records[0].organisation == "Acme");
    CHECK_FALSE(parseCsvMapping("phone=Tel").ok());
    CHECK(parseCsvPeers(fixture("contacts_custom.csv"), parseCsvMapping("name=Nobody").value()).error().message ==
          "The CSV file has no column \"Nobody\" (mapped to name).");
}

TEST_CASE("CSV row errors carry line numbers; whole-file problems say what to do", "[interchange][contacts]") {
    const auto rows = records(parseCsvPeers(fixture("contacts_row_errors.csv")));
    const std::string report = importError(rows);
    CHECK(report.find("The CSV file has 3 errors; nothing was imported.") == 0);
    CHECK(report.find("line 3: The contact's name is empty.") != std::string::npos);
    CHECK(report.find("line 4: The birthday \"04/23/1980\" is not in a known form") != std::string::npos);
    CHECK(report.find("line 5: The row has 4 fields but the header has 3") != std::string::npos);

    CHECK(parseCsvPeers(fixture("contacts_bad_rows.csv")).error().message ==
          "The CSV file cannot be read: Line 6: a quoted field is never closed.");
    CHECK(parseCsvPeers(fixture("contacts_latin1.csv")).error().message ==
          "The CSV file is not UTF-8 (byte 0xE9 on line 2; probably Latin-1 or Windows-1252). Save it as UTF-8 and import it again.");
    CHECK(parseCsvPeers(fixture("contacts_utf16.csv")).error().message == "The CSV file is in UTF-16; save it as UTF-8 and import it again.");
    CHECK(parseCsvPeers("").error().message.find("is empty") != std::string::npos);
}

TEST_CASE("A 10 MB contacts file is read in bounded time; a larger one is refused at once", "[interchange][contacts]") {
    std::string big = "Name,Title,Organisation,Notes\n";
    const std::string notes(1000, 'x');
    for (int i = 0; big.size() < (10u << 20); ++i) big += "Person " + std::to_string(i) + ",Title,Team," + notes + "\n";
    const auto start = std::chrono::steady_clock::now();
    auto parsed = parseCsvPeers(big);
    REQUIRE(parsed.ok());
    IdSource ids(3);
    auto plan = planPeerImport(Notebook{}, ids, parsed.value(), "CSV file");
    REQUIRE(plan.ok());
    const auto ms = std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::steady_clock::now() - start).count();
    WARN("10 MB CSV (" << parsed.value().records.size() << " contacts) parsed and planned in " << ms << " ms, "
                       << plan.value().commands.size() << " commands");
    CHECK(plan.value().created[0] == parsed.value().records.size());

    std::string tooMany = "Name\n";
    for (size_t i = 0; i <= kMaxImportedPeers; ++i) tooMany += "P" + std::to_string(i) + "\n";
    CHECK(importError(records(parseCsvPeers(tooMany))).find("Rapport imports at most 20000 at once") != std::string::npos);
    const std::string huge(kMaxImportBytes + 1, 'a');
    CHECK(parseCsvPeers(huge).error().message.find("Rapport reads at most 16 MB") != std::string::npos);
}
