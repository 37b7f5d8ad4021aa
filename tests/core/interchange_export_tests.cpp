// Markdown, iCalendar, CSV and ZIP exports: content and structure checks.
#include <catch2/catch.hpp>

#include "core/interchange/csv_peers.h"
#include "core/interchange/ical_export.h"
#include "core/interchange/markdown_export.h"
#include "core/interchange/zip_writer.h"
#include "core/interchange/vcard_import.h"
#include "tests/core/interchange_test_util.h"

using namespace rapport;
using namespace rapport::interchange;
using namespace rapport::test;

namespace {

bool contains(const std::string& s, const std::string& part) { return s.find(part) != std::string::npos; }

size_t count(const std::string& s, const std::string& part) {
    size_t n = 0;
    for (size_t at = s.find(part); at != std::string::npos; at = s.find(part, at + 1)) ++n;
    return n;
}

}  // namespace

TEST_CASE("Markdown: an index and one readable page per peer", "[interchange][markdown]") {
    const auto files = exportMarkdown(everyFieldNotebook(), CivilDate::ymd(2024, 6, 1));
    REQUIRE(files.size() == 4);
    CHECK(files[0].path == "index.md");
    CHECK(contains(files[0].bytes, "# Rapport notebook of Alex\n\nExported on 2024-06-01."));
    CHECK(contains(files[0].bytes, "- [Maria Chen](peers/maria-chen.md), VP Sales\n"));
    CHECK(contains(files[0].bytes, "- [Omar Haddad](peers/omar-haddad.md) (archived)\n"));
    CHECK(files[3].path == "journal.md");
    const std::string& maria = files[1].bytes;
    CHECK(files[1].path == "peers/maria-chen.md");
    CHECK(maria.rfind("# Maria Chen\n\nVP Sales, Sales\n", 0) == 0);
    CHECK(contains(maria, "- Relationship: direct report, on my leadership team\n"));
    CHECK(contains(maria, "- important date: Birthday (February 29)\n"));
    CHECK(contains(maria, "## 1:1 series\n\n- every 3 weeks on Tuesdays, 45 minutes\n"));
    CHECK(contains(maria, "- 2024-01-23 skipped\n- 2024-02-13 moved to 2024-02-14\n"));
    CHECK(contains(maria, "### 2024-01-02\n\nEnergy 4/5, mood: upbeat\n"));
    CHECK(contains(maria, "- [ ] Q2 plan (priority, carried over)\n"));
    CHECK(contains(maria, "- [x] They owe: Send the deck (made 2024-01-08, due 2024-01-12, kept late)\n"));
    CHECK(contains(maria, "Prefers mornings; caf\xC3\xA9 au lait."));
    CHECK(slugOf("Zo\xC3\xAB O'Neil") == "zo\xC3\xAB-o-neil");
    CHECK(slugOf("!!!") == "peer");
}

TEST_CASE("Markdown file names stay unique and stable", "[interchange][markdown]") {
    Notebook nb;
    Peer a, b;
    a.id = 1;
    a.name = "Sam Lee";
    b.id = 2;
    b.name = "Sam  Lee";
    REQUIRE(nb.apply(Command{"", {EntityChange{std::nullopt, Entity(a)}, EntityChange{std::nullopt, Entity(b)}}}).ok());
    const auto files = exportMarkdown(nb, CivilDate::ymd(2024, 1, 1));
    REQUIRE(files.size() == 3);
    CHECK(files[1].path == "peers/sam-lee.md");
    CHECK(files[2].path == "peers/sam-lee-2.md");
}

