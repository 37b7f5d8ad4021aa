// Shared helpers of the core tests: apply-or-fail, and a sample of every entity type with every field set.
#pragma once

#include <catch2/catch.hpp>

#include <vector>

#include "core/model/commands.h"
#include "core/model/notebook.h"

namespace rapport::test {

inline CivilDate d(int32_t y, int32_t m, int32_t day) { return CivilDate::ymd(y, m, day); }

// Applies a built command, failing the test (with the message) if building or applying fails.
inline Command applyOk(Notebook& nb, const Result<Command>& c) {
    INFO((c.ok() ? std::string() : c.error().message));
    REQUIRE(c.ok());
    Status s = nb.apply(c.value());
    INFO((s.ok() ? std::string() : s.error().message));
    REQUIRE(s.ok());
    return c.value();
}

// The id of the entity of type T the i-th change of c creates.
template <class T>
EntityId createdId(const Command& c, size_t i = 0) {
    return std::get<T>(*c.changes[i].after).id;
}

// Adds a peer by name and returns its id.
inline EntityId addPeerOk(Notebook& nb, IdSource& ids, const char* name) {
    Command c = applyOk(nb, addPeer(nb, ids, name));
    return entityId(*c.changes.front().after);
}

// One entity of every kind, every field away from its default, references consistent
// (peer ids 11 and 12, series 80), in an order that applies as one command.
inline std::vector<Entity> sampleEntities() {
    std::vector<Entity> out;
    Peer p;
    p.id = 11;
    p.name = "Maria Chen";
    p.role = "VP Sales";
    p.team = "Sales";
    p.metOn = d(2021, 3, 4);
    p.metWhere = "Offsite in Lisbon";
    p.introducedBy = "Sam";
    p.interdependence = Interdependence::Strong;
    p.relationship = RelationshipKind::DirectReport;
    p.onLeadershipTeam = true;
    p.stage = RelationshipStage::Trusted;
    p.trustHistory = {{d(2021, 3, 4), 2, "first meeting"}, {d(2022, 1, 1), 4, "after the launch"}};
    p.tags = {"launch", "emea"};
    p.archived = false;
    p.notes = "Prefers mornings; caf\xC3\xA9 au lait.";
    out.push_back(p);
    Peer q;
    q.id = 12;
    q.name = "Omar Haddad";
    q.archived = true;
    q.interdependence = Interdependence::Light;
    out.push_back(q);
    out.push_back(Fact{21, 11, FactCategory::ImportantDate, "Birthday", d(2022, 5, 1), "lunch", AnnualDate{0, 2, 29}});
    out.push_back(Fact{22, 11, FactCategory::Family, "Kids Ana and Leo", std::nullopt, "", std::nullopt});
    out.push_back(Connection{31, 11, "cycling", true, "both ride", "broke the ice in Q3"});
    out.push_back(BanterTopic{41, 11, "her marathon", d(2024, 1, 5)});
    JointProject jp;
    jp.id = 51;
    jp.title = "Pricing white space";
    jp.peerIds = {11, 12};
    jp.kind = ProjectKind::HelpingTheirPriority;
    jp.start = d(2024, 1, 8);
    jp.timeboxDays = 21;
    jp.phase = ProjectPhase::Done;
    jp.phaseNotes = {PhaseNotes{ProjectPhase::Explore, "a", "b", "c", "d", "e", "f"}};
    jp.observations = {Observation{d(2024, 1, 9), 11, ObservationAspect::Values, "data first"}};
    jp.endedOn = d(2024, 1, 30);
    jp.outcome = "shipped";
    jp.retro = "shorter next time";
    out.push_back(jp);
    out.push_back(Commitment{61, 11, CommitmentDirection::ThemToMe, "Send the deck", d(2024, 1, 8), d(2024, 1, 12),
                             CommitmentStatus::KeptLate, d(2024, 1, 15), CommitmentOrigin::Project, 51});
    out.push_back(Ritual{71, RitualKind::CoffeeBeforeMeeting, "coffee", "QBR", RecurrenceUnit::Months, 3, {11, 12},
                         d(2024, 1, 10), d(2024, 4, 10)});
    OneOnOneSeries s;
    s.id = 80;
    s.peerId = 11;
    s.cadence = Cadence{CadenceKind::EveryNWeeks, 3};
    s.weekday = Weekday::Tuesday;
    s.durationMinutes = 45;
    s.start = d(2024, 1, 2);
    s.review = d(2024, 4, 2);
    s.history = {SeriesPeriod{d(2023, 10, 1), d(2024, 1, 1), Cadence{CadenceKind::Weekly, 1}, ReviewDecision::LessOften,
                              d(2024, 1, 2), std::nullopt, std::nullopt, std::nullopt}};
    s.changes = {OccurrenceChange{d(2024, 1, 23), std::nullopt}, OccurrenceChange{d(2024, 2, 13), d(2024, 2, 14)}};
    out.push_back(s);
    Meeting m;
    m.id = 90;
    m.seriesId = 80;
    m.peerId = 11;
    m.date = d(2024, 1, 2);
    m.held = true;
    m.agenda = {AgendaItem{"Q2 plan", TrustTier::Medium, AgendaKind::Priority, AgendaStatus::CarriedOver, 0, 0}};
    m.notes = "good";
    m.insights = {Insight{"she resists", "she needed data"}};
    m.conflicts = {Conflict{"headcount", "mine", "theirs", "split", ConflictStatus::Resolved}};
    m.energy = 4;
    m.mood = "upbeat";
    out.push_back(m);
    out.push_back(ExecPreview{100, "Reorg support", d(2024, 2, 1),
                              {PreviewPeer{11, PreviewStatus::Previewed, Stance::Concerns, "timing", true}}, "n"});
    out.push_back(JournalEntry{110, d(2024, 1, 3), "What surprised me?", "Omar's candour", {12}});
    out.push_back(Interaction{120, 12, d(2024, 1, 4), InteractionKind::TalkedToday, "hallway"});
    Settings st;
    st.id = 130;
    st.myName = "Alex";
    st.myInterests = {"cycling", "jazz"};
    st.weeklyBudgetMinutes = 240;
    st.directReportWeekday = Weekday::Wednesday;
    st.driftGraceDays = 10;
    st.theme = 0;  // light, as every golden notebook holds it (a new notebook's default is 2, the system's)
    out.push_back(st);
    out.push_back(BankTopic{140, "What is on your mind this week?", TrustTier::Low, AgendaKind::Update});
    return out;
}

}  // namespace rapport::test
