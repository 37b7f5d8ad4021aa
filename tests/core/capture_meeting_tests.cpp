// Tests of the capture phrases that belong in a 1:1 (an insight, a conflict), of lines read for the peer
// across the table in live mode, and of captureCommand: what each line files, where, and the refusals.
#include <catch2/catch.hpp>

#include "core/capture/capture_command.h"
#include "core/capture/capture_line.h"
#include "core/model/commands.h"
#include "core/rules/live_meeting.h"
#include "tests/core/test_support.h"

using namespace rapport;
using rapport::test::addPeerOk;
using rapport::test::applyOk;
using rapport::test::d;

namespace {

const CivilDate kToday = CivilDate::ymd(2026, 11, 30);  // a Monday

struct Fixture {
    Notebook nb;
    IdSource ids{43};
    EntityId maria = addPeerOk(nb, ids, "Maria Chen");
    EntityId dev = addPeerOk(nb, ids, "Dev Patel");
    EntityId meeting = kNoId;  // Maria's 1:1 today
    Fixture() {
        applyOk(nb, addFact(nb, ids, maria, FactCategory::Family, "Daughter Léa (7)"));
        meeting = entityId(*applyOk(nb, addMeeting(nb, ids, maria, kToday)).changes[0].after);
    }
    CaptureLine read(const std::string& line, EntityId about = kNoId) const {
        return readCaptureLine(nb, line, kToday, DateOrder::Unset, about);
    }
    // Files a line as read, for the peer it names (or the one across the table), in Maria's 1:1 when live.
    Result<Command> file(const std::string& line, bool live) {
        const CaptureLine r = read(line, live ? maria : kNoId);
        REQUIRE(r.peers.size() == 1);
        return captureCommand(nb, ids, r, CaptureTarget{r.peers[0], r.kind, r.category, live ? meeting : kNoId, kToday});
    }
    const Meeting& live() const { return *nb.findMeeting(meeting); }
};

}  // namespace

TEST_CASE("capture: insights, 'I believed ... / actually ...'", "[capture]") {
    Fixture f;
    struct Case {
        const char* line;
        const char* believed;
        const char* happened;
    };
    for (const Case& c : {
             Case{"Maria: I believed she wanted headcount / actually she wanted budget", "she wanted headcount", "she wanted budget"},
             Case{"Maria: I thought the reorg worried her, actually she proposed it", "the reorg worried her", "she proposed it"},
             Case{"Maria: I assumed that Q1 was fixed; actually it is open", "Q1 was fixed", "it is open"},
             Case{"Maria: I expected pushback but actually: full support", "pushback", "full support"},
             Case{"Dev: I believed Actually Inc was a client - actually a partner", "Actually Inc was a client", "a partner"},
         }) {
        INFO(c.line);
        const CaptureLine r = f.read(c.line);
        CHECK(r.kind == CaptureKind::Insight);
        CHECK(r.problem == "");
        CHECK(r.text == c.believed);
        CHECK(r.happened == c.happened);
        CHECK(r.peers.size() == 1);
    }
    const CaptureLine half = f.read("Maria: I believed she wanted headcount");
    CHECK(half.kind == CaptureKind::Insight);
    CHECK(half.problem.rfind("Say what really happened after \"actually\"", 0) == 0);
    CHECK(f.read("Maria: I believed / actually she wanted budget").problem.rfind("Say what you believed", 0) == 0);
    // Without a name, quick capture has no peer for it; across the table, it is theirs.
    CHECK(f.read("I believed X / actually Y").peers.empty());
    CHECK_FALSE(f.read("I believed X / actually Y").hasPeerPart);
    CHECK(f.read("I believed X / actually Y", f.maria).peers == std::vector<EntityId>{f.maria});
}

TEST_CASE("capture: conflicts with the issue and both positions", "[capture]") {
    Fixture f;
    struct Case {
        const char* line;
        const char* issue;
        const char* mine;
        const char* theirs;
    };
    for (const Case& c : {
             Case{"Maria: conflict: who owns onboarding / me: my team / them: hers", "who owns onboarding", "my team", "hers"},
             Case{"Maria: conflict over the Q3/Q4 roadmap", "the Q3/Q4 roadmap", "", ""},
             Case{"Maria: we disagree on pricing / I want a pilot first / she wants a full launch", "pricing",
                  "I want a pilot first", "she wants a full launch"},
             Case{"Dev: disagreement about hiring / they: freeze / mine: hire two", "hiring", "hire two", "freeze"},
             Case{"Maria: conflict about travel budget / their position: cut it", "travel budget", "", "cut it"},
         }) {
        INFO(c.line);
        const CaptureLine r = f.read(c.line);
        CHECK(r.kind == CaptureKind::Conflict);
        CHECK(r.problem == "");
        CHECK(r.text == c.issue);
        CHECK(r.mine == c.mine);
        CHECK(r.theirs == c.theirs);
    }
    CHECK(f.read("Maria: conflict: pricing / soon").problem == "Say whose position \"soon\" is: \"/ me: ...\" or \"/ them: ...\".");
    CHECK(f.read("Maria: conflict:").problem.rfind("Name the issue", 0) == 0);
    // "conflict:" is not a peer's name before a colon.
    const CaptureLine noName = f.read("conflict: who owns onboarding");
    CHECK(noName.kind == CaptureKind::Conflict);
    CHECK(noName.peers.empty());
    CHECK(f.read("conflict: who owns onboarding", f.maria).peers == std::vector<EntityId>{f.maria});
    // A fact that merely mentions a conflict stays a fact.
    CHECK(f.read("Maria: avoids conflict at all costs").kind == CaptureKind::Fact);
}