TEST_CASE("Markdown escapes names and notes: no link, no HTML, no invisible characters in file names", "[interchange][markdown]") {
    Notebook nb;
    const auto add = [&nb](EntityId id, const std::string& name, const std::string& role, const std::string& notes) {
        Peer p;
        p.id = id;
        p.name = name;
        p.role = role;
        p.notes = notes;
        REQUIRE(nb.apply(Command{"", {EntityChange{std::nullopt, Entity(p)}}}).ok());
    };
    add(1, "Evil](../../outside.md) [y", "", "");
    add(2, "<script>alert(1)</script>", "<img src=x onerror=alert(1)>", "# Heading?\n- a list?\n1. numbered?\n> quote & <b>bold</b>\n[link](http://x.example)");
    add(3, "Ana [Ops] Lima", "*VP* _Sales_ `code`", "");
    add(4, "Rob\xE2\x80\xAE" "dm.exe\xE2\x81\xA6x\xE2\x80\x8F\x01\x7F", "", "");
    const auto files = exportMarkdown(nb, CivilDate::ymd(2024, 1, 1));
    REQUIRE(files.size() == 5);
    const std::string& index = files[0].bytes;
    // Escaped, a bracket in a name is text: each index line is exactly one link, to the peer's page.
    CHECK(contains(index, "- [Evil\\](../../outside.md) \\[y](peers/evil-outside-md-y.md)\n"));
    CHECK(contains(index, "- [Ana \\[Ops\\] Lima](peers/ana-ops-lima.md), \\*VP\\* \\_Sales\\_ \\`code\\`\n"));
    CHECK(contains(index, "- [&lt;script&gt;alert(1)&lt;/script&gt;](peers/script-alert-1-script.md), &lt;img src=x onerror=alert(1)&gt;\n"));
    CHECK(count(index, "](") - count(index, "\\](") == 4);  // one link per peer, nothing else links
    for (const ExportFile& f : files) {
        INFO(f.path);
        CHECK_FALSE(contains(f.bytes, "<"));  // no raw HTML anywhere
        CHECK(f.path.find("..") == std::string::npos);
    }
    const std::string* page = nullptr;
    for (const ExportFile& f : files) {
        if (f.path == "peers/script-alert-1-script.md") page = &f.bytes;
    }
    REQUIRE(page != nullptr);
    CHECK(contains(*page, "\n\\# Heading?\n\\- a list?\n1\\. numbered?\n&gt; quote &amp; &lt;b&gt;bold&lt;/b&gt;\n\\[link\\](http://x.example)\n"));
    // Bidi overrides and isolates, marks and control characters leave no trace in the file name.
    CHECK(files[4].path == "peers/robdm-exex.md");
    CHECK(slugOf("a\xE2\x80\xAA" "b\xE2\x80\xAB" "c\xE2\x80\xAC" "d\xE2\x80\xAD" "e\xE2\x81\xA7" "f\xE2\x81\xA8g\xE2\x81\xA9h\xE2\x80\x8Ei") == "abcdefghi");
    CHECK(slugOf("\xE2\x80\xAE") == "peer");
    CHECK(slugOf("ok\xFFok") == "okok");  // not UTF-8: dropped
}

TEST_CASE("iCalendar: series as recurring events with skips, moves and review dates", "[interchange][ics]") {
    const std::string ics = exportICalendar(everyFieldNotebook(), IcsOptions{9 * 60 + 30, kNowMillis});
    CHECK(ics.rfind("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:", 0) == 0);
    CHECK(contains(ics, "END:VCALENDAR\r\n"));
    CHECK(count(ics, "\r\n") == count(ics, "\n"));  // CRLF only
    // The past period (weekly) ends the day before the current one starts; the current one at its review.
    CHECK(contains(ics, "UID:series-0000000000000050-0@rapport\r\nDTSTAMP:20240601T100000Z\r\nDTSTART:20231003T093000\r\n"));
    CHECK(contains(ics, "RRULE:FREQ=WEEKLY;INTERVAL=1;BYDAY=TU;UNTIL=20240101T235959\r\n"));
    CHECK(contains(ics, "UID:series-0000000000000050-1@rapport\r\nDTSTAMP:20240601T100000Z\r\nDTSTART:20240102T093000\r\nDURATION:PT45M\r\n"
                        "RRULE:FREQ=WEEKLY;INTERVAL=3;BYDAY=TU;UNTIL=20240402T235959\r\n"));
    CHECK(contains(ics, "EXDATE:20240123T093000\r\n"));
    CHECK(contains(ics, "RECURRENCE-ID:20240213T093000\r\nDTSTART:20240214T093000\r\n"));
    CHECK(contains(ics, "SUMMARY:1:1 with Maria Chen\r\n"));
    // The ritual recurs every 3 months from its next due date; the kept commitment is not exported.
    CHECK(contains(ics, "UID:ritual-0000000000000047@rapport\r\nDTSTAMP:20240601T100000Z\r\nDTSTART;VALUE=DATE:20240410\r\n"
                        "DTEND;VALUE=DATE:20240411\r\nTRANSP:TRANSPARENT\r\nRRULE:FREQ=MONTHLY;INTERVAL=3\r\nSUMMARY:coffee (QBR)\r\n"));
    CHECK_FALSE(contains(ics, "commitment-"));
    CHECK(count(ics, "BEGIN:VEVENT") == count(ics, "END:VEVENT"));
    CHECK(count(ics, "BEGIN:VEVENT") == 5);  // two periods, a move, the ritual, an important date
}

