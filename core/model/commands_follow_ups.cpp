// Command builders for follow-ups ("ask Maria how Tom's swimming went, in 2 weeks"): add, done, snooze.
#include "core/model/command_util.h"
#include "core/model/commands.h"

namespace rapport {

using detail::existing;
using detail::peerName;
using detail::shortened;
using detail::single;

Result<Command> addFollowUp(const Notebook& nb, IdSource& ids, EntityId peerId, std::string text, CivilDate due,
                            CivilDate today) {
    if (Status s = detail::requirePeer(nb, peerId); !s) return s.error();
    if (due < today) return makeError("A follow-up cannot be due before today (" + today.toIso() + ").");
    for (const auto& [id, f] : nb.all<FollowUp>()) {
        if (f.peerId == peerId && f.isOpen() && f.text == text) {
            return makeError("Already noted: ask " + peerName(nb, peerId) + " " + shortened(text) + ", on " +
                             f.due.toIso() + ".");
        }
    }
    FollowUp f;
    f.id = ids.next();
    f.peerId = peerId;
    f.text = std::move(text);
    f.madeOn = today;
    f.due = due;
    return single(nb, "Noted: ask " + peerName(nb, peerId) + " " + shortened(f.text) + ", on " + due.toIso(),
                  std::nullopt, f);
}

Result<Command> completeFollowUp(const Notebook& nb, EntityId followUpId, CivilDate date) {
    auto f = existing<FollowUp>(nb, followUpId);
    if (!f) return f.error();
    if (!f.value().isOpen()) return makeError("This follow-up is already done.");
    FollowUp after = f.value();
    after.doneOn = date < after.madeOn ? after.madeOn : date;
    return single(nb, "Asked " + peerName(nb, after.peerId) + " " + shortened(after.text), f.value(), after);
}

Result<Command> snoozeFollowUp(const Notebook& nb, EntityId followUpId, CivilDate newDue, CivilDate today) {
    auto f = existing<FollowUp>(nb, followUpId);
    if (!f) return f.error();
    if (!f.value().isOpen()) return makeError("This follow-up is already done.");
    if (newDue <= today) return makeError("Snooze to a day after today.");
    if (newDue == f.value().due) return makeError("The follow-up is already due on " + newDue.toIso() + ".");
    FollowUp after = f.value();
    after.due = newDue;
    return single(nb, "Snoozed \"" + shortened(after.text) + "\" to " + newDue.toIso(), f.value(), after);
}

}  // namespace rapport
