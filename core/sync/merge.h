// The merge: last writer wins per field on (HLC, device id), with existence (create/delete) as one
// more stamped value, so every device that has applied the same change records holds the same
// notebook whatever order they arrived in. Edits made without having seen each other (the seen
// vector, `basis`, says which) and that set one field to different values land in the conflict inbox.
#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <unordered_map>
#include <vector>

#include "core/model/command.h"
#include "core/model/notebook.h"
#include "core/store/change_record.h"

namespace rapport::sync {

using store::Hlc;
// Per device, the highest HLC of its changes applied here.
using SeenVector = std::map<uint64_t, Hlc>;

struct Stamp {
    Hlc hlc = 0;
    uint64_t device = 0;
    uint32_t basis = 0;  // index into MergeState::bases: what the writer had seen when it wrote
};
// Total order of writes: HLC, then device id.
inline bool later(const Stamp& a, const Stamp& b) { return a.hlc != b.hlc ? a.hlc > b.hlc : a.device > b.device; }

struct EntityState {
    uint16_t kind = 0;
    bool alive = false;
    Stamp aliveStamp;           // the create, delete or undo that decided `alive`
    std::vector<Stamp> fields;  // one per tie() field
    // The merged image while the entity is not in the notebook (deleted, or edited before its create
    // arrived), so a later create or undo brings back the right values.
    std::optional<Entity> image;
};

// Two concurrent writes gave one field different values: `kept` is what the merge kept (the later
// write), `other` the same entity with the value that lost. `deleted`: a delete met an edit it had not
// seen (kept is the deleted entity as it was, other the edited one).
struct Conflict {
    EntityId entity = kNoId;
    uint32_t field = 0;
    bool deleted = false;
    Entity kept;
    Entity other;
    Stamp keptStamp;
    Stamp otherStamp;
};

// Changes to the notebook built up while merging, in the order first touched.
class Overlay {
public:
    explicit Overlay(const Notebook& nb) : m_nb(nb) {}
    std::optional<Entity> get(EntityId id) const;
    void set(EntityId id, std::optional<Entity> e);
    // One command taking the notebook to the merged state (empty when nothing differs).
    Command command(const std::string& label) const;
    void clear() { m_changed.clear(); m_order.clear(); }
    // The id this notebook's settings have (each device created its own), or `fallback` if none yet.
    EntityId settingsId(EntityId fallback);

private:
    const Notebook& m_nb;
    EntityId m_settingsId = kNoId;
    std::unordered_map<EntityId, std::optional<Entity>> m_changed;
    std::vector<EntityId> m_order;
};

class MergeState {
public:
    // The index of `seen` in bases (added once).
    uint32_t intern(const SeenVector& seen);
    // Merges one change record written with knowledge `basis`. `local`: a change this device already
    // applied (only stamps are taken); otherwise the merged entities go into `overlay`.
    void merge(const store::ChangeRecord& rec, uint32_t basis, Overlay* overlay);
    // True when a wrote knowing b, or b knowing a (one device's own writes are always ordered).
    bool ordered(const Stamp& a, const Stamp& b) const;

    std::unordered_map<EntityId, EntityState> entities;
    std::vector<SeenVector> bases{SeenVector{}};
    std::vector<Conflict> inbox;

private:
    void addConflict(Conflict c);
    void settle(EntityId id, uint32_t field, const Stamp& by);
};

// Settings is one per notebook, but every device created its own (with its own id): sync treats all
// of them as this one key, and applies their fields to whatever settings entity the device has.
constexpr EntityId kSettingsKey = 1;

// A default entity of `kind` with this id (deletes that only need to name their target).
Entity blankEntity(uint16_t kind, EntityId id);

}  // namespace rapport::sync
