// Command builders for social rituals tacked onto work.
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
