// Tests of quick-capture lines: realistic phrases a leader types right after a conversation, what each
// files (fact, commitment with its due date, important date) for whom, and the refusals with their messages.
#include <catch2/catch.hpp>

#include <sstream>

#include "core/capture/capture_line.h"
#include "tests/core/test_support.h"

using namespace rapport;
using rapport::test::addPeerOk;
using rapport::test::applyOk;

namespace {

const CivilDate kToday = CivilDate::ymd(2026, 11, 30);  // a Monday
constexpr AnnualDate kNoDate{0, 0, 0};

struct Expect {
    const char* line;
    CaptureKind kind;
    const char* peers;    // names, comma separated ("" = none)
    const char* text;     // what is filed ("" when the line is refused)
    const char* due = "";  // ISO
    AnnualDate date = kNoDate;  // for important dates (month 0 = none expected)
    const char* problem = "";  // start of the refusal
    CommitmentDirection direction = CommitmentDirection::MeToThem;
};

constexpr auto kFact = CaptureKind::Fact;
constexpr auto kOwed = CaptureKind::Commitment;
constexpr auto kDate = CaptureKind::ImportantDate;
constexpr auto kThem = CommitmentDirection::ThemToMe;

struct Fixture {
    Notebook nb;
    IdSource ids{42};
    Fixture() {
        for (const char* name : {"Maria Chen", "Dev Patel", "Sam Okafor", "Omar Haddad", "Ana Lima", "Anna Berg"}) {
            addPeerOk(nb, ids, name);
        }
        applyOk(nb, addFact(nb, ids, idOf("Maria Chen"), FactCategory::Family, "Daughter Léa (7) and son Tom (4)"));
        applyOk(nb, addFact(nb, ids, idOf("Dev Patel"), FactCategory::Family, "Daughter Zoe plays chess"));
        applyOk(nb, addFact(nb, ids, idOf("Omar Haddad"), FactCategory::Family, "Niece Zoe lives with them"));
    }
    EntityId idOf(const std::string& name) const {
        for (const auto& [id, p] : nb.peers()) {
            if (p.name == name) return id;
        }
        FAIL("no peer " << name);
        return kNoId;
    }
    std::string names(const std::vector<EntityId>& peerIds) const {
        std::string out;
        for (EntityId id : peerIds) out += (out.empty() ? "" : ",") + nb.findPeer(id)->name;
        return out;
    }
};

void check(const Fixture& f, const std::vector<Expect>& lines, DateOrder order = DateOrder::Unset) {
    for (const Expect& e : lines) {
        INFO("typed: '" << e.line << "'");
        const CaptureLine r = readCaptureLine(f.nb, e.line, kToday, order);
        CHECK(f.names(r.peers) == e.peers);
        CHECK(int(r.kind) == int(e.kind));
        if (*e.problem) {
            CHECK(r.problem.rfind(e.problem, 0) == 0);
            INFO("problem: " << r.problem);
            continue;
        }
        CHECK(r.problem.empty());
        CHECK(r.text == e.text);
        CHECK((r.due ? r.due->toIso() : std::string()) == e.due);
        if (e.kind == CaptureKind::Commitment) CHECK(int(r.direction) == int(e.direction));
        if (e.date.month != 0) {
            REQUIRE(r.date);
            CHECK(*r.date == e.date);
        } else {
            CHECK_FALSE(r.date);
        }
    }
}

}  // namespace

