// Notebook: the whole in-memory state, changed only by applying Commands (all-or-nothing).
// The UI reads it through const accessors; rules/ derives plans and warnings from it.
#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <set>
#include <tuple>
#include <unordered_map>
#include <utility>
#include <vector>

#include "core/model/command.h"
#include "core/model/entity.h"
#include "core/model/notebook_index.h"
#include "core/util/result.h"

namespace rapport {

// Entities of one type by id (ordered, so iteration and snapshots are deterministic).
template <class T>
using Table = std::map<EntityId, T>;

// Ids of one peer's (or series') dated entities, ordered by date then id.
using DatedIds = std::set<std::pair<int32_t, EntityId>>;

class Notebook {
public:
    // Applies every change of c or none. Each change's `before` must equal the current entity (absent for
    // a create), each `after` must pass validate(), ids must be unused on create, strict references must
    // resolve, a deleted entity must be unreferenced, and Settings is a singleton. On failure nothing
    // changes and the Error says which rule broke.
    Status apply(const Command& c);

    // All entities of type T: all<Peer>(), all<Meeting>()...
    template <class T>
    const Table<T>& all() const { return std::get<Table<T>>(m_tables); }
    // The entity of type T with this id, or nullptr.
    template <class T>
    const T* find(EntityId id) const {
        const auto& t = all<T>();
        auto it = t.find(id);
        return it == t.end() ? nullptr : &it->second;
    }
    // Any entity with this id, whatever its kind.
    std::optional<Entity> findEntity(EntityId id) const;
    // The kind of the entity with this id, if any.
    std::optional<EntityKind> kindOfId(EntityId id) const;
    // Number of entities of every kind.
    size_t size() const { return m_kinds.size(); }
    // How many strict references point at id (a referenced entity cannot be deleted).
    uint32_t referenceCount(EntityId id) const;

    // Named shortcuts for the UI.
    const Table<Peer>& peers() const { return all<Peer>(); }
    const Peer* findPeer(EntityId id) const { return find<Peer>(id); }
    const OneOnOneSeries* findSeries(EntityId id) const { return find<OneOnOneSeries>(id); }
    const Meeting* findMeeting(EntityId id) const { return find<Meeting>(id); }
    const Commitment* findCommitment(EntityId id) const { return find<Commitment>(id); }
    // The settings entity, or defaults when none was saved yet (its id is then kNoId).
    const Settings& settings() const;

    // Meetings of a peer / of a series, and interactions of a peer, by date (empty set when none).
    const DatedIds& meetingsOfPeer(EntityId peerId) const { return lookup(m_meetingsByPeer, peerId); }
    const DatedIds& meetingsOfSeries(EntityId seriesId) const { return lookup(m_meetingsBySeries, seriesId); }
    const DatedIds& interactionsOfPeer(EntityId peerId) const { return lookup(m_interactionsByPeer, peerId); }
    // Ids of the entities whose strict references (referencesOf) name id, in id order: a peer's facts,
    // connections, commitments, series, meetings, projects, rituals... (empty set when none). The
    // per-peer queries of rules/peer_records.h read it instead of scanning whole tables.
    const std::set<EntityId>& referrersOf(EntityId id) const;
    // Date- and peer-keyed indexes for the rules (meetings by date, open commitments by due date, contact
    // days per peer...), kept up to date by apply().
    const NotebookIndex& rulesIndex() const { return m_rulesIndex; }

    // Every entity, in kind order then id order (for snapshots and tests).
    std::vector<Entity> entities() const;
    // Rebuilds a notebook from entities (a snapshot); fails like apply() on a bad or inconsistent set.
    static Result<Notebook> fromEntities(std::vector<Entity> entities);

    bool operator==(const Notebook& o) const { return m_tables == o.m_tables; }
    bool operator!=(const Notebook& o) const { return !(*this == o); }

    // One table per Entity alternative, in the same order.
    template <class V>
    struct TablesOf;
    template <class... Ts>
    struct TablesOf<std::variant<Ts...>> {
        using type = std::tuple<Table<Ts>...>;
    };
    using Tables = typename TablesOf<Entity>::type;

private:

    static const DatedIds& lookup(const std::unordered_map<EntityId, DatedIds>& index, EntityId id);
    void insert(const Entity& e);
    void erase(const Entity& current);
    void index(const Entity& e, bool add);
    Status checkChange(const EntityChange& ch) const;
    Status checkFinal(const Command& c) const;

    Tables m_tables;
    std::unordered_map<EntityId, EntityKind> m_kinds;
    std::unordered_map<EntityId, uint32_t> m_refCounts;
    std::unordered_map<EntityId, DatedIds> m_meetingsByPeer;
    std::unordered_map<EntityId, DatedIds> m_meetingsBySeries;
    std::unordered_map<EntityId, DatedIds> m_interactionsByPeer;
    std::unordered_map<EntityId, std::set<EntityId>> m_referrers;  // referenced id -> ids referring to it
    NotebookIndex m_rulesIndex;
    // Only while fromEntities() loads: index() gathers the entries of the sets above here, and they are
    // built once, sorted, at the end (inserting them one by one was half the time of opening a large
    // notebook). Null otherwise.
    struct PendingIndex;
    PendingIndex* m_pending = nullptr;
};

}  // namespace rapport
