// The indexed rules (week plan, prep card, drifting, load guard, last interaction, important dates) give
// exactly what the straightforward table scans give (tests/core/rules_reference.h), on generated
// notebooks, over many days, and after edits and their undo (the indexes follow every command).
#include <catch2/catch.hpp>

#include <sstream>

#include "core/model/commands.h"
#include "core/model/recurrence.h"
#include "core/sample/sample_notebook.h"
#include "tests/core/rules_reference.h"

using namespace rapport;
using namespace rapport::reference;

namespace {

// Every field of the results as text, so a difference shows where it is.
std::string dump(const WeekPlan& p) {
    std::ostringstream o;
    o << p.monday.toIso() << '\n';
    for (const PlanDay& d : p.days) {
        o << d.date.toIso() << ":\n";
        for (const PlanItem& i : d.items) {
            o << "  " << int(i.kind) << ' ' << i.date.toIso() << ' ' << i.peerId << ' ' << i.entityId << ' '
              << i.meetingId << ' ' << i.text << '\n';
        }
    }
    for (const std::string& w : p.warnings) o << "! " << w << '\n';
    return o.str();
}

std::string dump(const LoadStatus& s) {
    std::ostringstream o;
    o.precision(17);
    o << s.meetingsPerWeek << ' ' << s.minutesPerWeek << ' ' << s.budgetMinutes << ' ' << s.overBudget << '\n';
    for (const SeriesLoad& l : s.reduceFirst) {
        o << l.seriesId << ' ' << l.peerId << ' ' << l.meetingsPerWeek << ' ' << l.minutesPerWeek << '\n';
    }
    o << s.warning << '\n';
    if (s.advice) o << s.advice->seriesId << ' ' << describe(s.advice->to) << ' ' << s.advice->label << '\n';
    return o.str();
}

std::string dump(const std::vector<Drift>& list) {
    std::ostringstream o;
    for (const Drift& d : list) {
        o << d.peerId << ' ' << d.since.toIso() << ' ' << d.neverLogged << ' ' << d.daysSince << ' ' << d.allowedDays << '\n';
    }
    return o.str();
}

std::string dump(const std::vector<UpcomingDate>& list) {
    std::ostringstream o;
    for (const UpcomingDate& u : list) o << u.factId << ' ' << u.peerId << ' ' << u.date.toIso() << ' ' << u.turns << '\n';
    return o.str();
}

template <class T>
std::string ids(const std::vector<const T*>& list) {
    std::ostringstream o;
    for (const T* x : list) o << x->id << ' ';
    return o.str();
}

std::string dump(const Result<PrepCard>& r) {
    if (!r) return "error: " + r.error().message;
    const PrepCard& c = r.value();
    std::ostringstream o;
    o << c.peer->id << ' ' << int(c.tier) << ' ' << (c.lastInteraction ? c.lastInteraction->toIso() : "-") << '\n';
    o << "facts " << ids(c.facts) << "\nconnections " << ids(c.connections) << "\nbanter " << ids(c.banter)
      << "\niOwe " << ids(c.iOwe) << "\ntheyOwe " << ids(c.theyOwe) << "\nrituals " << ids(c.ritualsDue)
      << "\npreviews " << ids(c.previews) << "\nprojects " << ids(c.projects) << '\n';
    for (const ComingUpDate& u : c.upcomingDates) {
        o << "date " << u.fact->id << ' ' << u.peerId << ' ' << int(u.kind) << ' ' << u.date.toIso() << ' ' << u.daysAway
          << ' ' << u.years << '\n';
    }
    for (const ConnectionSuggestion& s : c.interestMatches) o << "match " << s.interest << ' ' << s.factId << '\n';
    for (const KeptRatio* k : {&c.myRecord, &c.theirRecord}) {
        o << "kept " << k->kept << ' ' << k->keptLate << ' ' << k->missed << ' ' << k->open << '\n';
    }
    for (const AgendaItem& a : c.carriedOver) o << "carried " << a.text << ' ' << a.carriedFrom << ' ' << int(a.status) << '\n';
    o << "last " << (c.lastMeeting ? c.lastMeeting->id : kNoId) << " next " << (c.nextMeeting ? c.nextMeeting->id : kNoId) << '\n';
    for (const TopicSuggestion& t : c.topics) o << "topic " << t.topic->id << ' ' << t.stretch << '\n';
    return o.str();
}

// Compares every indexed rule with its reference on the days around `today`.
void checkAll(const Notebook& nb, CivilDate today) {
    for (int32_t week = -3; week <= 3; ++week) {
        const CivilDate day = today.addDays(7 * week);
        INFO("week of " << day.toIso());
        CHECK(dump(weekPlan(nb, day)) == dump(weekPlanRef(nb, day)));
    }
    CHECK(dump(loadStatus(nb)) == dump(loadStatusRef(nb)));
    for (int32_t offset : {-200, -30, -1, 0, 1, 45}) {
        const CivilDate day = today.addDays(offset);
        INFO("day " << day.toIso());
        CHECK(dump(driftingPeers(nb, day)) == dump(driftingPeersRef(nb, day)));
        for (int32_t days : {1, 7, 30, 365}) {
            CHECK(dump(upcomingImportantDates(nb, day, days)) == dump(upcomingImportantDatesRef(nb, day, days)));
        }
        for (const auto& [id, p] : nb.peers()) {
            INFO("peer " << p.name);
            CHECK(lastInteraction(nb, id, day) == lastInteractionRef(nb, id, day));
            if (offset == 0 || offset == -30) CHECK(dump(prepCard(nb, id, day)) == dump(prepCardRef(nb, id, day)));
        }
    }
}

Notebook sample(CivilDate today, int32_t peers, uint64_t seed) {
    SampleOptions options;
    options.today = today;
    options.peers = peers;
    options.monthsOfHistory = 5;
    options.agendaItemsPerMeeting = 2;
    options.seed = seed;
    auto nb = sampleNotebook(options);
    REQUIRE(nb.ok());
    return std::move(nb).value();
}

// Applies a command built against nb, and keeps it for undo.
void run(Notebook& nb, Result<Command> c, std::vector<Command>& done) {
    INFO((c.ok() ? std::string() : c.error().message));
    REQUIRE(c.ok());
    REQUIRE(nb.apply(c.value()));
    done.push_back(std::move(c).value());
}

}  // namespace

