// Tests of the three-month review's context: 1:1s held, skipped and missed in the period, the trust trend,
// commitments kept both ways, topics covered, and the recommended cadence with its reason (each rule of
// adviseCadence in turn, and a step the cadence cannot take falling through).
#include <catch2/catch.hpp>

#include "core/model/commands.h"
#include "core/rules/series_review.h"
#include "test_support.h"

using namespace rapport;
using rapport::test::addPeerOk;
using rapport::test::applyOk;
using rapport::test::d;

namespace {

// A weekly Monday series from Mon 7 Sep 2026, reviewed on Mon 30 Nov 2026 (12 Mondays before it).
struct ReviewFixture {
    Notebook nb;
    IdSource ids{91};
    EntityId peer = kNoId, series = kNoId;
    const CivilDate today = d(2026, 11, 30);
    explicit ReviewFixture(Interdependence interdependence = Interdependence::Strong,
                           Cadence cadence = Cadence{CadenceKind::Weekly, 1}) {
        peer = addPeerOk(nb, ids, "Omar Haddad");
        Peer p = *nb.findPeer(peer);
        p.interdependence = interdependence;
        applyOk(nb, updateEntity(nb, p, "edit"));
        series = entityId(*applyOk(nb, addSeries(nb, ids, peer, d(2026, 9, 7), cadence, Weekday::Monday)).changes[0].after);
    }
    // Holds the 1:1 of `date` with the items discussed, and `carried` items left open (carried over).
    void hold(CivilDate date, std::vector<std::pair<std::string, TrustTier>> discussed, int carried = 0) {
        const Meeting* existing = nullptr;
        for (const auto& [day, id] : nb.meetingsOfSeries(series)) {
            if (nb.findMeeting(id)->date == date) existing = nb.findMeeting(id);
        }
        const EntityId m = existing ? existing->id
                                    : entityId(*applyOk(nb, addMeeting(nb, ids, kNoId, date, series)).changes[0].after);
        for (const auto& [text, tier] : discussed) {
            applyOk(nb, addAgendaItem(nb, m, text, tier, AgendaKind::Update));
            applyOk(nb, setAgendaItemStatus(nb, m, nb.findMeeting(m)->agenda.size() - 1, AgendaStatus::Discussed));
        }
        for (int i = 0; i < carried; ++i) {
            applyOk(nb, addAgendaItem(nb, m, "open " + date.toIso() + " " + std::to_string(i), TrustTier::Low, AgendaKind::Ask));
        }
        applyOk(nb, finishMeeting(nb, ids, m));
    }
    ReviewContext context() {
        auto c = reviewContext(nb, series, today);
        REQUIRE(c.ok());
        return c.value();
    }
};

}  // namespace

TEST_CASE("review context: held, skipped and missed 1:1s of the period", "[review]") {
    ReviewFixture f;
    for (int week = 0; week < 12; ++week) {
        const CivilDate monday = d(2026, 9, 7).addDays(7 * week);
        if (week == 3 || week == 8) applyOk(f.nb, skipOccurrence(f.nb, f.series, monday));
        else if (week != 5) f.hold(monday, {});
    }
    const ReviewContext c = f.context();
    CHECK(c.from == d(2026, 9, 7));
    CHECK(c.to == f.today);
    CHECK(c.held == 9);
    CHECK(c.skipped == 2);
    CHECK(c.missed == 1);  // week 5: neither held nor skipped
    CHECK(c.planned == 12);
    CHECK_FALSE(reviewContext(f.nb, 4242, f.today).ok());
}

TEST_CASE("review context: a 1:1 held early counts on the day it was held, not as missed", "[review]") {
    ReviewFixture f;
    const EntityId m = entityId(*applyOk(f.nb, addMeeting(f.nb, f.ids, kNoId, d(2026, 9, 14), f.series)).changes[0].after);
    applyOk(f.nb, finishMeeting(f.nb, f.ids, m, d(2026, 9, 11)));  // Friday before
    auto c = reviewContext(f.nb, f.series, d(2026, 9, 15));
    REQUIRE(c.ok());
    CHECK(c.value().held == 1);
    CHECK(c.value().planned == 2);  // 7 Sep, and 14 Sep moved to 11 Sep
    CHECK(c.value().missed == 1);   // 7 Sep
}

