// The sample generator. A Builder applies each command to its own Notebook as it goes (so the next
// builder sees the state) and keeps the commands for replay into a store.
#include "core/sample/sample_notebook.h"

#include <random>
#include <string>

#include "core/model/commands.h"
#include "core/model/important_dates.h"
#include "core/model/recurrence.h"
#include "core/sample/sample_text.h"

namespace rapport {

namespace {

using namespace sample;

class Builder {
public:
    explicit Builder(const SampleOptions& o) : m_options(o), m_ids(o.seed * 7919 + 17), m_random(o.seed) {}

    // Applies one command; the first failure stops everything and is reported with `what`.
    EntityId step(Result<Command> command, const char* what) {
        if (!m_error.empty()) return kNoId;
        if (!command) {
            m_error = std::string("sample: ") + what + ": " + command.error().message;
            return kNoId;
        }
        EntityId created = kNoId;
        for (const EntityChange& change : command.value().changes) {
            if (!change.before && change.after && created == kNoId) created = entityId(*change.after);
        }
        if (const Status applied = m_nb.apply(command.value()); !applied) {
            m_error = std::string("sample: ") + what + ": " + applied.error().message;
            return kNoId;
        }
        m_commands.push_back(std::move(command).value());
        return created;
    }

    size_t pick(size_t n) { return std::uniform_int_distribution<size_t>(0, n - 1)(m_random); }
    bool chance(int percent) { return static_cast<int>(pick(100)) < percent; }

    void build();

