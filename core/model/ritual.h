// Ritual: a small habit tacked onto a work event (coffee before the QBR, dinner after the offsite).
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <tuple>
#include <vector>

#include "core/model/enums.h"
#include "core/model/ids.h"
#include "core/util/civil_date.h"

namespace rapport {

struct Ritual {
    EntityId id = kNoId;
    RitualKind kind = RitualKind::Custom;
    std::string title;      // for Custom, the name; otherwise optional detail
    std::string workEvent;  // the event it is tacked onto ("quarterly business review")
    RecurrenceUnit unit = RecurrenceUnit::None;  // None: one-off
    int32_t every = 1;                           // every N weeks/months (1..52)
    std::vector<EntityId> participants;          // peers, at least one
    std::optional<CivilDate> lastDone;
    std::optional<CivilDate> nextDue;  // set by hand or from lastDone + recurrence when marked done

    auto tie() const { return std::tie(id, kind, title, workEvent, unit, every, participants, lastDone, nextDue); }
    bool operator==(const Ritual& o) const { return tie() == o.tie(); }
    bool operator!=(const Ritual& o) const { return !(*this == o); }
};

}  // namespace rapport
