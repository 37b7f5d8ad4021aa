// The sample notebook: it builds, it is the same for the same seed, it has every practice in it, and
// it replays into a real store.
#include <catch2/catch.hpp>

#include <set>

#include "core/rules/prep_card.h"
#include "core/rules/relationships.h"
#include "core/rules/week_plan.h"
#include "core/sample/sample_notebook.h"
#include "core/store/memory_medium.h"
#include "core/store/notebook_store.h"

using namespace rapport;

namespace {
const CivilDate kToday = CivilDate::ymd(2026, 11, 24);
}

TEST_CASE("the demo sample has every practice in it", "[sample]") {
    const auto nb = sampleNotebook(SampleOptions{kToday});
    INFO((nb ? std::string() : nb.error().message));
    REQUIRE(nb.ok());
    const Notebook& n = nb.value();
    CHECK(n.peers().size() == 12);
    CHECK(n.all<Fact>().size() >= 12 * 4);
    CHECK(n.all<OneOnOneSeries>().size() == 10);
    CHECK(n.all<Meeting>().size() > 50);
    CHECK(n.all<Commitment>().size() == 36);
    CHECK(n.all<JointProject>().size() == 3);
    CHECK(n.all<Ritual>().size() == 3);
    CHECK(n.all<ExecPreview>().size() == 1);
    CHECK(n.all<JournalEntry>().size() == 2);
    // It gives the home page something to show.
    const WeekPlan plan = weekPlan(n, kToday);
    size_t items = 0;
    for (const PlanDay& day : plan.days) items += day.items.size();
    CHECK(items >= 5);
    CHECK_FALSE(seriesDueForReview(n, kToday).empty());
    const auto card = prepCard(n, n.peers().begin()->first, kToday);
    REQUIRE(card.ok());
    CHECK_FALSE(card.value().facts.empty());
    CHECK_FALSE(card.value().carriedOver.empty());
}

TEST_CASE("the same seed gives the same sample, another seed another one", "[sample]") {
    const auto a = sampleNotebook(SampleOptions{kToday, 6, 2, 3, 42});
    const auto b = sampleNotebook(SampleOptions{kToday, 6, 2, 3, 42});
    const auto c = sampleNotebook(SampleOptions{kToday, 6, 2, 3, 43});
    REQUIRE((a.ok() && b.ok() && c.ok()));
    CHECK(a.value() == b.value());
    CHECK(a.value() != c.value());
}

TEST_CASE("a larger sample builds with unique peer names", "[sample]") {
    const auto nb = sampleNotebook(SampleOptions{kToday, 300, 12, 3, 7});
    INFO((nb ? std::string() : nb.error().message));
    REQUIRE(nb.ok());
    std::set<std::string> names;
    for (const auto& [id, peer] : nb.value().peers()) names.insert(peer.name);
    CHECK(names.size() == 300);
    CHECK(nb.value().all<Meeting>().size() > 3000);
}

TEST_CASE("the sample's commands replay into a store and reopen the same", "[sample]") {
    const auto commands = sampleCommands(SampleOptions{kToday, 5, 2});
    REQUIRE(commands.ok());
    store::MemoryMedium medium;
    FixedClock clock(1'764'000'000'000, kToday);
    {
        auto opened = NotebookStore::open(medium, "/demo", clock);
        REQUIRE(opened.ok());
        for (const Command& c : commands.value()) REQUIRE(opened.value()->execute(c).ok());
    }
    auto reopened = NotebookStore::open(medium, "/demo", clock);
    REQUIRE(reopened.ok());
    CHECK(reopened.value()->notebook() == sampleNotebook(SampleOptions{kToday, 5, 2}).value());
}