    const SampleOptions& m_options;
    Notebook m_nb;
    IdSource m_ids;
    std::mt19937_64 m_random;
    std::vector<Command> m_commands;
    std::string m_error;

private:
    EntityId addSamplePeer(int32_t index);
    void addGetToKnow(EntityId peer, int32_t index);
    void addOneOnOnes(EntityId peer, int32_t index);
    Meeting heldMeeting(const Peer& peer, EntityId series, CivilDate date, bool lastOne);
    void addCommitments(EntityId peer, int32_t index);
    void addSharedPractices(const std::vector<EntityId>& peers);
};

std::string peerNameFor(int32_t index) {
    const size_t n = kPeerCount;
    const size_t i = static_cast<size_t>(index);
    if (i < n) return kPeers[i].name;
    // Beyond the seeds: one seed's first name with another seed's last name (never its own, which
    // would repeat a seed), then a number when all n * (n - 1) pairs are used: unique and readable.
    const size_t j = i - n;
    const size_t a = j % n;
    const size_t b = (a + 1 + (j / n) % (n - 1)) % n;
    const std::string first = kPeers[a].name;
    const std::string last = kPeers[b].name;
    std::string name = first.substr(0, first.find(' ')) + last.substr(last.find(' '));
    if (j >= n * (n - 1)) name += " " + std::to_string(j / (n * (n - 1)) + 1);
    return name;
}

EntityId Builder::addSamplePeer(int32_t index) {
    const PeerSeed& seed = kPeers[static_cast<size_t>(index) % kPeerCount];
    const EntityId id = step(addPeer(m_nb, m_ids, peerNameFor(index)), "add peer");
    const Peer* added = m_nb.findPeer(id);
    if (!added) return kNoId;
    Peer peer = *added;
    peer.role = seed.role;
    peer.team = seed.team;
    peer.interdependence = static_cast<Interdependence>(index % 3);
    peer.relationship = index % 5 == 4 ? RelationshipKind::DirectReport : RelationshipKind::Peer;
    peer.onLeadershipTeam = index % 4 == 0;
    peer.stage = static_cast<RelationshipStage>(index % 4);
    peer.metOn = m_options.today.addDays(-200 - 9 * index);
    peer.metWhere = index % 2 ? "leadership offsite" : "quarterly planning";
    peer.tags = {index % 2 ? "exec staff" : "cross-team", seed.team};
    step(updateEntity(m_nb, Entity{peer}, "Edit " + peer.name), "edit peer");
    step(recordTrust(m_nb, id, static_cast<uint8_t>(2 + index % 4), m_options.today.addDays(-30 - index % 20)),
         "trust");
    return id;
}

void Builder::addGetToKnow(EntityId peer, int32_t index) {
    const size_t i = static_cast<size_t>(index);
    const CivilDate learned = m_options.today.addDays(-20 - static_cast<int32_t>(pick(120)));
    step(addFact(m_nb, m_ids, peer, FactCategory::Family, kFamily[i % kListSize], learned, "1:1"), "family fact");
    step(addFact(m_nb, m_ids, peer, FactCategory::Hobbies, kHobbies[(i + 3) % kListSize], learned, "coffee"), "hobby");
    step(addFact(m_nb, m_ids, peer, FactCategory::Music, kMusic[(i + 5) % kListSize], learned), "music");
    if (index % 2 == 0) step(addFact(m_nb, m_ids, peer, FactCategory::Food, kFood[i % kListSize]), "food");
    if (index % 3 == 0) step(addFact(m_nb, m_ids, peer, FactCategory::Travel, kTravel[i % kListSize]), "travel");
    // Birthdays spread over the year from today on, so the demo always has some coming up; every other
    // one with the year (the age shows), plus a kid's birthday and a work anniversary to remember.
    const auto annual = [](CivilDate day, int32_t yearsAgo) {
        const int32_t year = day.year() - yearsAgo;  // a sample dated long ago keeps years the model accepts
        const bool fits = yearsAgo && year >= 1900 && day.day() <= daysInMonth(year, day.month());  // 29 Feb
        return AnnualDate{static_cast<int16_t>(fits ? year : 0), static_cast<uint8_t>(day.month()),
                          static_cast<uint8_t>(day.day())};
    };
    const CivilDate birthday = m_options.today.addDays(5 + 23 * index);
    step(addFact(m_nb, m_ids, peer, FactCategory::ImportantDate, kBirthdayLabel, std::nullopt, {},
                 annual(birthday, index % 2 == 0 ? 38 + index : 0)),
         "birthday");
    if (index % 8 == 0) {  // "Daughter Léa (7) and son Tom (4)"
        step(addFact(m_nb, m_ids, peer, FactCategory::ImportantDate, kidsBirthdayLabel("Léa"), std::nullopt, {},
                     annual(m_options.today.addDays(9 + index), 8)),
             "kid's birthday");
    }
    if (index % 8 == 1) {
        step(addFact(m_nb, m_ids, peer, FactCategory::ImportantDate, kWorkAnniversaryLabel, std::nullopt, {},
                     annual(m_options.today.addDays(12 + index), 5)),
             "work anniversary");
    }
    if (index % 3 != 2) {
        step(addConnection(m_nb, m_ids, peer, kInterests[(i + 5) % kListSize], index % 2 == 0), "connection");
    }
    step(addBanterTopic(m_nb, m_ids, peer, kBanter[i % kListSize]), "banter");
    step(addBanterTopic(m_nb, m_ids, peer, kBanter[(i + 4) % kListSize]), "banter");
}

Meeting Builder::heldMeeting(const Peer& peer, EntityId series, CivilDate date, bool lastOne) {
    Meeting m;
    m.seriesId = series;
    m.peerId = peer.id;
    m.date = date;
    m.held = true;
    for (int32_t k = 0; k < m_options.agendaItemsPerMeeting; ++k) {
        AgendaItem item;
        item.text = kAgenda[pick(kAgendaCount)];
        item.trust = tierOf(peer.trustLevel());
        item.kind = static_cast<AgendaKind>(pick(9));
        item.status = lastOne && k == 0 ? AgendaStatus::CarriedOver : AgendaStatus::Discussed;
        m.agenda.push_back(item);
    }
    m.notes = "Went through " + m.agenda.front().text + ". " + peer.name.substr(0, peer.name.find(' ')) +
              " sees it differently from their side; agreed to follow up.";
    if (chance(20)) m.insights.push_back({"They were blocking the launch", "They were waiting on our spec"});
    if (chance(10)) m.conflicts.push_back({"Shared analyst time", "Weekly rota", "Dedicated hours", "", ConflictStatus::Open});
    m.energy = static_cast<uint8_t>(2 + pick(4));
    return m;
}

void Builder::addOneOnOnes(EntityId peerId, int32_t index) {
    const CivilDate start = m_options.today.addMonths(-m_options.monthsOfHistory);
    const EntityId series = step(addSeries(m_nb, m_ids, peerId, start), "series");
    const OneOnOneSeries* s = m_nb.findSeries(series);
    const Peer* peer = m_nb.findPeer(peerId);
    if (!s || !peer) return;
    const Peer peerCopy = *peer;
    const auto past = occurrences(*s, start, m_options.today.addDays(-1));
    for (size_t k = 0; k < past.size() && m_error.empty(); ++k) {
        const CivilDate date = past[k].date;
        // Decide each review as it comes (keep), except that a few peers' reviews are left due.
        const OneOnOneSeries* current = m_nb.findSeries(series);
        if (current && date > current->review && index % 4 != 1) {
            step(decideSeriesReview(m_nb, series, ReviewDecision::Keep, date), "review");
        }
        Meeting meeting = heldMeeting(peerCopy, series, date, k + 1 == past.size());
        const EntityId id = step(createEntity(m_nb, m_ids, Entity{meeting}, "1:1"), "meeting");
        if (k + 1 == past.size() && id != kNoId) {
            // The next 1:1 is prepared with the carried-over item on top.
            if (const auto next = nextOccurrence(*m_nb.findSeries(series), m_options.today)) {
                Meeting prepared;
                prepared.seriesId = series;
                prepared.peerId = peerId;
                prepared.date = next->date;
                AgendaItem carried = meeting.agenda.front();
                carried.status = AgendaStatus::Pending;
                carried.carriedFrom = id;
                prepared.agenda.push_back(carried);
                step(createEntity(m_nb, m_ids, Entity{prepared}, "Prepare 1:1"), "prepared meeting");
            }
        }
    }
}

void Builder::addCommitments(EntityId peer, int32_t index) {
    const size_t i = static_cast<size_t>(index);
    const CivilDate made = m_options.today.addDays(-25 - index % 10);
    // One kept, one open (some overdue), one owed to me.
    const EntityId kept = step(addCommitment(m_nb, m_ids, peer, CommitmentDirection::MeToThem, kCommitments[i % kListSize],
                                             made, made.addDays(7), CommitmentOrigin::OneOnOne),
                               "commitment");
    step(setCommitmentStatus(m_nb, kept, index % 5 == 3 ? CommitmentStatus::KeptLate : CommitmentStatus::Kept,
                             made.addDays(index % 5 == 3 ? 9 : 5)),
         "commitment kept");
    step(addCommitment(m_nb, m_ids, peer, CommitmentDirection::MeToThem, kCommitments[(i + 2) % kListSize], made,
                       m_options.today.addDays(index % 3 == 0 ? -2 : 3 + index % 5)),
         "open commitment");
    step(addCommitment(m_nb, m_ids, peer, CommitmentDirection::ThemToMe, kCommitments[(i + 5) % kListSize], made,
                       m_options.today.addDays(1 + index % 6)),
         "their commitment");
}

void Builder::addSharedPractices(const std::vector<EntityId>& peers) {
    const CivilDate today = m_options.today;
    const EntityId a = peers[0], b = peers[1 % peers.size()], c = peers[2 % peers.size()];
    // Joint projects: one converging, one just started, one done.
    const EntityId p1 = step(addProject(m_nb, m_ids, "Fix the lead hand-off between sales and onboarding", {a, b},
                                        ProjectKind::WhiteSpace, today.addDays(-9)), "project");
    step(setProjectPhase(m_nb, p1, ProjectPhase::Converge, today.addDays(-3)), "project phase");
    step(addObservation(m_nb, p1, Observation{today.addDays(-5), a, ObservationAspect::Thinks,
                                              "Starts from the customer's words, then the numbers"}), "observation");
    step(addProject(m_nb, m_ids, "One shared dashboard for churn", {c}, ProjectKind::HelpingTheirPriority,
                    today.addDays(-2)), "project");
    const EntityId p3 = step(addProject(m_nb, m_ids, "Interview five customers together", {b},
                                        ProjectKind::WhiteSpace, today.addDays(-40)), "project");
    step(setProjectPhase(m_nb, p3, ProjectPhase::Done, today.addDays(-27)), "project done");
    // Rituals.
    const EntityId coffee = step(addRitual(m_nb, m_ids, RitualKind::CoffeeBeforeMeeting, "Coffee before exec staff",
                                           "weekly exec staff", {a, c}, RecurrenceUnit::Weeks, 1, today.addDays(1)), "ritual");
    step(markRitualDone(m_nb, coffee, today.addDays(-6)), "ritual done");
    step(addRitual(m_nb, m_ids, RitualKind::DinnerAfterOffsite, "Dinner after the offsite", "leadership offsite", {a, b, c},
                   RecurrenceUnit::Months, 3, today.addDays(12)), "ritual");
    step(addRitual(m_nb, m_ids, RitualKind::QuarterlyReunion, "Quarterly reunion of the launch team", "quarter close",
                   {b}, RecurrenceUnit::Months, 3, today.addDays(30)), "ritual");
    // An exec-staff preview for next week, put on the 1:1 agendas.
    const EntityId preview = step(addPreview(m_nb, m_ids, "New quarterly planning process", today.addDays(8), {a, b, c}, {a}),
                                  "preview");
    step(setPreviewPeer(m_nb, preview, c, PreviewStatus::Previewed, Stance::Supportive, "Wants fewer templates"), "preview peer");
    if (auto put = putPreviewOnAgendas(m_nb, m_ids, preview)) step(std::move(put), "preview agendas");
    // Journal and quick contacts.
    step(addJournalEntry(m_nb, m_ids, today.addDays(-3),
                         "I assumed the finance team was slowing us down on purpose. After the 1:1 I see they were "
                         "waiting on numbers we never sent.", "What did I get wrong this week?", {a}),
         "journal");
    step(addJournalEntry(m_nb, m_ids, today.addDays(-10), "The coffee before exec staff changes the meeting itself.",
                         "", {a, c}),
         "journal");
    step(logInteraction(m_nb, m_ids, b, today.addDays(-1), InteractionKind::TalkedToday, "Hallway chat about hiring"),
         "interaction");
}

void Builder::build() {
    Settings settings;
    settings.myName = "Alex Morgan";
    settings.myInterests = {"Hip hop", "Marathon running", "Jazz"};
    step(saveSettings(m_nb, m_ids, settings), "settings");
    std::vector<EntityId> peers;
    for (int32_t i = 0; i < m_options.peers && m_error.empty(); ++i) {
        const EntityId id = addSamplePeer(i);
        peers.push_back(id);
        addGetToKnow(id, i);
        // Weekly/bi-weekly/monthly 1:1s with most peers; a few are only met at rituals and projects.
        if (i % 6 != 5) addOneOnOnes(id, i);
        addCommitments(id, i);
    }
    if (peers.size() >= 3 && m_error.empty()) addSharedPractices(peers);
}

}  // namespace

Result<std::vector<Command>> sampleCommands(const SampleOptions& options) {
    Builder builder(options);
    builder.build();
    if (!builder.m_error.empty()) return makeError(builder.m_error);
    return std::move(builder.m_commands);
}

Result<Notebook> sampleNotebook(const SampleOptions& options) {
    Builder builder(options);
    builder.build();
    if (!builder.m_error.empty()) return makeError(builder.m_error);
    return std::move(builder.m_nb);
}

}  // namespace rapport
