// Exec-staff preview: walk each affected peer through a proposal before the staff meeting.
#pragma once

#include <string>
#include <tuple>
#include <vector>

#include "core/model/enums.h"
#include "core/model/ids.h"
#include "core/util/civil_date.h"

namespace rapport {

struct PreviewPeer {
    EntityId peerId = kNoId;
    PreviewStatus status = PreviewStatus::NotYet;
    Stance stance = Stance::Unknown;
    std::string feedback;
    bool dependsOn = false;  // the proposal needs this peer's support

    auto tie() const { return std::tie(peerId, status, stance, feedback, dependsOn); }
    bool operator==(const PreviewPeer& o) const { return tie() == o.tie(); }
    bool operator!=(const PreviewPeer& o) const { return !(*this == o); }
};

struct ExecPreview {
    EntityId id = kNoId;
    std::string proposal;
    CivilDate staffMeetingOn;
    std::vector<PreviewPeer> peers;  // each peer at most once
    std::string notes;

    auto tie() const { return std::tie(id, proposal, staffMeetingOn, peers, notes); }
    bool operator==(const ExecPreview& o) const { return tie() == o.tie(); }
    bool operator!=(const ExecPreview& o) const { return !(*this == o); }
};

}  // namespace rapport
