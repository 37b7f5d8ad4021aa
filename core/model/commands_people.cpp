// Command builders for get-to-know entries, interactions, journal, projects, commitments and rituals.
#include "core/model/command_util.h"
#include "core/model/commands.h"
#include "core/model/important_dates.h"

#include <algorithm>

namespace rapport {

using detail::existing;
using detail::peerName;
using detail::shortened;
using detail::single;

namespace {

Status requirePeer(const Notebook& nb, EntityId peerId) {
    if (!nb.findPeer(peerId)) return makeError("No such peer.");
    return {};
}

}  // namespace

Result<Command> addFact(const Notebook& nb, IdSource& ids, EntityId peerId, FactCategory category, std::string text,
                        std::optional<CivilDate> learnedOn, std::string learnedWhere, std::optional<AnnualDate> date) {
    if (Status s = requirePeer(nb, peerId); !s) return s.error();
    Fact f{ids.next(), peerId, category, std::move(text), learnedOn, std::move(learnedWhere), date};
    // An important date says what was noted: "Added Birthday, 3 Dec 1979, for Maria Chen".
    const std::string what = f.date ? f.text + ", " + annualDateText(*f.date) + ", for " : std::string("a fact about ");
    return single(nb, "Added " + what + peerName(nb, peerId), std::nullopt, f);
}

Result<Command> addConnection(const Notebook& nb, IdSource& ids, EntityId peerId, std::string interest,
                              bool fromMyProfile, std::string note) {
    if (Status s = requirePeer(nb, peerId); !s) return s.error();
    Connection c{ids.next(), peerId, std::move(interest), fromMyProfile, std::move(note), {}};
    return single(nb, "Added a shared interest with " + peerName(nb, peerId), std::nullopt, c);
}

Result<Command> addBanterTopic(const Notebook& nb, IdSource& ids, EntityId peerId, std::string text) {
    if (Status s = requirePeer(nb, peerId); !s) return s.error();
    BanterTopic b{ids.next(), peerId, std::move(text), std::nullopt};
    return single(nb, "Added a banter topic for " + peerName(nb, peerId), std::nullopt, b);
}

Result<Command> markBanterUsed(const Notebook& nb, EntityId topicId, CivilDate date) {
    auto b = existing<BanterTopic>(nb, topicId);
    if (!b) return b.error();
    if (b.value().lastUsed == date) return makeError("Already marked used on " + date.toIso() + ".");
    BanterTopic after = b.value();
    after.lastUsed = date;
    return single(nb, "Used \"" + shortened(after.text) + "\" with " + peerName(nb, after.peerId), b.value(), after);
}

Result<Command> logInteraction(const Notebook& nb, IdSource& ids, EntityId peerId, CivilDate date,
                               InteractionKind kind, std::string note) {
    if (Status s = requirePeer(nb, peerId); !s) return s.error();
    // The same contact noted twice (a second click) is one contact.
    for (const auto& [day, id] : nb.interactionsOfPeer(peerId)) {
        const Interaction* other = nb.find<Interaction>(id);
        if (day == date.dayNumber() && other && other->kind == kind && other->note == note) {
            return makeError("Already noted: " + std::string(label(kind)) + " with " + peerName(nb, peerId) + " on " +
                             date.toIso() + ".");
        }
    }
    Interaction i{ids.next(), peerId, date, kind, std::move(note)};
    return single(nb, "Noted: " + std::string(label(kind)) + " with " + peerName(nb, peerId), std::nullopt, i);
}

Result<Command> addJournalEntry(const Notebook& nb, IdSource& ids, CivilDate date, std::string text,
                                std::string prompt, std::vector<EntityId> peerIds) {
    JournalEntry j{ids.next(), date, std::move(prompt), std::move(text), std::move(peerIds)};
    return single(nb, "Added a journal entry", std::nullopt, j);
}

Result<Command> addProject(const Notebook& nb, IdSource& ids, std::string title, std::vector<EntityId> peerIds,
                           ProjectKind kind, CivilDate start, int32_t timeboxDays) {
    JointProject p;
    p.id = ids.next();
    p.title = std::move(title);
    p.peerIds = std::move(peerIds);
    p.kind = kind;
    p.start = start;
    p.timeboxDays = timeboxDays;
    return single(nb, "Started the project " + shortened(p.title), std::nullopt, p);
}

Result<Command> setProjectPhase(const Notebook& nb, EntityId projectId, ProjectPhase phase, CivilDate date) {
    auto p = existing<JointProject>(nb, projectId);
    if (!p) return p.error();
    JointProject after = p.value();
    if (date < after.start) return makeError("The phase change is dated before the project started.");
    after.phase = phase;
    if (after.isActive()) after.endedOn.reset();
    else after.endedOn = date;
    return single(nb, "Moved " + shortened(after.title) + " to " + label(phase), p.value(), after);
}

Result<Command> addObservation(const Notebook& nb, EntityId projectId, Observation observation) {
    auto p = existing<JointProject>(nb, projectId);
    if (!p) return p.error();
    JointProject after = p.value();
    if (observation.peerId != kNoId &&
        std::find(after.peerIds.begin(), after.peerIds.end(), observation.peerId) == after.peerIds.end()) {
        return makeError("That peer is not part of the project.");
    }
    after.observations.push_back(std::move(observation));
    return single(nb, "Added an observation to " + shortened(after.title), p.value(), after);
}

Result<Command> addCommitment(const Notebook& nb, IdSource& ids, EntityId peerId, CommitmentDirection direction,
                              std::string text, CivilDate madeOn, std::optional<CivilDate> due,
                              CommitmentOrigin origin, EntityId originId) {
    if (Status s = requirePeer(nb, peerId); !s) return s.error();
    Commitment c{ids.next(), peerId, direction, std::move(text), madeOn, due, CommitmentStatus::Open,
                 std::nullopt, origin, originId};
    const std::string who = direction == CommitmentDirection::MeToThem ? "I owe " + peerName(nb, peerId)
                                                                       : peerName(nb, peerId) + " owes me";
    return single(nb, "Noted: " + who + " \"" + shortened(c.text) + "\"", std::nullopt, c);
}

Result<Command> setCommitmentStatus(const Notebook& nb, EntityId commitmentId, CommitmentStatus status, CivilDate date) {
    auto c = existing<Commitment>(nb, commitmentId);
    if (!c) return c.error();
    Commitment after = c.value();
    if (status != CommitmentStatus::Open && date < after.madeOn) {
        return makeError("A commitment cannot be resolved before it was made (" + after.madeOn.toIso() + ").");
    }
    if (after.due && status == CommitmentStatus::Kept && date > *after.due) {
        return makeError("It was kept after its due date (" + after.due->toIso() + "): mark it kept late.");
    }
    if (status == CommitmentStatus::KeptLate && (!after.due || date <= *after.due)) {
        return makeError("It was kept on time: mark it kept.");
    }
    after.status = status;
    if (status == CommitmentStatus::Open) after.resolvedOn.reset();
    else after.resolvedOn = date;
    return single(nb, "Marked \"" + shortened(after.text) + "\" " + label(status), c.value(), after);
}

Result<Command> renegotiateCommitment(const Notebook& nb, IdSource& ids, EntityId commitmentId, CivilDate newDue,
                                      CivilDate date) {
    auto c = existing<Commitment>(nb, commitmentId);
    if (!c) return c.error();
    if (!c.value().isOpen()) return makeError("Only an open commitment can be renegotiated.");
    if (newDue < date) return makeError("The new due date is before the renegotiation.");
    Commitment old = c.value();
    old.status = CommitmentStatus::Renegotiated;
    old.resolvedOn = date;
    Commitment renewed = c.value();
    renewed.id = ids.next();
    renewed.madeOn = date;
    renewed.due = newDue;
    Command cmd{"Renegotiated \"" + shortened(old.text) + "\"",
                {EntityChange{c.value(), old}, EntityChange{std::nullopt, renewed}}};
    if (Status s = detail::precheck(nb, cmd); !s) return s.error();
    return cmd;
}

Result<Command> addRitual(const Notebook& nb, IdSource& ids, RitualKind kind, std::string title, std::string workEvent,
                          std::vector<EntityId> participants, RecurrenceUnit unit, int32_t every,
                          std::optional<CivilDate> nextDue) {
    Ritual r{ids.next(), kind, std::move(title), std::move(workEvent), unit, every, std::move(participants),
             std::nullopt, nextDue};
    std::string name = r.title.empty() ? std::string("a ritual") : "the ritual " + shortened(r.title);
    return single(nb, "Added " + name, std::nullopt, r);
}

Result<Command> markRitualDone(const Notebook& nb, EntityId ritualId, CivilDate date) {
    auto r = existing<Ritual>(nb, ritualId);
    if (!r) return r.error();
    if (r.value().lastDone == date) return makeError("Already marked done on " + date.toIso() + ".");
    Ritual after = r.value();
    after.lastDone = date;
    switch (after.unit) {
        case RecurrenceUnit::None: after.nextDue.reset(); break;
        case RecurrenceUnit::Weeks: after.nextDue = date.addDays(7 * after.every); break;
        case RecurrenceUnit::Months: after.nextDue = date.addMonths(after.every); break;
    }
    std::string name = after.title.empty() ? std::string("the ritual") : shortened(after.title);
    return single(nb, "Done: " + name, r.value(), after);
}

}  // namespace rapport