TEST_CASE("review context: trust trend, commitments both ways and topics covered", "[review]") {
    ReviewFixture f;
    applyOk(f.nb, recordTrust(f.nb, f.peer, 2, d(2026, 6, 1)));
    applyOk(f.nb, recordTrust(f.nb, f.peer, 4, d(2026, 11, 2)));
    f.hold(d(2026, 9, 7), {{"Hiring plan", TrustTier::Low}, {"What drains you", TrustTier::High}});
    f.hold(d(2026, 9, 14), {{"Hiring plan", TrustTier::Low}, {"Q4 budget", TrustTier::Medium}});
    auto made = [&](CommitmentDirection dir, CommitmentStatus status, CivilDate on, CivilDate madeOn = d(2026, 9, 1)) {
        const Command c = applyOk(f.nb, addCommitment(f.nb, f.ids, f.peer, dir, "c", madeOn, madeOn.addDays(19)));
        if (status != CommitmentStatus::Open) applyOk(f.nb, setCommitmentStatus(f.nb, test::createdId<Commitment>(c), status, on));
    };
    made(CommitmentDirection::MeToThem, CommitmentStatus::Kept, d(2026, 9, 15));
    made(CommitmentDirection::MeToThem, CommitmentStatus::KeptLate, d(2026, 10, 1));
    made(CommitmentDirection::MeToThem, CommitmentStatus::Kept, d(2026, 8, 15), d(2026, 8, 1));  // before the period
    made(CommitmentDirection::ThemToMe, CommitmentStatus::Missed, d(2026, 10, 1));
    made(CommitmentDirection::ThemToMe, CommitmentStatus::Open, d(2026, 10, 1));  // made before, still open
    const ReviewContext c = f.context();
    CHECK(c.trustFrom == 2);
    CHECK(c.trustTo == 4);
    CHECK(c.mine.kept == 1);
    CHECK(c.mine.keptLate == 1);
    CHECK(c.theirs.missed == 1);
    CHECK(c.theirs.open == 0);
    CHECK(c.topics == std::vector<std::string>{"Hiring plan", "What drains you", "Q4 budget"});
    CHECK(c.topicsByTier[0] == 1);
    CHECK(c.topicsByTier[1] == 1);
    CHECK(c.topicsByTier[2] == 1);
}

TEST_CASE("recommended cadence: many 1:1s not held means less often", "[review]") {
    ReviewFixture f;
    for (int week = 0; week < 12; ++week) {
        if (week % 2 == 0) f.hold(d(2026, 9, 7).addDays(7 * week), {});
    }
    const ReviewContext c = f.context();
    CHECK(c.missed == 6);
    CHECK(c.advice.decision == ReviewDecision::LessOften);
    CHECK(c.advice.cadence.kind == CadenceKind::BiWeekly);
    CHECK(c.advice.reason == "6 of 12 planned 1:1s did not happen: meet bi-weekly and keep to it.");
}

TEST_CASE("recommended cadence: a full agenda that keeps carrying over means more often", "[review]") {
    ReviewFixture f(Interdependence::Moderate, Cadence{CadenceKind::BiWeekly, 2});
    for (int week = 0; week < 12; week += 2) f.hold(d(2026, 9, 7).addDays(7 * week), {{"w" + std::to_string(week), TrustTier::Low}}, 1);
    const ReviewContext c = f.context();
    CHECK(c.held == 6);
    CHECK(c.carriedOver >= 6);
    CHECK(c.advice.decision == ReviewDecision::MoreOften);
    CHECK(c.advice.cadence.kind == CadenceKind::Weekly);
    CHECK(c.advice.reason.find("carried over in 6 1:1s") != std::string::npos);
}

TEST_CASE("recommended cadence: towards what the interdependence suggests, else keep", "[review]") {
    SECTION("light interdependence, weekly: less often") {
        ReviewFixture f(Interdependence::Light);
        for (int week = 0; week < 12; ++week) f.hold(d(2026, 9, 7).addDays(7 * week), {});
        const ReviewContext c = f.context();
        CHECK(c.advice.decision == ReviewDecision::LessOften);
        CHECK(c.advice.reason == "Light interdependence suggests monthly: meet bi-weekly.");
    }
    SECTION("strong interdependence, weekly, all held: keep") {
        ReviewFixture f(Interdependence::Strong);
        for (int week = 0; week < 12; ++week) f.hold(d(2026, 9, 7).addDays(7 * week), {});
        const ReviewContext c = f.context();
        CHECK(c.advice.decision == ReviewDecision::Keep);
        CHECK(c.advice.cadence.kind == CadenceKind::Weekly);
        CHECK(c.advice.reason == "Held 12 of 12 planned: weekly still fits.");
    }
    SECTION("weekly cannot meet more often: a full agenda falls through to keep") {
        ReviewFixture f(Interdependence::Strong);
        for (int week = 0; week < 12; ++week) f.hold(d(2026, 9, 7).addDays(7 * week), {}, 2);
        CHECK(f.context().advice.decision == ReviewDecision::Keep);
    }
}

TEST_CASE("recommended cadence: over the weekly budget, the series to reduce first meets less often", "[review]") {
    ReviewFixture f(Interdependence::Strong);
    Settings s = f.nb.settings();
    s.weeklyBudgetMinutes = 15;  // one weekly 30-minute 1:1 is already over
    applyOk(f.nb, saveSettings(f.nb, f.ids, s));
    for (int week = 0; week < 12; ++week) f.hold(d(2026, 9, 7).addDays(7 * week), {});
    const ReviewContext c = f.context();
    CHECK(c.advice.decision == ReviewDecision::LessOften);
    CHECK(c.advice.reason.rfind("1:1s are over your weekly budget", 0) == 0);
}
