// Tests of core/search: folding, word matching (AND, last word as a prefix), ranking, incremental
// updates that agree with a rebuild, and a hidden benchmark at 1,000 peers / 50,000 meetings.
#include <catch2/catch.hpp>

#include <algorithm>
#include <chrono>
#include <cstdio>

#include "core/model/commands.h"
#include "core/sample/sample_notebook.h"
#include "core/search/search_index.h"
#include "core/search/text_fold.h"

using namespace rapport;

namespace {

const CivilDate kToday = CivilDate::ymd(2025, 11, 24);

// A notebook built through the builders, each command applied and fed to the index as the app does.
struct Indexed {
    Notebook nb;
    IdSource ids{7};
    SearchIndex index;

    EntityId run(Result<Command> command) {
        REQUIRE(command.ok());
        REQUIRE(nb.apply(command.value()).ok());
        index.update(nb, command.value());
        for (const EntityChange& c : command.value().changes) {
            if (!c.before && c.after) return entityId(*c.after);
        }
        return kNoId;
    }
    void undo(const Command& command) {
        const Command inverse = inverted(command);
        REQUIRE(nb.apply(inverse).ok());
        index.update(nb, inverse);
    }
};

std::vector<std::string> titles(const std::vector<SearchHit>& hits) {
    std::vector<std::string> out;
    for (const SearchHit& h : hits) out.push_back(h.title);
    return out;
}

}  // namespace

TEST_CASE("folding lower-cases and removes Latin accents, and keeps other scripts", "[search]") {
    CHECK(foldText("Léa ÉLODIE Ñuño") == "lea elodie nuno");
    CHECK(foldText("Straße Œuvre Łódź") == "strasse oeuvre lodz");
    CHECK(foldText("東京 café") == "東京 cafe");
    CHECK(foldText(std::string("bad \xC3 byte")) == std::string("bad \xC3 byte"));
    CHECK(foldedWords("Maria: kids Léa & Tom (9)") == std::vector<std::string>{"maria", "kids", "lea", "tom", "9"});
    CHECK(clipText("héllo", 2) == "h");  // never cuts inside é
}

TEST_CASE("search finds peers, facts, meetings and commitments by any word, the last as a prefix", "[search]") {
    Indexed x;
    const EntityId maria = x.run(addPeer(x.nb, x.ids, "María Chen"));
    const EntityId omar = x.run(addPeer(x.nb, x.ids, "Omar Haddad"));
    const EntityId fact = x.run(addFact(x.nb, x.ids, maria, FactCategory::Family, "Kids Léa and Tom", kToday));
    const EntityId meeting = x.run(addMeeting(x.nb, x.ids, omar, kToday));
    x.run(addAgendaItem(x.nb, meeting, "Budget for the platform migration", TrustTier::Low, AgendaKind::Priority));
    x.run(addCommitment(x.nb, x.ids, omar, CommitmentDirection::MeToThem, "Send the hiring plan", kToday));

    CHECK(titles(x.index.search("mar", 10)).front() == "María Chen");
    const auto kids = x.index.search("LEA", 10);
    REQUIRE(kids.size() == 1);
    CHECK(kids[0].id == fact);
    CHECK(kids[0].peerId == maria);
    CHECK(kids[0].kind == EntityKind::Fact);
    CHECK(x.index.search("maria ki", 10).size() == 1);  // the fact is found by its peer's name too
    CHECK(x.index.search("maria omar", 10).empty());    // every word must match
    const auto agenda = x.index.search("migr", 10);
    REQUIRE(agenda.size() == 1);
    CHECK(agenda[0].kind == EntityKind::Meeting);
    CHECK(agenda[0].snippet == "Budget for the platform migration");
    CHECK(x.index.search("hiring", 10).at(0).kind == EntityKind::Commitment);
    CHECK(x.index.search("   ", 10).empty());
    CHECK(x.index.search("zzz", 10).empty());
}

TEST_CASE("title hits rank first, then the most recent", "[search]") {
    Indexed x;
    const EntityId ana = x.run(addPeer(x.nb, x.ids, "Ana"));
    x.run(addJournalEntry(x.nb, x.ids, kToday.addDays(-10), "Talked budget with Ana"));
    x.run(addJournalEntry(x.nb, x.ids, kToday, "Budget again, better"));
    x.run(addProject(x.nb, x.ids, "Budget process", {ana}, ProjectKind::WhiteSpace, kToday.addDays(-30)));
    const auto hits = x.index.search("budget", 10);
    REQUIRE(hits.size() == 3);
    CHECK(hits[0].title == "Budget process");  // the title holds the word
    CHECK(hits[1].title == "Journal, " + kToday.toIso());
    CHECK(hits[2].title == "Journal, " + kToday.addDays(-10).toIso());
    CHECK(x.index.search("budget", 2).size() == 2);
}

