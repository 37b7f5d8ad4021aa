// Contact files as the apps people use write them (fixtures in tests/data/interchange written from each
// app's export format): Apple Contacts, Outlook (vCard 2.1 and CSV), Google Contacts (current and older
// CSV), LinkedIn; each mapped field asserted, and dates without a year.
#include <catch2/catch.hpp>

#include "core/interchange/contact_fields.h"
#include "core/interchange/csv_peers.h"
#include "core/interchange/import_plan.h"
#include "core/interchange/vcard_import.h"
#include "tests/core/interchange_test_util.h"

using namespace rapport;
using namespace rapport::interchange;
using namespace rapport::test;

namespace {

// The contacts of a file that must read without a single error.
PeerRecords readAll(const Result<PeerRecords>& r) {
    PeerRecords out = records(r);
    for (const ImportIssue& e : out.errors) FAIL_CHECK("line " << e.line << ": " << e.message);
    return out;
}

bool hasRemark(const PeerRecords& r, const std::string& text) {
    for (const std::string& remark : r.remarks) {
        if (remark == text) return true;
    }
    return false;
}

}  // namespace

TEST_CASE("Apple Contacts: vCard 3.0 with item labels, an anniversary and a birthday without a year", "[interchange][contacts][apps]") {
    const auto apple = readAll(parseVCards(fixture("apple_contacts.vcf")));
    REQUIRE(apple.records.size() == 3);
    const PeerRecord& joerg = apple.records[0];
    CHECK(joerg.name == "Dr. J\xC3\xB6rg Anton M\xC3\xBCller");
    CHECK(joerg.title == "Leiter Vertrieb");
    CHECK(joerg.organisation == "Contoso GmbH");
    CHECK(joerg.email == "joerg.mueller@contoso.example");
    CHECK(joerg.birthday == AnnualDate{1975, 6, 12});
    CHECK(joerg.anniversary == AnnualDate{2010, 5, 1});  // item2.X-ABDATE labelled _$!<Anniversary>!$_, not item3
    CHECK(joerg.notes == "Kennengelernt auf der Hannover Messe.\nMag Fu\xC3\x9F" "ball, vor allem den 1. FC K\xC3\xB6ln.");
    const PeerRecord& yuko = apple.records[1];
    CHECK(yuko.name == "\xE4\xB8\xAD\xE6\x9D\x91 \xE8\xA3\x95\xE5\xAD\x90");
    CHECK(yuko.birthday == AnnualDate{0, 8, 15});  // BDAY;X-APPLE-OMIT-YEAR=1604:1604-08-15
    CHECK(yuko.title == "CFO");
    CHECK(apple.records[2].name == "\xC3\x98rsted Consulting");
    // The same without a year in vCard 4's own form, and Apple's year alone.
    CHECK(parseBirthday("--0815").value() == AnnualDate{0, 8, 15});
    CHECK(parseBirthday("1604-02-29").value() == AnnualDate{0, 2, 29});
}

TEST_CASE("Outlook desktop: vCard 2.1 in Windows-1252, ISO-8859-1 and UTF-8, quoted-printable with soft breaks", "[interchange][contacts][apps]") {
    const auto outlook = readAll(parseVCards(fixture("outlook_contacts_v21.vcf")));
    REQUIRE(outlook.records.size() == 3);
    const PeerRecord& joerg = outlook.records[0];
    CHECK(joerg.name == "Dr. J\xC3\xB6rg Anton M\xC3\xBCller");
    CHECK(joerg.title == "Leiter Vertrieb \xE2\x80\x93 DACH");  // en dash: 0x96 in Windows-1252
    CHECK(joerg.organisation == "Contoso GmbH");
    CHECK(joerg.notes == "Kennengelernt auf der Hannover Messe.\nMag Fu\xC3\x9F" "ball und den 1. FC K\xC3\xB6ln \xE2\x82\xAC und \xE2\x80\x9EKaffee\xE2\x80\x9C.");
    CHECK(joerg.email == "joerg.mueller@contoso.example");
    CHECK(joerg.birthday == AnnualDate{1975, 6, 12});
    CHECK(joerg.anniversary == AnnualDate{2010, 5, 1});
    CHECK(outlook.records[1].name == "\xC3\x89lise Dubois");
    CHECK(outlook.records[1].organisation == "Soci\xC3\xA9t\xC3\xA9 G\xC3\xA9n\xC3\xA9rale");
    CHECK(outlook.records[1].title == "Directrice financi\xC3\xA8re");  // 2.1 without CHARSET, but UTF-8
    CHECK(outlook.records[2].name == "Ana Mar\xC3\xAD" "a Pe\xC3\xB1" "a");
    CHECK(outlook.records[2].title == "Jefa de Compras (LATAM)");
    CHECK(outlook.records[2].tags == std::vector<std::string>{"Partner", "Board"});
    // The older fixture: N is not quoted-printable there, FN is, and FN wins.
    const auto v21 = readAll(parseVCards(fixture("contacts_v21.vcf")));
    REQUIRE(v21.records.size() == 1);
    CHECK(v21.records[0].name == "Anna M\xC3\xBCller");
}

