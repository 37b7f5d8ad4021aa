// Follow-up: something to ask a peer about on a day ("ask how Tom's swimming went", in 2 weeks), shown
// in Coming up from that day on until it is done; snoozing moves the day.
#pragma once

#include <optional>
#include <string>
#include <tuple>

#include "core/model/ids.h"
#include "core/util/civil_date.h"

namespace rapport {

struct FollowUp {
    EntityId id = kNoId;
    EntityId peerId = kNoId;
    std::string text;  // read after "Ask Maria ": "about Tom's swimming", "how the launch went"
    CivilDate madeOn;
    CivilDate due;     // shown from this day on (on or after madeOn)
    std::optional<CivilDate> doneOn;

    bool isOpen() const { return !doneOn.has_value(); }

    auto tie() const { return std::tie(id, peerId, text, madeOn, due, doneOn); }
    bool operator==(const FollowUp& o) const { return tie() == o.tie(); }
    bool operator!=(const FollowUp& o) const { return !(*this == o); }
};

}  // namespace rapport