TEST_CASE("indexed rules equal the table scans on generated notebooks", "[rules][index]") {
    // Two samples: one within the 1:1 budget, one over it (the load guard's advice and its sort), and a
    // today on a Wednesday at a year's end (important dates across the new year).
    for (const auto& [today, peers, seed] : {std::tuple{CivilDate::ymd(2025, 11, 24), 12, uint64_t(7)},
                                             std::tuple{CivilDate::ymd(2024, 12, 25), 30, uint64_t(11)}}) {
        INFO("sample of " << peers << " peers on " << today.toIso());
        const Notebook nb = sample(today, peers, seed);
        checkAll(nb, today);
    }
}

TEST_CASE("indexed rules follow edits and their undo", "[rules][index]") {
    const CivilDate today = CivilDate::ymd(2025, 11, 24);
    Notebook nb = sample(today, 16, 3);
    IdSource idSource(99);
    std::vector<EntityId> peers;
    for (const auto& entry : nb.peers()) peers.push_back(entry.first);
    std::vector<Command> done;

    // A leap-day birthday, a contact logged today and one in the future, a peer archived, a commitment
    // kept and a new one due this week, a ritual done, a series made less frequent, a series review this
    // week, a meeting deleted.
    run(nb, addFact(nb, idSource, peers[0], FactCategory::ImportantDate, "Birthday", std::nullopt, {}, AnnualDate{1980, 2, 29}),
        done);
    run(nb, logInteraction(nb, idSource, peers[1], today, InteractionKind::TalkedToday, "hallway"), done);
    run(nb, logInteraction(nb, idSource, peers[2], today.addDays(3), InteractionKind::TalkedToday, "lunch"), done);
    run(nb, archivePeer(nb, peers[3]), done);
    for (const auto& [id, c] : nb.all<Commitment>()) {
        if (c.isOpen() && c.due) {
            run(nb, setCommitmentStatus(nb, id, *c.due < today ? CommitmentStatus::KeptLate : CommitmentStatus::Kept, today),
                done);
            break;
        }
    }
    run(nb, addCommitment(nb, idSource, peers[4], CommitmentDirection::ThemToMe, "Send the numbers", today, today.addDays(2),
                          CommitmentOrigin::OneOnOne),
        done);
    if (!nb.all<Ritual>().empty()) run(nb, markRitualDone(nb, nb.all<Ritual>().begin()->first, today.addDays(-1)), done);
    for (const auto& [id, s] : nb.all<OneOnOneSeries>()) {
        if (s.active && s.peerId == peers[5]) {
            SeriesChange change;
            change.cadence = Cadence{CadenceKind::Monthly, 4};
            run(nb, changeSeries(nb, id, change, today), done);
            break;
        }
    }
    for (const auto& [id, s] : nb.all<OneOnOneSeries>()) {
        if (s.active && s.peerId != peers[3] && s.peerId != peers[5]) {
            run(nb, setSeriesReview(nb, id, today.addDays(2)), done);  // a review in this week's plan
            break;
        }
    }
    for (const auto& [id, s] : nb.all<OneOnOneSeries>()) {
        if (s.active && s.peerId == peers[8]) {
            // Occurrences skipped and moved in the weeks ahead (the plan's slower path).
            const auto skipped = nextOccurrence(s, today.addDays(7));
            const auto moved = nextOccurrence(s, today.addDays(14));
            REQUIRE((skipped && moved));
            const EntityId series = id;  // a copy: the first edit replaces the table entry `id` refers to
            run(nb, skipOccurrence(nb, series, skipped->date), done);
            run(nb, rescheduleOccurrence(nb, series, moved->date, moved->date.addDays(1)), done);
            break;
        }
    }
    const DatedIds& meetings = nb.meetingsOfPeer(peers[6]);
    REQUIRE(!meetings.empty());
    run(nb, deleteEntity(nb, std::prev(meetings.end())->second), done);
    checkAll(nb, today);

    // Undo, one command at a time, back to the sample: the rules agree at every step.
    const Notebook original = sample(today, 16, 3);
    while (!done.empty()) {
        REQUIRE(nb.apply(inverted(done.back())));
        done.pop_back();
        if (done.size() % 3 == 0) checkAll(nb, today);
    }
    CHECK(nb == original);
    CHECK(dump(weekPlan(nb, today)) == dump(weekPlan(original, today)));
}

