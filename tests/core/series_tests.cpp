// Tests of 1:1 series: recommended cadence and weekday, occurrence generation (weekday-pinned starts,
// month ends, leap days, year ends), skip/move, the 3-month review rule and review decisions.
#include <catch2/catch.hpp>

#include "core/model/commands.h"
#include "core/model/recurrence.h"
#include "test_support.h"

using namespace rapport;
using rapport::test::applyOk;
using rapport::test::d;

namespace {

OneOnOneSeries series(Cadence c, Weekday w, CivilDate start) {
    OneOnOneSeries s;
    s.id = 1;
    s.peerId = 2;
    s.cadence = c;
    s.weekday = w;
    s.start = start;
    s.review = start.addMonths(3);
    return s;
}

const Cadence kWeekly{CadenceKind::Weekly, 1};
const Cadence kBiWeekly{CadenceKind::BiWeekly, 2};
const Cadence kMonthly{CadenceKind::Monthly, 4};

}  // namespace

TEST_CASE("recommended cadence follows interdependence", "[series]") {
    Peer p;
    p.interdependence = Interdependence::Strong;
    CHECK(recommendedCadence(p).kind == CadenceKind::Weekly);
    p.interdependence = Interdependence::Moderate;
    CHECK(recommendedCadence(p).kind == CadenceKind::BiWeekly);
    p.interdependence = Interdependence::Light;
    CHECK(recommendedCadence(p).kind == CadenceKind::Monthly);
    p.onLeadershipTeam = true;  // leadership team only: still monthly
    CHECK(recommendedCadence(p).kind == CadenceKind::Monthly);
}

TEST_CASE("preferred weekday by relationship kind, configurable", "[series]") {
    Settings s;
    Peer p;
    p.relationship = RelationshipKind::DirectReport;
    CHECK(preferredWeekday(p, s) == Weekday::Tuesday);
    p.relationship = RelationshipKind::Peer;
    CHECK(preferredWeekday(p, s) == Weekday::Thursday);
    s.peerWeekday = Weekday::Wednesday;
    CHECK(preferredWeekday(p, s) == Weekday::Wednesday);
}

TEST_CASE("a weekday-pinned series whose start is another weekday begins on the next such weekday", "[series]") {
    // 2024-03-01 is a Friday; a Tuesday series starts on 2024-03-05.
    auto s = series(kWeekly, Weekday::Tuesday, d(2024, 3, 1));
    CHECK(firstOccurrence(s) == d(2024, 3, 5));
    auto v = ruleOccurrences(s, d(2024, 2, 1), d(2024, 3, 20));
    REQUIRE(v.size() == 3);
    CHECK(v[0] == d(2024, 3, 5));
    CHECK(v[2] == d(2024, 3, 19));
    // Starting on the weekday itself includes the start.
    auto t = series(kWeekly, Weekday::Friday, d(2024, 3, 1));
    CHECK(firstOccurrence(t) == d(2024, 3, 1));
}

TEST_CASE("a bi-weekly series runs across a year end and a leap day", "[series]") {
    auto s = series(kBiWeekly, Weekday::Thursday, d(2023, 12, 14));
    auto v = ruleOccurrences(s, d(2023, 12, 20), d(2024, 3, 10));
    std::vector<CivilDate> expect = {d(2023, 12, 28), d(2024, 1, 11), d(2024, 1, 25), d(2024, 2, 8),
                                     d(2024, 2, 22), d(2024, 3, 7)};
    CHECK(v == expect);
    CHECK(isRuleOccurrence(s, d(2024, 2, 22)));
    CHECK_FALSE(isRuleOccurrence(s, d(2024, 2, 29)));
    // Every 3 weeks from a leap day.
    auto e = series(Cadence{CadenceKind::EveryNWeeks, 3}, Weekday::Thursday, d(2024, 2, 29));
    CHECK(ruleOccurrences(e, d(2024, 2, 1), d(2024, 4, 1)) == std::vector<CivilDate>{d(2024, 2, 29), d(2024, 3, 21)});
}

