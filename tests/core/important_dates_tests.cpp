// Tests of important dates: labels, typed days, what is coming up and how it is said, and interest matches
// on the prep card.
#include <catch2/catch.hpp>

#include "core/model/important_dates.h"
#include "core/rules/important_dates.h"
#include "core/rules/prep_card.h"
#include "tests/core/test_support.h"

using namespace rapport;
using rapport::test::addPeerOk;
using rapport::test::applyOk;
using rapport::test::d;

namespace {

EntityId addDate(Notebook& nb, IdSource& ids, EntityId peer, const char* label, AnnualDate date) {
    Command c = applyOk(nb, addFact(nb, ids, peer, FactCategory::ImportantDate, label, std::nullopt, {}, date));
    return entityId(*c.changes.front().after);
}

}  // namespace

TEST_CASE("important-date labels name their kind", "[important_dates]") {
    CHECK(importantDateKind("Birthday") == ImportantDateKind::Birthday);
    CHECK(importantDateKind(" birthday ") == ImportantDateKind::Birthday);
    CHECK(importantDateKind("Anniversary") == ImportantDateKind::Anniversary);
    CHECK(importantDateKind("Work anniversary") == ImportantDateKind::WorkAnniversary);
    CHECK(importantDateKind("Léa's birthday") == ImportantDateKind::KidsBirthday);
    CHECK(importantDateKind("L\xC3\xA9" "a\xE2\x80\x99s birthday") == ImportantDateKind::KidsBirthday);
    CHECK(importantDateKind("Moved to Lisbon") == ImportantDateKind::Custom);
    CHECK(importantDateLabel(ImportantDateKind::KidsBirthday, " Tom ").value() == "Tom's birthday");
    CHECK(importantDateLabel(ImportantDateKind::Birthday, "ignored").value() == kBirthdayLabel);
    CHECK(importantDateLabel(ImportantDateKind::KidsBirthday, "").error().message == "Type the kid's name, e.g. \"Léa\".");
    CHECK_FALSE(importantDateLabel(ImportantDateKind::Custom, "  ").ok());
    Fact f{1, 2, FactCategory::ImportantDate, "Tom's birthday", std::nullopt, "", AnnualDate{0, 5, 3}};
    CHECK(isKidsBirthday(f));
    CHECK_FALSE(isBirthday(f));
    CHECK(kidName(f) == "Tom");
    f.date.reset();
    CHECK_FALSE(isImportantDate(f));
}

TEST_CASE("typed important dates become annual dates", "[important_dates]") {
    CHECK(parseAnnualDate("December 9 1979", DateOrder::Unset).value() == AnnualDate{1979, 12, 9});
    CHECK(parseAnnualDate("29 Feb", DateOrder::Unset).value() == AnnualDate{0, 2, 29});
    CHECK(parseAnnualDate("12/09", DateOrder::MonthDay).value() == AnnualDate{0, 12, 9});
    CHECK(parseAnnualDate("12/09", DateOrder::Unset).error().message.find("could be 12 Sep or 9 Dec") != std::string::npos);
    CHECK(annualDateText({1979, 12, 9}) == "9 Dec 1979");
    CHECK(annualDateText({0, 3, 14}) == "14 Mar");
}