TEST_CASE("important dates on Feb 29 fall on Feb 28 in common years, from the index", "[rules][index]") {
    const CivilDate today = CivilDate::ymd(2027, 2, 22);
    Notebook nb;
    IdSource idSource(5);
    auto peer = addPeer(nb, idSource, "Maria Chen");
    REQUIRE(peer.ok());
    REQUIRE(nb.apply(peer.value()));
    const EntityId peerId = nb.peers().begin()->first;
    for (AnnualDate d : {AnnualDate{1984, 2, 29}, AnnualDate{0, 2, 28}, AnnualDate{1990, 3, 1}, AnnualDate{0, 12, 31}}) {
        auto fact = addFact(nb, idSource, peerId, FactCategory::ImportantDate, "Birthday", std::nullopt, {}, d);
        REQUIRE(fact.ok());
        REQUIRE(nb.apply(fact.value()));
    }
    const auto week = upcomingImportantDates(nb, today, 7);
    REQUIRE(week.size() == 2);
    CHECK(week[0].date == CivilDate::ymd(2027, 2, 28));
    CHECK(week[1].date == CivilDate::ymd(2027, 2, 28));
    CHECK(week[0].turns + week[1].turns == 43);  // 1984's is 43 that day; the one without a year says 0
    for (int32_t offset = -400; offset <= 400; offset += 13) {
        const CivilDate from = today.addDays(offset);
        for (int32_t days : {1, 7, 60, 366, 800}) {
            INFO(from.toIso() << " + " << days);
            CHECK(dump(upcomingImportantDates(nb, from, days)) == dump(upcomingImportantDatesRef(nb, from, days)));
        }
    }
}