TEST_CASE("edits, deletes, undos and renames keep the index equal to a rebuild", "[search]") {
    Indexed x;
    const EntityId ana = x.run(addPeer(x.nb, x.ids, "Ana Lima"));
    x.run(addFact(x.nb, x.ids, ana, FactCategory::Hobbies, "Plays the cello", kToday));
    auto rename = renamePeer(x.nb, ana, "Ana Souza");
    REQUIRE(rename.ok());
    const Command renameCommand = rename.value();
    x.run(std::move(rename));
    CHECK(x.index.search("lima", 10).empty());
    CHECK(x.index.search("souza cello", 10).size() == 1);
    x.undo(renameCommand);
    CHECK(x.index.search("lima cello", 10).size() == 1);
    CHECK(x.index.search("souza", 10).empty());

    const SearchIndex rebuilt(x.nb);
    CHECK(rebuilt.size() == x.index.size());
    for (const char* q : {"ana", "cel", "lima", "plays the"}) {
        INFO(q);
        CHECK(titles(rebuilt.search(q, 10)) == titles(x.index.search(q, 10)));
    }
}

TEST_CASE("an index kept up to date over a whole sample notebook answers like a fresh one", "[search]") {
    SampleOptions options;
    options.today = kToday;
    auto commands = sampleCommands(options);
    REQUIRE(commands.ok());
    Notebook nb;
    SearchIndex incremental;
    for (const Command& c : commands.value()) {
        REQUIRE(nb.apply(c).ok());
        incremental.update(nb, c);
    }
    const SearchIndex rebuilt(nb);
    REQUIRE(rebuilt.size() == incremental.size());
    REQUIRE(rebuilt.size() > 50);
    for (const char* q : {"a", "the", "wh", "budget", "team pri", "kid", "1"}) {
        INFO(q);
        const auto a = rebuilt.search(q, 20);
        const auto b = incremental.search(q, 20);
        CHECK(titles(a) == titles(b));
    }
}

namespace {

// Every hit of a query, all that ranking and display depend on.
std::vector<std::string> everything(const SearchIndex& index, const char* q) {
    std::vector<std::string> out;
    for (const SearchHit& h : index.search(q, SIZE_MAX)) {
        out.push_back(std::to_string(h.id) + "|" + std::to_string(h.peerId) + "|" + h.title + "|" + h.snippet);
    }
    return out;
}

const char* const kStepQueries[] = {"a", "the", "wh", "budget", "team pri", "kid", "1", "1 1", "maria", "e"};

void checkSameAnswers(const SearchIndex& stepwise, const Notebook& nb) {
    const SearchIndex oneShot(nb);
    REQUIRE(stepwise.ready());
    CHECK(stepwise.size() == oneShot.size());
    for (const char* q : kStepQueries) {
        INFO(q);
        CHECK(everything(stepwise, q) == everything(oneShot, q));
    }
}

}  // namespace

TEST_CASE("an index read in steps answers like one read at once", "[search]") {
    SampleOptions options;
    options.today = kToday;
    auto nb = sampleNotebook(options);
    REQUIRE(nb.ok());
    SearchIndex index = SearchIndex::toBuild(nb.value());
    CHECK_FALSE(index.ready());
    CHECK(index.readiness(nb.value()) == 0.0);
    CHECK(index.search("a", 10).empty());
    double last = 0;
    int steps = 0;
    while (!index.indexSome(nb.value(), 13)) {
        const double now = index.readiness(nb.value());
        CHECK(now > last);  // progress only moves forward, and says "not yet" until done
        CHECK(now < 1.0);
        last = now;
        ++steps;
    }
    CHECK(steps > 5);
    CHECK(index.readiness(nb.value()) == 1.0);
    CHECK(index.indexSome(nb.value(), 13));  // nothing left: stays ready
    checkSameAnswers(index, nb.value());
}

TEST_CASE("changes made while the index is read in steps all end up in it", "[search]") {
    SampleOptions options;
    options.today = kToday;
    auto commands = sampleCommands(options);
    REQUIRE(commands.ok());
    const std::vector<Command>& all = commands.value();
    Notebook nb;
    const size_t half = all.size() / 2;
    for (size_t i = 0; i < half; ++i) REQUIRE(nb.apply(all[i]).ok());
    // The build starts on the first half; the second half arrives between its steps, as edits do.
    SearchIndex index = SearchIndex::toBuild(nb);
    size_t next = half;
    while (!index.indexSome(nb, 5)) {
        for (int k = 0; k < 3 && next < all.size(); ++k, ++next) {
            REQUIRE(nb.apply(all[next]).ok());
            index.update(nb, all[next]);
        }
    }
    CHECK(next < all.size());  // the build finished with edits still to come: they follow as updates
    for (; next < all.size(); ++next) {
        REQUIRE(nb.apply(all[next]).ok());
        index.update(nb, all[next]);
    }
    checkSameAnswers(index, nb);
}

