// Series that fit a calendar: times laid out within the weekday blocks, changes mid-period (history kept,
// rhythm kept for a time or length change), ending at any time, skips and moves across month ends, and
// the load guard's advice as one undoable change.
#include <catch2/catch.hpp>

#include "core/model/commands.h"
#include "core/model/commands_edit.h"
#include "core/model/recurrence.h"
#include "core/rules/load_guard.h"
#include "core/rules/series_layout.h"
#include "test_support.h"

using namespace rapport;
using rapport::test::addPeerOk;
using rapport::test::applyOk;
using rapport::test::createdId;
using rapport::test::d;

namespace {

const Cadence kWeekly{CadenceKind::Weekly, 1};
const Cadence kBiWeekly{CadenceKind::BiWeekly, 2};
const Cadence kMonthly{CadenceKind::Monthly, 4};

EntityId startSeries(Notebook& nb, IdSource& ids, EntityId peer, CivilDate start, Cadence c = kWeekly,
                     std::optional<int32_t> minutes = std::nullopt) {
    return createdId<OneOnOneSeries>(applyOk(nb, addSeries(nb, ids, peer, start, c, std::nullopt, minutes)));
}

void makeDirectReport(Notebook& nb, EntityId peer) {
    Peer p = *nb.findPeer(peer);
    p.relationship = RelationshipKind::DirectReport;
    applyOk(nb, updateEntity(nb, p, "direct report"));
}

std::vector<CivilDate> dates(const OneOnOneSeries& s, CivilDate from, CivilDate to) {
    std::vector<CivilDate> out;
    for (const Occurrence& o : occurrences(s, from, to)) out.push_back(o.date);
    return out;
}

}  // namespace

TEST_CASE("three peers on Thursday get three times one after another in the peers' block", "[series][layout]") {
    Notebook nb;
    IdSource ids(1);
    const EntityId a = startSeries(nb, ids, addPeerOk(nb, ids, "Ana Lopez"), d(2026, 1, 5));
    const EntityId b = startSeries(nb, ids, addPeerOk(nb, ids, "Ben Ode"), d(2026, 1, 6), kWeekly, 45);
    const EntityId c = startSeries(nb, ids, addPeerOk(nb, ids, "Cy Park"), d(2026, 1, 7));
    const EntityId dr = addPeerOk(nb, ids, "Dee Rao");
    makeDirectReport(nb, dr);
    const EntityId direct = startSeries(nb, ids, dr, d(2026, 1, 5));
    const auto times = seriesTimes(nb);
    REQUIRE(times.size() == 4);
    // Peers on Thursday from 14:00, oldest start first; the direct report alone on Tuesday at 09:00.
    CHECK(times.at(a).startMinutes == 14 * 60);
    CHECK(timeRangeText(times.at(b)) == "14:30-15:15");
    CHECK(times.at(c).startMinutes == 15 * 60 + 15);
    CHECK(times.at(c).laidOut);
    CHECK(times.at(direct).startMinutes == 9 * 60);
    for (EntityId x : {a, b, c}) {
        for (EntityId y : {a, b, c}) {
            if (x == y) continue;
            const SeriesTime& tx = times.at(x);
            const SeriesTime& ty = times.at(y);
            CHECK((tx.startMinutes + tx.durationMinutes <= ty.startMinutes || ty.startMinutes + ty.durationMinutes <= tx.startMinutes));
        }
    }
    // A series given its own time keeps it, and the laid-out ones go around it.
    applyOk(nb, changeSeries(nb, c, SeriesChange{std::nullopt, std::nullopt, 14 * 60, std::nullopt, std::nullopt}, d(2026, 1, 8)));
    const auto again = seriesTimes(nb);
    CHECK(again.at(c).startMinutes == 14 * 60);
    CHECK_FALSE(again.at(c).laidOut);
    CHECK(again.at(a).startMinutes == 14 * 60 + 30);
    CHECK(again.at(b).startMinutes == 15 * 60);
    // The block start comes from the settings.
    Settings st = nb.settings();
    st.peerStartMinutes = 10 * 60;
    applyOk(nb, saveSettings(nb, ids, st));
    CHECK(seriesTimes(nb).at(a).startMinutes == 10 * 60);
}

