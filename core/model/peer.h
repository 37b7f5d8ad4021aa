// Peer: a colleague I am building a relationship with. Everything else in the notebook hangs off peers.
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

// One point of the trust history: the level (1 = guarded ... 5 = full trust) as of a date, and why.
struct TrustRecord {
    CivilDate date;
    uint8_t level = 1;
    std::string note;

    auto tie() const { return std::tie(date, level, note); }
    bool operator==(const TrustRecord& o) const { return tie() == o.tie(); }
    bool operator!=(const TrustRecord& o) const { return !(*this == o); }
};

struct Peer {
    EntityId id = kNoId;
    std::string name;
    std::string role;  // role or function ("VP Sales")
    std::string team;
    // How we met.
    std::optional<CivilDate> metOn;
    std::string metWhere;
    std::string introducedBy;
    Interdependence interdependence = Interdependence::Moderate;
    RelationshipKind relationship = RelationshipKind::Peer;
    bool onLeadershipTeam = false;  // on *my* leadership team
    RelationshipStage stage = RelationshipStage::New;
    std::vector<TrustRecord> trustHistory;  // oldest first; empty = never assessed
    std::vector<std::string> tags;
    bool archived = false;
    std::string notes;

    // The latest trust level, 1 when never assessed (a new relationship starts guarded).
    uint8_t trustLevel() const { return trustHistory.empty() ? 1 : trustHistory.back().level; }

    auto tie() const {
        return std::tie(id, name, role, team, metOn, metWhere, introducedBy, interdependence, relationship,
                        onLeadershipTeam, stage, trustHistory, tags, archived, notes);
    }
    bool operator==(const Peer& o) const { return tie() == o.tie(); }
    bool operator!=(const Peer& o) const { return !(*this == o); }
};

}  // namespace rapport