TEST_CASE("Outlook CSV: honorific Title apart from Job Title, month/day/year dates, 0/0/00 for none", "[interchange][contacts][apps]") {
    const auto outlook = readAll(parseCsvPeers(fixture("outlook_contacts.csv")));
    REQUIRE(outlook.records.size() == 3);
    const PeerRecord& joerg = outlook.records[0];
    CHECK(joerg.name == "J\xC3\xB6rg Anton M\xC3\xBCller");  // First Middle Last; "Dr." is not part of the name
    CHECK(joerg.title == "Leiter Vertrieb");                 // Job Title, not Title
    CHECK(joerg.organisation == "Contoso GmbH");
    CHECK(joerg.birthday == AnnualDate{1975, 6, 12});        // 6/12/1975 is June 12
    CHECK(joerg.anniversary == AnnualDate{2010, 5, 1});
    CHECK(joerg.email == "joerg.mueller@contoso.example");
    CHECK(joerg.tags == std::vector<std::string>{"Partner", "Board"});
    CHECK(joerg.notes == "Kennengelernt auf der Hannover Messe.\r\nMag Fu\xC3\x9F" "ball.");
    CHECK(outlook.records[1].name == "Siobh\xC3\xA1n O'Connor");
    CHECK(outlook.records[1].title == "Chief Revenue Officer");
    CHECK_FALSE(outlook.records[1].birthday);  // 0/0/00
    CHECK_FALSE(outlook.records[1].anniversary);
    CHECK(outlook.records[2].birthday == AnnualDate{1980, 2, 29});
    CHECK(hasRemark(outlook, "The column \"Title\" is not imported."));
    CHECK(hasRemark(outlook, "... and 62 more columns are not imported."));
    // A month/day/year date is read only from an Outlook file; anywhere else it is ambiguous.
    CHECK(parseMonthDayYear("6/12/75").value() == AnnualDate{1975, 6, 12});
    CHECK(parseMonthDayYear("13/12/1975").error().message.find("is not a date") != std::string::npos);
    CHECK_FALSE(parseMonthDayYear("0/0/00").value());
    const auto generic = parseCsvPeers("Name,Birthday\nAna,6/12/1975\nBen,0/0/00\n");
    REQUIRE(generic.ok());
    REQUIRE(generic.value().errors.size() == 1);
    CHECK(generic.value().errors[0].message.find("is not in a known form") != std::string::npos);
    CHECK(generic.value().records.size() == 1);  // Ben: 0/0/00 is "none" everywhere
}

