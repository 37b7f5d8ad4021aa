// Entity: any one thing the notebook stores, as a variant. Commands carry entities, the store persists
// them, and EntityKind is the stable numeric tag that identifies the type on disk.
#pragma once

#include <cstddef>
#include <cstdint>
#include <type_traits>
#include <variant>

#include "core/model/commitment.h"
#include "core/model/follow_up.h"
#include "core/model/get_to_know.h"
#include "core/model/ids.h"
#include "core/model/journal.h"
#include "core/model/meeting.h"
#include "core/model/peer.h"
#include "core/model/preview.h"
#include "core/model/project.h"
#include "core/model/ritual.h"
#include "core/model/series.h"
#include "core/model/settings.h"

namespace rapport {

// The alternatives' order matches EntityKind (kind = index + 1); append new types at the end only.
using Entity = std::variant<Peer, Fact, Connection, BanterTopic, JointProject, Commitment, Ritual, OneOnOneSeries,
                            Meeting, ExecPreview, JournalEntry, Interaction, Settings, BankTopic, FollowUp>;

// Persisted type tags: never renumber, never reuse.
enum class EntityKind : uint16_t {
    Peer = 1,
    Fact = 2,
    Connection = 3,
    BanterTopic = 4,
    JointProject = 5,
    Commitment = 6,
    Ritual = 7,
    OneOnOneSeries = 8,
    Meeting = 9,
    ExecPreview = 10,
    JournalEntry = 11,
    Interaction = 12,
    Settings = 13,
    BankTopic = 14,
    FollowUp = 15,
};
constexpr uint16_t kEntityKindCount = 15;
static_assert(std::variant_size_v<Entity> == kEntityKindCount, "EntityKind and Entity must list the same types");

// True for a kind this build knows.
constexpr bool isValid(EntityKind k) { return uint16_t(k) >= 1 && uint16_t(k) <= kEntityKindCount; }

// The kind of an entity type, at compile time: kindFor<Peer>() == EntityKind::Peer.
template <class T, size_t I = 0>
constexpr EntityKind kindFor() {
    if constexpr (std::is_same_v<T, std::variant_alternative_t<I, Entity>>) {
        return EntityKind(uint16_t(I + 1));
    } else {
        return kindFor<T, I + 1>();
    }
}

// The id of whatever the variant holds.
inline EntityId entityId(const Entity& e) {
    return std::visit([](const auto& x) { return x.id; }, e);
}
// The kind of whatever the variant holds.
inline EntityKind kindOf(const Entity& e) { return EntityKind(uint16_t(e.index() + 1)); }

// Lower-case display name of a kind ("peer", "1:1 series"); "unknown" for an invalid kind.
const char* kindName(EntityKind k);

}  // namespace rapport