TEST_CASE("capture: facts about a peer", "[capture]") {
    Fixture f;
    check(f, {
        {"Maria: loves trail running", kFact, "Maria Chen", "loves trail running"},
        {"maria: Daughter Léa starts school in May", kFact, "Maria Chen", "Daughter Léa starts school in May"},
        {"Dev: big fan of Fleetwood Mac", kFact, "Dev Patel", "big fan of Fleetwood Mac"},
        {"Sam: vegetarian, loves Ethiopian food", kFact, "Sam Okafor", "vegetarian, loves Ethiopian food"},
        {"Omar: back from parental leave", kFact, "Omar Haddad", "back from parental leave"},
        {"Ana: her dog Rex is 3", kFact, "Ana Lima", "her dog Rex is 3"},
        {"Chen: twins start school in September", kFact, "Maria Chen", "twins start school in September"},
        {"Patel: moving to Lisbon next year", kFact, "Dev Patel", "moving to Lisbon next year"},
        {"Okafor: plays jazz piano", kFact, "Sam Okafor", "plays jazz piano"},
        {"Maria Chen: went to her niece's birthday party", kFact, "Maria Chen", "went to her niece's birthday party"},
        {"an: back from leave", kFact, "Ana Lima,Anna Berg", "back from leave"},
        {"nobody: hello", kFact, "", "hello"},
        {"no colon here", kFact, "", "no colon here"},
        {"Dev: the team won the offsite quiz", kFact, "Dev Patel", "the team won the offsite quiz"},
        {"Maria: celebrated her promotion by the sea", kFact, "Maria Chen", "celebrated her promotion by the sea"},
        {"Dev: birthday party for his son on Saturday", kFact, "Dev Patel", "birthday party for his son on Saturday"},
        {"  Maria:   loves jazz  ", kFact, "Maria Chen", "loves jazz"},
        {"I owe Zed the plan", kFact, "", "I owe Zed the plan"},
    });
    CHECK(readCaptureLine(f.nb, "Ana: her dog Rex is 3", kToday).category == FactCategory::Pets);
    CHECK(readCaptureLine(f.nb, "Maria: loves trail running", kToday).category == FactCategory::Sport);
}

TEST_CASE("capture: commitments lose the owing verb and keep the due date", "[capture]") {
    Fixture f;
    check(f, {
        {"Dev: I owe him the hiring plan by fri", kOwed, "Dev Patel", "the hiring plan", "2026-12-04"},
        {"I owe Dev the hiring plan by fri", kOwed, "Dev Patel", "the hiring plan", "2026-12-04"},
        {"I owe Dev Patel the hiring plan", kOwed, "Dev Patel", "the hiring plan"},
        {"I owe Dev Patel: the hiring plan", kOwed, "Dev Patel", "the hiring plan"},
        {"I owe dev the slides by Friday", kOwed, "Dev Patel", "the slides", "2026-12-04"},
        {"Sam owes me the Q1 numbers", kOwed, "Sam Okafor", "the Q1 numbers", "", kNoDate, "", kThem},
        {"Sam owes me: the Q1 numbers", kOwed, "Sam Okafor", "the Q1 numbers", "", kNoDate, "", kThem},
        {"Sam: owes me the Q1 numbers", kOwed, "Sam Okafor", "the Q1 numbers", "", kNoDate, "", kThem},
        {"Sam: he owes me the Q1 numbers by next thu", kOwed, "Sam Okafor", "the Q1 numbers", "2026-12-10", kNoDate, "", kThem},
        {"Omar: I'll send the budget deck by tomorrow", kOwed, "Omar Haddad", "send the budget deck", "2026-12-01"},
        {"Omar: I will intro him to Raj by end of month", kOwed, "Omar Haddad", "intro him to Raj", "2026-11-30"},
        {"Maria: she will send me the pricing model by 14 Dec", kOwed, "Maria Chen", "send the pricing model", "2026-12-14", kNoDate, "", kThem},
        {"Maria: they owe me feedback on the offer due next week", kOwed, "Maria Chen", "feedback on the offer", "2026-12-07", kNoDate, "", kThem},
        {"Ana: review the draft by 2026-12-15", kOwed, "Ana Lima", "review the draft", "2026-12-15"},
        {"Ana Lima: share the roadmap by 5 Jan", kOwed, "Ana Lima", "share the roadmap", "2027-01-05"},
        {"Dev: I promised to review his promo case by thursday", kOwed, "Dev Patel", "review his promo case", "2026-12-03"},
        {"Sam: I'll book the team dinner by next fri", kOwed, "Sam Okafor", "book the team dinner", "2026-12-11"},
        {"Dev: I owe him a coffee", kOwed, "Dev Patel", "a coffee"},
        {"Maria: owes me the churn analysis by eom", kOwed, "Maria Chen", "the churn analysis", "2026-11-30", kNoDate, "", kThem},
        {"Omar owes me the vendor list by mon", kOwed, "Omar Haddad", "the vendor list", "2026-11-30", kNoDate, "", kThem},
        {"Omar: I owe him the budget by friday", kOwed, "Omar Haddad", "the budget", "2026-12-04"},
        {"Dev: send the offer letter due 12/25", kOwed, "Dev Patel", "send the offer letter", "2026-12-25"},
        {"Dev: I owe him the deck by next thursday", kOwed, "Dev Patel", "the deck", "2026-12-10"},
        {"Sam: I owe him the intro in 2 weeks", kOwed, "Sam Okafor", "the intro in 2 weeks"},
    });
}