TEST_CASE("iCalendar: monthly series, open commitments, escaping and folding", "[interchange][ics]") {
    Notebook nb = everyFieldNotebook();
    OneOnOneSeries s = *nb.findSeries(80);
    OneOnOneSeries monthly = s;
    monthly.cadence = Cadence{CadenceKind::Monthly, 4};
    monthly.start = CivilDate::ymd(2024, 1, 29);  // the 5th Tuesday of January 2024 is the 30th: "last"
    monthly.review = CivilDate::ymd(2024, 4, 29);
    Commitment c = *nb.findCommitment(61);
    Commitment open = c;
    open.status = CommitmentStatus::Open;
    open.resolvedOn.reset();
    open.text = "Send the deck, the budget; and a very long description that needs folding \xC3\xA9\xC3\xA9\xC3\xA9 more";
    REQUIRE(nb.apply(Command{"", {EntityChange{Entity(s), Entity(monthly)}, EntityChange{Entity(c), Entity(open)}}}).ok());
    const std::string ics = exportICalendar(nb, IcsOptions{9 * 60, kNowMillis});
    CHECK(contains(ics, "RRULE:FREQ=MONTHLY;INTERVAL=1;BYDAY=-1TU;UNTIL=20240429T235959\r\n"));
    CHECK(contains(ics, "UID:commitment-000000000000003d@rapport\r\n"));
    CHECK(contains(ics, "DTSTART;VALUE=DATE:20240112\r\n"));
    CHECK(contains(ics, "SUMMARY:Due from Maria Chen: Send the deck\\, the budget\\; and a very long d\r\n escription"));
    for (size_t at = 0, next; at < ics.size(); at = next + 2) {
        next = ics.find("\r\n", at);
        CHECK(next - at <= 75);
    }
    CHECK(escapeIcsText("a\\b\nc") == "a\\\\b\\nc");
    const std::string folded = foldIcsLine("X:" + std::string(73, 'a') + "\xC3\xA9");
    CHECK(folded == "X:" + std::string(73, 'a') + "\r\n \xC3\xA9\r\n");  // the 2-byte letter is not split
}

TEST_CASE("CSV export lists every peer and imports back", "[interchange][csv]") {
    const Notebook nb = everyFieldNotebook();
    const std::string csv = exportCsvPeers(nb);
    CHECK(csv.rfind("Name,Title,Organisation,Birthday,Notes,Tags,Relationship,Interdependence,Stage,Trust,Archived\r\n", 0) == 0);
    CHECK(contains(csv, "Maria Chen,VP Sales,Sales,'--02-29,\"Prefers mornings; caf\xC3\xA9 au lait.\",\"launch; emea\",direct report,strong,trusted,4,no\r\n"));
    const auto back = parseCsvPeers(csv);
    REQUIRE(back.ok());
    REQUIRE(back.value().records.size() == 2);
    CHECK(back.value().records[0].birthday == AnnualDate{0, 2, 29});
    CHECK(back.value().records[0].notes == "Prefers mornings; caf\xC3\xA9 au lait.");
}

TEST_CASE("ZIP: stored entries with CRC-32 and a central directory", "[interchange][zip]") {
    CHECK(crc32("123456789") == 0xCBF43926u);  // the standard check value
    const std::string zip = zipStored({{"a.md", "hello"}, {"peers/b.md", ""}}, dosDateTime(kNowMillis));
    CHECK(zip.rfind("PK\x03\x04", 0) == 0);
    CHECK(zip.size() == (30 + 4 + 5) + (30 + 10) + (46 + 4) + (46 + 10) + 22);
    CHECK(zip.substr(zip.size() - 22, 4) == "PK\x05\x06");
    CHECK(zip.substr(30 + 4, 5) == "hello");
    CHECK(dosDateTime(kNowMillis) == ((44u << 25) | (6u << 21) | (1u << 16) | (10u << 11)));
}
