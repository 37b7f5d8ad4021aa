// Contacts merged into the peers of the same name (the rule of core/interchange/contact_merge.h): what
// the preview lists, what is applied in the same undoable import, and what is never overwritten.
#include <catch2/catch.hpp>

#include "core/interchange/contact_fields.h"
#include "core/interchange/csv_peers.h"
#include "core/interchange/import_plan.h"
#include "core/interchange/text_input.h"
#include "core/interchange/vcard_import.h"
#include "tests/core/interchange_test_util.h"

using namespace rapport;
using namespace rapport::interchange;
using namespace rapport::test;

namespace {

// Maria Chen (VP Sales at Acme, tag "emea", a note, born 1980-04-23) and Omar Haddad (nothing but his name).
struct TwoPeers {
    MemoryStore target;
    EntityId maria = kNoId, omar = kNoId;
    TwoPeers() {
        Peer m;
        m.id = 101;
        m.name = "Maria Chen";
        m.role = "VP Sales";
        m.team = "Acme";
        m.tags = {"emea"};
        m.notes = "Prefers mornings.";
        Peer o;
        o.id = 102;
        o.name = "Omar Haddad";
        Fact b{103, 101, FactCategory::ImportantDate, "Birthday", std::nullopt, "", AnnualDate{1980, 4, 23}};
        REQUIRE(target.store->execute(Command{"setup", {EntityChange{std::nullopt, Entity(m)}, EntityChange{std::nullopt, Entity(o)},
                                                        EntityChange{std::nullopt, Entity(b)}}}).ok());
        maria = 101;
        omar = 102;
    }
    const Notebook& nb() const { return target.store->notebook(); }
    ImportPlan plan(const std::string& csv) {
        auto r = parseCsvPeers(csv);
        INFO((r.ok() ? "" : r.error().message));
        REQUIRE(r.ok());
        auto p = planPeerImport(nb(), target.store->ids(), r.value(), "CSV file");
        INFO((p.ok() ? "" : p.error().message));
        REQUIRE(p.ok());
        return p.value();
    }
};

size_t factsOf(const Notebook& nb, EntityId peer, const char* label) {
    size_t n = 0;
    for (const auto& [id, f] : nb.all<Fact>()) n += f.peerId == peer && nameKey(f.text) == nameKey(label);
    return n;
}

}  // namespace

TEST_CASE("A contact named like a peer is merged: empty fields filled, different ones changed and listed", "[interchange][merge]") {
    TwoPeers t;
    const ImportPlan plan = t.plan(
        "Name,Title,Company,Birthday,Anniversary,Tags,Notes,Email\n"
        "maria  CHEN,CRO,Acme,1980-04-24,2010-05-01,emea; Board,Prefers mornings.,maria@acme.example\n"
        "Omar Haddad,CFO,Acme,--11-03,,,Two kids,\n"
        "Lucas Moreau,Finance,,,,,,\n");
    CHECK(plan.summary() == "Adds 1 peer, 2 facts. Updates 2 existing peers.");
    REQUIRE(plan.merges.size() == 2);
    CHECK(plan.merges[0].line == 2);
    CHECK(plan.merges[0].message ==
          "Maria Chen: Role: 'VP Sales' \xE2\x86\x92 'CRO'; adds tags 'Board'; adds to Notes 'Email: maria@acme.example'; "
          "Birthday: 1980-04-23 \xE2\x86\x92 1980-04-24; adds Anniversary 2010-05-01");
    CHECK(plan.merges[1].message == "Omar Haddad: adds Role 'CFO'; adds Team 'Acme'; adds to Notes 'Two kids'; adds Birthday --11-03");
    REQUIRE(plan.commands.size() == 1);  // one undoable step with the new peer
    CHECK(plan.commands[0].label == "Import 1 peer and update 2 peers from a CSV file");

    const Notebook before = t.nb();
    REQUIRE(applyImport(*t.target.store, plan).ok());
    const Peer& maria = *t.nb().findPeer(t.maria);
    CHECK(maria.name == "Maria Chen");  // the notebook's spelling stays
    CHECK(maria.role == "CRO");
    CHECK(maria.team == "Acme");
    CHECK(maria.tags == std::vector<std::string>{"emea", "Board"});
    CHECK(maria.notes == "Prefers mornings.\nEmail: maria@acme.example");
    CHECK(factsOf(t.nb(), t.maria, kBirthdayLabel) == 1);  // updated, not a second one
    CHECK(birthdayFacts(t.nb()).at(t.maria)->date == AnnualDate{1980, 4, 24});
    CHECK(importantDateFacts(t.nb(), ImportantDateKind::Anniversary).at(t.maria)->date == AnnualDate{2010, 5, 1});
    CHECK(t.nb().findPeer(t.omar)->role == "CFO");
    CHECK(t.nb().peers().size() == 3);
    REQUIRE(t.target.store->undo().ok());
    CHECK(t.nb() == before);
}