TEST_CASE("capture: commitments refused with the reason", "[capture]") {
    Fixture f;
    check(f, {
        {"I owe Sam the contract by 9/12", kOwed, "Sam Okafor", "", "", kNoDate,
         "The due date: '9/12' could be 9 Dec or 12 Sep: set the date order in Settings or type '9 Dec'."},
        {"I owe Sam the contract by 31 April", kOwed, "Sam Okafor", "", "", kNoDate, "The due date: 31 April does not exist."},
        {"Dev: I owe him", kOwed, "Dev Patel", "", "", kNoDate, "Say what is owed"},
        {"Dev: send the plan by 30 Feb", kOwed, "Dev Patel", "", "", kNoDate, "The due date: 30 February does not exist."},
    });
    // With the date order set, "9/12" is read and not refused.
    check(f, {{"I owe Sam the contract by 9/12", kOwed, "Sam Okafor", "the contract", "2026-12-09"}}, DateOrder::DayMonth);
}

TEST_CASE("capture: birthdays and other important dates", "[capture]") {
    Fixture f;
    check(f, {
        {"Maria: birthday 14 March", kDate, "Maria Chen", "Birthday", "", {0, 3, 14}},
        {"Maria's birthday is 14 March", kDate, "Maria Chen", "Birthday", "", {0, 3, 14}},
        {"Maria Chen's birthday is March 14 1979", kDate, "Maria Chen", "Birthday", "", {1979, 3, 14}},
        {"Maria: her birthday is on 14 March", kDate, "Maria Chen", "Birthday", "", {0, 3, 14}},
        {"Léa's birthday is 3 May", kDate, "Maria Chen", "Léa's birthday", "", {0, 5, 3}},
        {"Maria: Léa's birthday is 3 May", kDate, "Maria Chen", "Léa's birthday", "", {0, 5, 3}},
        {"maria: L\xC3\xA9" "a\xE2\x80\x99s birthday is 3 May", kDate, "Maria Chen", "L\xC3\xA9" "a\xE2\x80\x99s birthday", "", {0, 5, 3}},
        {"Dev: work anniversary 2019-06-01", kDate, "Dev Patel", "Work anniversary", "", {2019, 6, 1}},
        {"Dev: wedding anniversary 21 Aug", kDate, "Dev Patel", "Anniversary", "", {0, 8, 21}},
        {"Sam: birthday 29 Feb", kDate, "Sam Okafor", "Birthday", "", {0, 2, 29}},
        {"Zoe's birthday is 1 June", kDate, "Dev Patel,Omar Haddad", "Zoe's birthday", "", {0, 6, 1}},
        {"Omar: his birthday is December 9", kDate, "Omar Haddad", "Birthday", "", {0, 12, 9}},
        {"Ana: birthday on the 3rd of May", kDate, "Ana Lima", "Birthday", "", {0, 5, 3}},
        {"Dev Patel: Maya's birthday 2 Feb 2015", kDate, "Dev Patel", "Maya's birthday", "", {2015, 2, 2}},
        {"Maria: Maria's birthday is 14 March", kDate, "Maria Chen", "Birthday", "", {0, 3, 14}},
        {"Sam Okafor's birthday: 1980-07-04", kDate, "Sam Okafor", "Birthday", "", {1980, 7, 4}},
    });
    check(f, {{"Ana: anniversary 9/12", kDate, "Ana Lima", "Anniversary", "", {0, 12, 9}}}, DateOrder::DayMonth);
}

TEST_CASE("capture: important dates refused with the reason", "[capture]") {
    Fixture f;
    check(f, {
        {"Tom's birthday 12/09", kDate, "Maria Chen", "", "", kNoDate, "'12/09' could be 12 Sep or 9 Dec"},
        {"Sam: birthday 31 April", kDate, "Sam Okafor", "", "", kNoDate, "31 April does not exist."},
        {"Sam: birthday 29 Feb 1981", kDate, "Sam Okafor", "", "", kNoDate,
         "29 February 1981 does not exist: 1981 is not a leap year."},
        {"Kai's birthday is 1 June", kDate, "", "", "", kNoDate, "No peer or kid named Kai in the notebook"},
        {"Sam's birthday", kDate, "Sam Okafor", "", "", kNoDate, "End with the day, e.g. \"Sam's birthday is 3 May\"."},
    });
}