TEST_CASE("a rename, a delete and an undo during a step-wise build reach the index", "[search]") {
    Notebook nb;
    IdSource ids(11);
    const auto run = [&](Result<Command> c, SearchIndex* index) {
        REQUIRE(c.ok());
        REQUIRE(nb.apply(c.value()).ok());
        if (index) index->update(nb, c.value());
        return c.value();
    };
    const auto created = [](const Command& c) { return entityId(*c.changes.front().after); };
    const EntityId ana = created(run(addPeer(nb, ids, "Ana Lima"), nullptr));
    const EntityId omar = created(run(addPeer(nb, ids, "Omar Haddad"), nullptr));
    const EntityId cello = created(run(addFact(nb, ids, ana, FactCategory::Hobbies, "Plays the cello", kToday), nullptr));
    run(addFact(nb, ids, omar, FactCategory::Family, "Twins, Léa and Tom", kToday), nullptr);
    const EntityId meeting = created(run(addMeeting(nb, ids, omar, kToday), nullptr));

    SearchIndex index = SearchIndex::toBuild(nb);
    REQUIRE_FALSE(index.indexSome(nb, 1));  // Ana is in; her fact and the rest are not yet
    CHECK(index.search("ana", 10).size() == 1);
    run(renamePeer(nb, ana, "Ana Souza"), &index);               // read already: re-indexed now
    run(deleteEntity(nb, cello), &index);                          // not read yet: must not appear
    const Command agenda =
        run(addAgendaItem(nb, meeting, "Budget for the migration", TrustTier::Low, AgendaKind::Priority), &index);
    run(addFact(nb, ids, ana, FactCategory::Travel, "Runs the Lisbon marathon", kToday), &index);  // new, after the cursor
    REQUIRE_FALSE(index.indexSome(nb, 2));
    const Command inverse = inverted(agenda);
    REQUIRE(nb.apply(inverse).ok());
    index.update(nb, inverse);
    while (!index.indexSome(nb, 1)) {
    }
    CHECK(index.search("lima", 10).empty());
    CHECK(index.search("souza", 10).size() == 2);  // the peer and her new fact (the cello is gone)
    CHECK(index.search("souza lis", 10).size() == 1);
    CHECK(index.search("cello", 10).empty());
    CHECK(index.search("migration", 10).empty());
    CHECK(index.search("lea", 10).size() == 1);
    checkSameAnswers(index, nb);
}

TEST_CASE("search at 1,000 peers and 50,000 meetings", "[.bench]") {
    Notebook nb;
    IdSource ids(3);
    std::vector<Entity> all;
    const char* const words[] = {"budget", "hiring", "roadmap", "pricing", "offsite", "migration", "churn", "launch"};
    for (EntityId i = 1; i <= 1000; ++i) {
        Peer peer;
        peer.id = i;
        peer.name = "Peer" + std::to_string(i) + " Name" + std::to_string(i % 97);
        all.push_back(peer);
    }
    for (EntityId m = 0; m < 50000; ++m) {
        Meeting meeting;
        meeting.id = 10000 + m;
        meeting.peerId = 1 + m % 1000;
        meeting.date = kToday.addDays(-static_cast<int32_t>(m % 2000));
        meeting.held = true;
        meeting.notes = std::string("Talked about ") + words[m % 8] + " and " + words[(m / 8) % 8] + " item" +
                        std::to_string(m % 5000);
        all.push_back(meeting);
    }
    auto built = Notebook::fromEntities(all);
    REQUIRE(built.ok());
    const auto t0 = std::chrono::steady_clock::now();
    const SearchIndex index(built.value());
    const double buildMs = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0).count();
    std::vector<double> times;
    for (const char* q : {"peer12", "budget hir", "item42", "name5", "roadm", "migration churn", "peer999 n", "launch"}) {
        const auto q0 = std::chrono::steady_clock::now();
        const auto hits = index.search(q, 20);
        times.push_back(std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - q0).count());
        CHECK(!hits.empty());
    }
    std::sort(times.begin(), times.end());
    std::printf("search index: build %.0f ms, query p50 %.3f ms, max %.3f ms\n", buildMs, times[times.size() / 2],
                times.back());
}