TEST_CASE("important dates coming up, with the age and the words the screens show", "[important_dates]") {
    Notebook nb;
    IdSource ids(5);
    const EntityId maria = addPeerOk(nb, ids, "Maria Chen");
    const EntityId omar = addPeerOk(nb, ids, "Omar Haddad");
    addDate(nb, ids, maria, kBirthdayLabel, {1979, 12, 9});
    addDate(nb, ids, maria, "Léa's birthday", {2018, 12, 1});
    addDate(nb, ids, omar, kWorkAnniversaryLabel, {2021, 12, 13});
    addDate(nb, ids, omar, kAnniversaryLabel, {0, 12, 14});  // 14 days away: outside the window
    const CivilDate today = d(2026, 11, 30);
    const auto up = importantDatesComingUp(nb, today);
    REQUIRE(up.size() == 3);
    CHECK(describeImportantDate(up[0]) == "Léa's birthday: 1 Dec, tomorrow, turns 8");
    CHECK(describeImportantDate(up[0], "Maria Chen") == "Léa's birthday (Maria Chen): 1 Dec, tomorrow, turns 8");
    CHECK(describeImportantDate(up[1]) == "Birthday: 9 Dec, in 9 days, turns 47");
    CHECK(describeImportantDate(up[1], "Maria Chen") == "Maria Chen's birthday: 9 Dec, in 9 days, turns 47");
    CHECK(describeImportantDate(up[2], "Omar Haddad") == "Omar Haddad's work anniversary: 13 Dec, in 13 days, 5 years");
    CHECK(importantDatesComingUp(nb, today, 15).size() == 4);
    // Today counts; an archived peer's dates do not.
    CHECK(describeImportantDate(importantDatesComingUp(nb, d(2026, 12, 9))[0]) == "Birthday: 9 Dec, today, turns 47");
    applyOk(nb, archivePeer(nb, omar));
    CHECK(importantDatesComingUp(nb, today, 30).size() == 2);
    CHECK(importantDatesOf(nb, omar, today).size() == 2);
}

TEST_CASE("29 Feb birthdays are kept on 28 Feb in common years, and dates cross the year", "[important_dates]") {
    Notebook nb;
    IdSource ids(6);
    const EntityId p = addPeerOk(nb, ids, "Sam");
    addDate(nb, ids, p, kBirthdayLabel, {1980, 2, 29});
    addDate(nb, ids, p, kAnniversaryLabel, {0, 1, 3});
    auto feb = importantDatesOf(nb, p, d(2027, 2, 20));
    REQUIRE(feb.size() == 2);
    CHECK(feb[0].date == d(2027, 2, 28));
    CHECK(describeImportantDate(feb[0]) == "Birthday: 28 Feb, in 8 days, turns 47");
    CHECK(importantDatesOf(nb, p, d(2028, 2, 20))[0].date == d(2028, 2, 29));
    const auto turn = importantDatesComingUp(nb, d(2026, 12, 28));
    REQUIRE(turn.size() == 1);
    CHECK(describeImportantDate(turn[0]) == "Anniversary: 3 Jan, in 6 days");
}

TEST_CASE("the prep card lists interest matches until one becomes a connection", "[important_dates][connections]") {
    Notebook nb;
    IdSource ids(7);
    Settings s = nb.settings();
    s.myInterests = {"Swimming", "Jazz"};
    applyOk(nb, saveSettings(nb, ids, s));
    const EntityId p = addPeerOk(nb, ids, "Dev Patel");
    applyOk(nb, addFact(nb, ids, p, FactCategory::Sport, "Swimming lessons with his son on Saturdays"));
    auto card = prepCard(nb, p, d(2026, 11, 30));
    REQUIRE(card.ok());
    REQUIRE(card.value().interestMatches.size() == 1);
    CHECK(card.value().interestMatches[0].interest == "Swimming");
    applyOk(nb, addConnection(nb, ids, p, "Swimming", true));
    CHECK(prepCard(nb, p, d(2026, 11, 30)).value().interestMatches.empty());
}

TEST_CASE("the reminder to congratulate is worded per kind and noted once", "[important_dates]") {
    Notebook nb;
    IdSource ids(8);
    const EntityId p = addPeerOk(nb, ids, "Maria Chen");
    addDate(nb, ids, p, kBirthdayLabel, {0, 12, 9});
    addDate(nb, ids, p, "Léa's birthday", {0, 12, 1});
    const auto up = importantDatesComingUp(nb, d(2026, 11, 30));
    REQUIRE(up.size() == 2);
    CHECK(congratulationText(up[0], "Maria Chen") == "Ask Maria how Léa's birthday went");
    CHECK(congratulationText(up[1], "Maria Chen") == "Wish Maria a happy birthday");
    CHECK_FALSE(congratulationNoted(nb, up[1], "Maria Chen"));
    applyOk(nb, addCommitment(nb, ids, p, CommitmentDirection::MeToThem, congratulationText(up[1], "Maria Chen"),
                              d(2026, 11, 30), up[1].date));
    CHECK(congratulationNoted(nb, up[1], "Maria Chen"));
    CHECK_FALSE(congratulationNoted(nb, up[0], "Maria Chen"));
}