TEST_CASE("a monthly series keeps the n-th weekday; a fifth becomes the last", "[series]") {
    // 2024-01-09 is the 2nd Tuesday of January.
    auto s = series(kMonthly, Weekday::Tuesday, d(2024, 1, 8));
    auto v = ruleOccurrences(s, d(2024, 1, 1), d(2024, 4, 30));
    CHECK(v == std::vector<CivilDate>{d(2024, 1, 9), d(2024, 2, 13), d(2024, 3, 12), d(2024, 4, 9)});
    // 2024-01-30 is the 5th Tuesday: later months use their last Tuesday.
    auto l = series(kMonthly, Weekday::Tuesday, d(2024, 1, 30));
    auto w = ruleOccurrences(l, d(2024, 1, 1), d(2024, 5, 31));
    CHECK(w == std::vector<CivilDate>{d(2024, 1, 30), d(2024, 2, 27), d(2024, 3, 26), d(2024, 4, 30), d(2024, 5, 28)});
    // Across a year end.
    auto y = series(kMonthly, Weekday::Thursday, d(2024, 11, 1));
    CHECK(ruleOccurrences(y, d(2024, 12, 1), d(2025, 2, 28)) ==
          std::vector<CivilDate>{d(2024, 12, 5), d(2025, 1, 2), d(2025, 2, 6)});
    CHECK(nthWeekdayOfMonth(2024, 2, Weekday::Thursday, 5) == d(2024, 2, 29));
    CHECK(nthWeekdayOfMonth(2023, 2, Weekday::Thursday, 5) == d(2023, 2, 23));
}

TEST_CASE("an ended series has no occurrences", "[series]") {
    auto s = series(kWeekly, Weekday::Monday, d(2024, 1, 1));
    s.active = false;
    CHECK(ruleOccurrences(s, d(2024, 1, 1), d(2024, 12, 31)).empty());
    CHECK_FALSE(nextOccurrence(s, d(2024, 1, 1)).has_value());
}

TEST_CASE("addSeries uses the recommendation and the 3-month review", "[series]") {
    Notebook nb;
    IdSource ids(5);
    const EntityId maria = rapport::test::addPeerOk(nb, ids, "Maria");
    Peer p = *nb.findPeer(maria);
    p.interdependence = Interdependence::Strong;
    p.relationship = RelationshipKind::DirectReport;
    applyOk(nb, updateEntity(nb, p, "edit"));
    Command c = applyOk(nb, addSeries(nb, ids, maria, d(2024, 11, 30)));
    const auto& s = std::get<OneOnOneSeries>(*c.changes[0].after);
    CHECK(s.cadence.kind == CadenceKind::Weekly);
    CHECK(s.weekday == Weekday::Tuesday);
    CHECK(s.durationMinutes == 30);
    CHECK(s.review == d(2025, 2, 28));  // Nov 30 + 3 months clamps to Feb 28
    CHECK(c.label == "Started regular 1:1s with Maria");

    // The review may not be later than 3 months after the start, nor on/before it.
    auto late = setSeriesReview(nb, s.id, d(2025, 3, 1));
    REQUIRE_FALSE(late.ok());
    CHECK(late.error().message.find("3 months") != std::string::npos);
    CHECK_FALSE(setSeriesReview(nb, s.id, d(2024, 11, 30)).ok());
    applyOk(nb, setSeriesReview(nb, s.id, d(2025, 1, 15)));
    // Archived peers get no new series.
    applyOk(nb, archivePeer(nb, maria));
    CHECK_FALSE(addSeries(nb, ids, maria, d(2025, 1, 1)).ok());
}