TEST_CASE("Google Contacts CSV: current and older header sets, labels, events", "[interchange][contacts][apps]") {
    const auto google = readAll(parseCsvPeers(fixture("google_contacts.csv")));
    REQUIRE(google.records.size() == 3);
    const PeerRecord& elise = google.records[0];
    CHECK(elise.name == "\xC3\x89lise Dubois");
    CHECK(elise.organisation == "Soci\xC3\xA9t\xC3\xA9 G\xC3\xA9n\xC3\xA9rale");  // Organization Name, not Department
    CHECK(elise.title == "Directrice financi\xC3\xA8re");
    CHECK(elise.birthday == AnnualDate{1982, 3, 14});
    CHECK(elise.anniversary == AnnualDate{2012, 6, 2});  // Event 1 - Label "Anniversary"
    CHECK(elise.email == "elise.dubois@example.fr");
    CHECK(elise.tags == std::vector<std::string>{"Partners"});  // "* myContacts" is Google's own group
    CHECK(elise.notes == "Rencontr\xC3\xA9" "e au salon VivaTech.");
    CHECK(google.records[1].birthday == AnnualDate{0, 11, 3});
    CHECK(google.records[1].tags.empty());
    CHECK(google.records[2].name == "Priya K. Raman");
    CHECK_FALSE(google.records[2].anniversary);  // a work anniversary is another event

    const auto legacy = readAll(parseCsvPeers(fixture("google_contacts_legacy.csv")));
    REQUIRE(legacy.records.size() == 2);
    CHECK(legacy.records[0].name == "Bj\xC3\xB6rn Lindqvist");
    CHECK(legacy.records[0].organisation == "Volvo Cars");  // Organization 1 - Name
    CHECK(legacy.records[0].title == "VP Supply Chain");    // Organization 1 - Title
    CHECK(legacy.records[0].birthday == AnnualDate{1979, 1, 30});
    CHECK(legacy.records[0].anniversary == AnnualDate{0, 8, 20});
    CHECK(legacy.records[0].tags == std::vector<std::string>{"Board"});
    CHECK(legacy.records[1].name == "Zo\xC3\xAB Kowalski");  // Name empty: Given + Family
    CHECK(legacy.records[1].title == "General Counsel");
}

TEST_CASE("LinkedIn Connections.csv: the notes before the header are skipped", "[interchange][contacts][apps]") {
    const auto linkedin = readAll(parseCsvPeers(fixture("linkedin_connections.csv")));
    REQUIRE(linkedin.records.size() == 2);
    CHECK(linkedin.records[0].name == "Ana Lima");
    CHECK(linkedin.records[0].line == 5);
    CHECK(linkedin.records[0].email == "ana.lima@example.com");
    CHECK(linkedin.records[0].organisation == "Acme");
    CHECK(linkedin.records[0].title == "VP Sales, LATAM");
    CHECK(linkedin.records[1].name == "S\xC3\xB8ren Kierkegaard-Holm");
    CHECK(linkedin.records[1].organisation == "Northwind A/S");
    CHECK(linkedin.records[1].title == "Head of Operations");
    CHECK(hasRemark(linkedin, "Lines 1-3 come before the header and are not imported."));
    CHECK(hasRemark(linkedin, "The column \"Connected On\" is not imported."));
}

TEST_CASE("Every app's file imports into an empty notebook with its dates as important-date facts", "[interchange][contacts][apps]") {
    for (const char* file : {"apple_contacts.vcf", "outlook_contacts_v21.vcf", "outlook_contacts.csv", "google_contacts.csv",
                             "google_contacts_legacy.csv", "linkedin_connections.csv"}) {
        INFO(file);
        const std::string name(file);
        const bool vcf = name.size() > 4 && name.compare(name.size() - 4, 4, ".vcf") == 0;
        const auto r = readAll(vcf ? parseVCards(fixture(file)) : parseCsvPeers(fixture(file)));
        MemoryStore target;
        auto plan = planPeerImport(target.store->notebook(), target.store->ids(), r, vcf ? "vCard file" : "CSV file");
        INFO((plan.ok() ? "" : plan.error().message));
        REQUIRE(plan.ok());
        REQUIRE(applyImport(*target.store, plan.value()).ok());
        CHECK(target.store->notebook().peers().size() == r.records.size());
        size_t dates = 0;
        for (const PeerRecord& c : r.records) dates += (c.birthday ? 1 : 0) + (c.anniversary ? 1 : 0);
        CHECK(importantDateFacts(target.store->notebook(), ImportantDateKind::Birthday).size() +
                  importantDateFacts(target.store->notebook(), ImportantDateKind::Anniversary).size() == dates);
    }
}
