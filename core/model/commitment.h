// Commitment: a promise between me and a peer, in either direction, and whether it was kept.
#pragma once

#include <optional>
#include <string>
#include <tuple>

#include "core/model/enums.h"
#include "core/model/ids.h"
#include "core/util/civil_date.h"

namespace rapport {

struct Commitment {
    EntityId id = kNoId;
    EntityId peerId = kNoId;
    CommitmentDirection direction = CommitmentDirection::MeToThem;
    std::string text;
    CivilDate madeOn;
    std::optional<CivilDate> due;
    CommitmentStatus status = CommitmentStatus::Open;
    std::optional<CivilDate> resolvedOn;  // set with any status but Open
    CommitmentOrigin origin = CommitmentOrigin::Other;
    EntityId originId = kNoId;  // the project, meeting or ritual it came from (kNoId for Other)

    bool isOpen() const { return status == CommitmentStatus::Open; }

    auto tie() const {
        return std::tie(id, peerId, direction, text, madeOn, due, status, resolvedOn, origin, originId);
    }
    bool operator==(const Commitment& o) const { return tie() == o.tie(); }
    bool operator!=(const Commitment& o) const { return !(*this == o); }
};

}  // namespace rapport