TEST_CASE("skip and move one occurrence", "[series]") {
    Notebook nb;
    IdSource ids(6);
    const EntityId peer = rapport::test::addPeerOk(nb, ids, "Omar");
    Command c = applyOk(nb, addSeries(nb, ids, peer, d(2024, 1, 1), kWeekly, Weekday::Thursday));
    const EntityId sid = entityId(*c.changes[0].after);
    CHECK_FALSE(skipOccurrence(nb, sid, d(2024, 1, 5)).ok());  // a Friday: not an occurrence
    applyOk(nb, skipOccurrence(nb, sid, d(2024, 1, 11)));
    CHECK_FALSE(skipOccurrence(nb, sid, d(2024, 1, 11)).ok());
    applyOk(nb, rescheduleOccurrence(nb, sid, d(2024, 1, 18), d(2024, 1, 19)));
    CHECK_FALSE(rescheduleOccurrence(nb, sid, d(2024, 1, 25), d(2024, 2, 1)).ok());  // collides
    const auto occ = occurrences(*nb.findSeries(sid), d(2024, 1, 1), d(2024, 1, 31));
    REQUIRE(occ.size() == 3);  // Jan 4, 11 (skipped), 18 -> 19, 25
    CHECK(occ[0].date == d(2024, 1, 4));
    CHECK(occ[1].date == d(2024, 1, 19));
    CHECK(occ[1].original == d(2024, 1, 18));
    CHECK(occ[1].moved());
    CHECK(occ[2].date == d(2024, 1, 25));
    // A move across a month end is still found from the new month's window.
    applyOk(nb, rescheduleOccurrence(nb, sid, d(2024, 2, 1), d(2024, 1, 31)));
    CHECK(occurrences(*nb.findSeries(sid), d(2024, 1, 29), d(2024, 2, 4)).front().date == d(2024, 1, 31));
}

TEST_CASE("review decisions start a new period", "[series]") {
    Notebook nb;
    IdSource ids(7);
    const EntityId peer = rapport::test::addPeerOk(nb, ids, "Lee");
    Command c = applyOk(nb, addSeries(nb, ids, peer, d(2024, 1, 4), kBiWeekly, Weekday::Thursday));
    const EntityId sid = entityId(*c.changes[0].after);
    CHECK(nb.findSeries(sid)->review == d(2024, 4, 4));
    applyOk(nb, decideSeriesReview(nb, sid, ReviewDecision::LessOften, d(2024, 4, 5)));
    const OneOnOneSeries* s = nb.findSeries(sid);
    CHECK(s->cadence.kind == CadenceKind::Monthly);
    CHECK(s->start == d(2024, 4, 11));  // the old rule's next occurrence keeps the rhythm
    CHECK(s->review == d(2024, 7, 11));
    REQUIRE(s->history.size() == 1);
    CHECK(s->history[0].decision == ReviewDecision::LessOften);
    CHECK(s->history[0].cadence.kind == CadenceKind::BiWeekly);
    applyOk(nb, decideSeriesReview(nb, sid, ReviewDecision::MoreOften, d(2024, 7, 11)));
    applyOk(nb, decideSeriesReview(nb, sid, ReviewDecision::MoreOften, d(2024, 10, 11)));
    CHECK(nb.findSeries(sid)->cadence.kind == CadenceKind::Weekly);
    auto tooMuch = decideSeriesReview(nb, sid, ReviewDecision::MoreOften, d(2025, 1, 20));
    REQUIRE_FALSE(tooMuch.ok());
    CHECK(tooMuch.error().message.find("weekly") != std::string::npos);
    applyOk(nb, decideSeriesReview(nb, sid, ReviewDecision::End, d(2025, 1, 20)));
    CHECK_FALSE(nb.findSeries(sid)->active);
    CHECK_FALSE(decideSeriesReview(nb, sid, ReviewDecision::Keep, d(2025, 2, 1)).ok());
}

TEST_CASE("cadence steps", "[series]") {
    CHECK(moreOften(kWeekly) == std::nullopt);
    CHECK(moreOften(kMonthly)->kind == CadenceKind::BiWeekly);
    CHECK(moreOften(Cadence{CadenceKind::EveryNWeeks, 6})->kind == CadenceKind::Monthly);
    CHECK(moreOften(Cadence{CadenceKind::EveryNWeeks, 3})->kind == CadenceKind::BiWeekly);
    CHECK(lessOften(kWeekly)->kind == CadenceKind::BiWeekly);
    CHECK(lessOften(kMonthly)->everyNWeeks == 6);
    CHECK(lessOften(Cadence{CadenceKind::EveryNWeeks, 52}) == std::nullopt);
    CHECK(describe(Cadence{CadenceKind::EveryNWeeks, 3}) == "every 3 weeks");
    CHECK(meetingsPerWeek(kBiWeekly) == Approx(0.5));
}
