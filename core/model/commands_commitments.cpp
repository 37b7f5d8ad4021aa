// Command builders for commitments either way: make, keep or miss, renegotiate.
#include "core/model/command_util.h"
#include "core/model/commands.h"
#include "core/model/important_dates.h"

#include <algorithm>

namespace rapport {

using detail::existing;
using detail::peerName;
using detail::shortened;
using detail::requirePeer;
using detail::single;

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

}  // namespace rapport