TEST_CASE("a change mid-period starts a new period and keeps the old one in the history", "[series][change]") {
    Notebook nb;
    IdSource ids(1);
    const EntityId peer = addPeerOk(nb, ids, "Omar Haddad");
    const EntityId id = startSeries(nb, ids, peer, d(2026, 1, 1));  // Thursdays from 1 Jan 2026
    const OneOnOneSeries before = *nb.findSeries(id);
    const Command cmd = applyOk(nb, changeSeries(nb, id, SeriesChange{kMonthly, Weekday::Tuesday, std::nullopt, 45, std::nullopt}, d(2026, 2, 10)));
    CHECK(cmd.label == "Changed the 1:1s with Omar Haddad: monthly, on Tuesdays, 45 min");
    const OneOnOneSeries& s = *nb.findSeries(id);
    REQUIRE(s.history.size() == 1);
    CHECK(s.history[0].decision == ReviewDecision::Changed);
    CHECK(s.history[0].start == d(2026, 1, 1));
    CHECK(s.history[0].weekday == Weekday::Thursday);
    CHECK(s.history[0].durationMinutes == 30);
    CHECK(s.start == d(2026, 2, 10));
    CHECK(s.review == d(2026, 5, 10));
    CHECK(s.durationMinutes == 45);
    // Monthly on the 2nd Tuesday from then on (10 Feb is the 2nd Tuesday of February).
    CHECK(dates(s, d(2026, 2, 1), d(2026, 4, 30)) == std::vector<CivilDate>{d(2026, 2, 10), d(2026, 3, 10), d(2026, 4, 14)});
    // Undo brings the old period back exactly.
    REQUIRE(nb.apply(inverted(cmd)));
    CHECK(*nb.findSeries(id) == before);
    // Nothing to change, a change before the period, and an ended series are refused.
    CHECK(changeSeries(nb, id, SeriesChange{kWeekly, std::nullopt, std::nullopt, 30, std::nullopt}, d(2026, 2, 10)).error().message ==
          "The 1:1s with Omar Haddad are already like that.");
    CHECK_FALSE(changeSeries(nb, id, SeriesChange{kMonthly, {}, {}, {}, std::nullopt}, d(2025, 12, 1)));
    applyOk(nb, endSeries(nb, id, d(2026, 1, 20)));
    CHECK_FALSE(nb.findSeries(id)->active);
    CHECK(nb.findSeries(id)->history.back().decision == ReviewDecision::End);
    CHECK(endSeries(nb, id, d(2026, 1, 21)).error().message == "The 1:1s with Omar Haddad have already ended.");
    CHECK_FALSE(changeSeries(nb, id, SeriesChange{kMonthly, {}, {}, {}, std::nullopt}, d(2026, 2, 1)));
}

TEST_CASE("a new time or length keeps a bi-weekly rhythm and the review date", "[series][change]") {
    Notebook nb;
    IdSource ids(1);
    const EntityId id = startSeries(nb, ids, addPeerOk(nb, ids, "Sam Okafor"), d(2026, 1, 1), kBiWeekly);
    const OneOnOneSeries& s0 = *nb.findSeries(id);
    const CivilDate review = s0.review;
    // 8 Jan is the off week: the new period starts at the next 1:1, 15 Jan, not on 8 Jan.
    applyOk(nb, changeSeries(nb, id, SeriesChange{std::nullopt, std::nullopt, 16 * 60, 60, std::nullopt}, d(2026, 1, 8)));
    const OneOnOneSeries& s = *nb.findSeries(id);
    CHECK(s.start == d(2026, 1, 15));
    CHECK(s.review == review);
    CHECK(s.startMinutes == 16 * 60);
    CHECK(dates(s, d(2026, 1, 8), d(2026, 2, 14)) == std::vector<CivilDate>{d(2026, 1, 15), d(2026, 1, 29), d(2026, 2, 12)});
    CHECK(timeRangeText(seriesTime(nb, s)) == "16:00-17:00");
}

TEST_CASE("skips and moves across month and year ends", "[series][occurrences]") {
    Notebook nb;
    IdSource ids(1);
    const EntityId weekly = startSeries(nb, ids, addPeerOk(nb, ids, "Ana Lopez"), d(2026, 1, 1));
    // Thursday 29 Jan moves to Monday 2 Feb; Thursday 26 Feb is skipped.
    applyOk(nb, rescheduleOccurrence(nb, weekly, d(2026, 1, 29), d(2026, 2, 2)));
    applyOk(nb, skipOccurrence(nb, weekly, d(2026, 2, 26)));
    CHECK(dates(*nb.findSeries(weekly), d(2026, 1, 25), d(2026, 3, 7)) ==
          std::vector<CivilDate>{d(2026, 2, 2), d(2026, 2, 5), d(2026, 2, 12), d(2026, 2, 19), d(2026, 3, 5)});
    // A monthly series (last Thursday) moved from 31 Dec 2026 to 4 Jan 2027, in the next year.
    const EntityId monthly = startSeries(nb, ids, addPeerOk(nb, ids, "Ben Ode"), d(2026, 10, 29), kMonthly);
    applyOk(nb, rescheduleOccurrence(nb, monthly, d(2026, 12, 31), d(2027, 1, 4)));
    CHECK(dates(*nb.findSeries(monthly), d(2026, 12, 1), d(2027, 1, 31)) ==
          std::vector<CivilDate>{d(2027, 1, 4), d(2027, 1, 28)});
    CHECK(nextOccurrence(*nb.findSeries(monthly), d(2026, 12, 30))->date == d(2027, 1, 4));
}