TEST_CASE("capture across the table: a line that names nobody is about the peer in the 1:1", "[capture][live]") {
    Fixture f;
    const CaptureLine fact = f.read("kids Léa and Tom", f.maria);
    CHECK(fact.kind == CaptureKind::Fact);
    CHECK(fact.peers == std::vector<EntityId>{f.maria});
    CHECK(fact.category == FactCategory::Family);
    const CaptureLine owe = f.read("I owe them the deck by fri", f.maria);
    CHECK(owe.kind == CaptureKind::Commitment);
    CHECK(owe.text == "the deck");
    CHECK(owe.due == d(2026, 12, 4));
    CHECK(owe.direction == CommitmentDirection::MeToThem);
    const CaptureLine theirs = f.read("she will send me the pricing model", f.maria);
    CHECK(theirs.kind == CaptureKind::Commitment);
    CHECK(theirs.direction == CommitmentDirection::ThemToMe);
    CHECK(theirs.text == "send the pricing model");
    // A line naming someone else is still about them.
    CHECK(f.read("I owe Dev the hiring plan", f.maria).peers == std::vector<EntityId>{f.dev});
    CHECK(f.read("Dev: plays chess", f.maria).peers == std::vector<EntityId>{f.dev});
    // A colon after a word that names no peer is part of what is said about the peer across the table.
    const CaptureLine colon = f.read("Q1: numbers are late", f.maria);
    CHECK(colon.peers == std::vector<EntityId>{f.maria});
    CHECK(colon.text == "Q1: numbers are late");
    const CaptureLine kid = f.read("Léa's birthday is 3 May", f.maria);
    CHECK(kid.kind == CaptureKind::ImportantDate);
    CHECK(kid.peers == std::vector<EntityId>{f.maria});
    // Without a peer across the table nothing changes for quick capture.
    CHECK(f.read("kids Léa and Tom").peers.empty());
}

TEST_CASE("captureCommand files each kind with the builder of the same thing in a form", "[capture][live]") {
    Fixture f;
    applyOk(f.nb, f.file("kids Léa and Tom", true));
    applyOk(f.nb, f.file("I owe them the deck by fri", true));
    applyOk(f.nb, f.file("Maria owes me the Q1 numbers", true));
    applyOk(f.nb, f.file("I believed she wanted headcount / actually she wanted budget", true));
    applyOk(f.nb, f.file("conflict: who owns onboarding / me: my team / them: hers", true));
    applyOk(f.nb, f.file("birthday 14 March", true));
    REQUIRE(f.live().insights.size() == 1);
    CHECK(f.live().insights[0] == Insight{"she wanted headcount", "she wanted budget"});
    REQUIRE(f.live().conflicts.size() == 1);
    CHECK(f.live().conflicts[0].issue == "who owns onboarding");
    CHECK(f.live().conflicts[0].myPosition == "my team");
    CHECK(f.live().conflicts[0].theirPosition == "hers");
    // The summary of the 1:1 finds what was captured in it.
    const MeetingSummary s = meetingSummary(f.nb, f.meeting, kToday).value();
    REQUIRE(s.iOwe.size() == 1);
    CHECK(s.iOwe[0]->text == "the deck");
    CHECK(s.iOwe[0]->due == d(2026, 12, 4));
    REQUIRE(s.theyOwe.size() == 1);
    CHECK(s.theyOwe[0]->text == "the Q1 numbers");
    REQUIRE(s.facts.size() == 1);
    CHECK(s.facts[0]->text == "kids Léa and Tom");
    // Quick capture (no 1:1 being held): a fact is not "learned at a 1:1", a commitment has no origin,
    // an insight goes into the peer's latest 1:1 on or before today.
    const Command fact = applyOk(f.nb, f.file("Maria: loves jazz", false));
    CHECK(std::get<Fact>(*fact.changes[0].after).learnedWhere == "");
    const Command owed = applyOk(f.nb, f.file("I owe Maria a coffee", false));
    CHECK(std::get<Commitment>(*owed.changes[0].after).origin == CommitmentOrigin::Other);
    applyOk(f.nb, f.file("Maria: I thought X, actually Y", false));
    CHECK(f.live().insights.size() == 2);
    const auto none = f.file("Dev: I thought X, actually Y", false);
    REQUIRE_FALSE(none.ok());
    CHECK(none.error().message == "There is no 1:1 with Dev Patel yet to keep it in: start one from their prep card.");
}

TEST_CASE("captureCommand refuses a line the reader refused, unless the user chose another kind", "[capture]") {
    Fixture f;
    const CaptureLine half = f.read("Maria: I believed she wanted headcount");
    const auto refused = captureCommand(f.nb, f.ids, half, CaptureTarget{f.maria, half.kind, half.category, kNoId, kToday});
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().message == half.problem);
    CHECK(f.live().insights.empty());
    // Filed as a fact by choice instead, it is filed as read.
    const Command c = applyOk(f.nb, captureCommand(f.nb, f.ids, half,
                                                   CaptureTarget{f.maria, CaptureKind::Fact, FactCategory::Other, kNoId, kToday}));
    CHECK(std::get<Fact>(*c.changes[0].after).text == "she wanted headcount");
}