TEST_CASE("A merge never empties a field, keeps a known year, and repeats change nothing", "[interchange][merge]") {
    TwoPeers t;
    // Empty cells change nothing; --04-23 is Maria's birthday without the year we know.
    ImportPlan same = t.plan("Name,Title,Company,Birthday,Notes\nMaria Chen,,,--04-23,\nMaria Chen,VP Sales,Acme,1980-04-23,Prefers mornings.\n");
    CHECK(same.summary() == "Already there: 1 peer. Skips 1 duplicate.");
    CHECK(same.merges.empty());
    CHECK(same.changesNothing());
    // A merge is applied once: importing the same file again finds nothing new.
    const std::string csv = "Name,Title,Tags,Notes\nOmar Haddad,CFO,Board,Two kids\n";
    REQUIRE(applyImport(*t.target.store, t.plan(csv)).ok());
    const ImportPlan again = t.plan(csv);
    CHECK(again.summary() == "Already there: 1 peer.");
    CHECK(again.changesNothing());
}

TEST_CASE("A contact matching two peers of one name is skipped, not merged into either", "[interchange][merge]") {
    TwoPeers t;
    Peer twin;
    twin.id = 104;
    twin.name = "Omar  Haddad";
    REQUIRE(t.target.store->execute(Command{"twin", {EntityChange{std::nullopt, Entity(twin)}}}).ok());
    const ImportPlan plan = t.plan("Name,Title\nOmar Haddad,CFO\n");
    CHECK(plan.skipped == 1);
    REQUIRE(plan.conflicts.size() == 1);
    CHECK(plan.conflicts[0].message == "\"Omar Haddad\" matches 2 peers of the notebook; skipped (rename one, or edit it by hand).");
    CHECK(plan.changesNothing());
}

TEST_CASE("A merge that would break a field limit is a line error and nothing is imported", "[interchange][merge]") {
    TwoPeers t;
    auto r = parseCsvPeers("Name,Notes\nMaria Chen,\"" + std::string(20000, 'x') + "\"\n");
    REQUIRE(r.ok());
    auto plan = planPeerImport(t.nb(), t.target.store->ids(), r.value(), "CSV file");
    REQUIRE_FALSE(plan.ok());
    CHECK(plan.error().message.find("line 2: ") != std::string::npos);
    CHECK(plan.error().message.find("nothing was imported") != std::string::npos);
}

TEST_CASE("A vCard merges into a peer too: Apple's birthday without a year fills an empty one", "[interchange][merge]") {
    TwoPeers t;
    auto cards = parseVCards("BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Omar Haddad\r\nBDAY;X-APPLE-OMIT-YEAR=1604:1604-11-03\r\n"
                             "CATEGORIES:Board,Golf\r\nANNIVERSARY:--0602\r\nEND:VCARD\r\n");
    REQUIRE(cards.ok());
    auto plan = planPeerImport(t.nb(), t.target.store->ids(), cards.value(), "vCard file");
    REQUIRE(plan.ok());
    REQUIRE(plan.value().merges.size() == 1);
    CHECK(plan.value().merges[0].message == "Omar Haddad: adds tags 'Board, Golf'; adds Birthday --11-03; adds Anniversary --06-02");
    REQUIRE(applyImport(*t.target.store, plan.value()).ok());
    CHECK(birthdayFacts(t.nb()).at(t.omar)->date == AnnualDate{0, 11, 3});
    CHECK(t.nb().findPeer(t.omar)->tags == std::vector<std::string>{"Board", "Golf"});
}