TEST_CASE("the load guard counts each series' own minutes and offers one undoable change", "[series][load]") {
    Notebook nb;
    IdSource ids(1);
    Settings st;
    st.weeklyBudgetMinutes = 60;
    applyOk(nb, saveSettings(nb, ids, st));
    const EntityId omar = addPeerOk(nb, ids, "Omar Haddad");
    Peer p = *nb.findPeer(omar);
    p.interdependence = Interdependence::Light;
    applyOk(nb, updateEntity(nb, p, "light"));
    const EntityId a = startSeries(nb, ids, omar, d(2026, 1, 1), kWeekly, 45);
    startSeries(nb, ids, addPeerOk(nb, ids, "Ana Lopez"), d(2026, 1, 1), kWeekly, 20);
    LoadStatus load = loadStatus(nb);
    CHECK(load.minutesPerWeek == Approx(65));
    REQUIRE(load.advice);
    CHECK(load.advice->seriesId == a);
    CHECK(load.advice->label == "Make Omar's 1:1s bi-weekly");
    const Command done = applyOk(nb, changeSeries(nb, a, SeriesChange{load.advice->to, {}, {}, {}, std::nullopt}, d(2026, 1, 10)));
    CHECK(loadStatus(nb).minutesPerWeek == Approx(42.5));
    CHECK_FALSE(loadStatus(nb).overBudget);
    REQUIRE(nb.apply(inverted(done)));
    CHECK(loadStatus(nb).advice->label == "Make Omar's 1:1s bi-weekly");
}

TEST_CASE("a series is corrected in place only while no 1:1 of its current period was held", "[series][change]") {
    Notebook nb;
    IdSource ids(1);
    const EntityId peer = addPeerOk(nb, ids, "Sam Okafor");
    const EntityId id = startSeries(nb, ids, peer, d(2026, 1, 5));  // weekly on Thursdays from 8 Jan
    OneOnOneSeries fixed = *nb.find<OneOnOneSeries>(id);
    fixed.durationMinutes = 45;
    applyOk(nb, editRecord(nb, fixed));  // nothing held yet: a typo fixed, no new period
    CHECK(nb.find<OneOnOneSeries>(id)->history.empty());

    const EntityId m = createdId<Meeting>(applyOk(nb, addMeeting(nb, ids, peer, d(2026, 1, 8), id)));
    applyOk(nb, finishMeeting(nb, ids, m));
    REQUIRE(heldInCurrentPeriod(nb, *nb.find<OneOnOneSeries>(id)));
    OneOnOneSeries monthly = *nb.find<OneOnOneSeries>(id);
    monthly.cadence = kMonthly;
    const auto refused = editRecord(nb, monthly);
    REQUIRE_FALSE(refused);
    CHECK(refused.error().message ==
          "1:1s with Sam Okafor were held in this period: change the series from today, so they keep the rhythm they had.");
    CHECK(nb.find<OneOnOneSeries>(id)->cadence == kWeekly);
    // The change from a day on keeps the held 1:1 in the old period, whose boundary reads in words.
    applyOk(nb, changeSeries(nb, id, SeriesChange{kMonthly, {}, {}, {}, 14 * 60}, d(2026, 1, 20)));
    const OneOnOneSeries& s = *nb.find<OneOnOneSeries>(id);
    REQUIRE(s.history.size() == 1);
    CHECK(s.history[0].cadence == kWeekly);
    CHECK(periodEnd(s, 0) == d(2026, 1, 19));
    CHECK(s.history[0].start == d(2026, 1, 5));
    CHECK(periodText(nb, s, 0) == "weekly on Thursdays, 14:00-14:45 (changed)");
    CHECK_FALSE(heldInCurrentPeriod(nb, s));
}
