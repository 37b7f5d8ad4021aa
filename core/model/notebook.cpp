// Notebook::apply: checks each change against the current state, applies it, then checks references;
// any failure rolls back what was applied, so a command lands whole or not at all.
#include "core/model/notebook.h"

#include <algorithm>
#include <tuple>

#include "core/model/validation.h"

namespace rapport {
namespace {

template <size_t I = 0>
std::optional<Entity> findIn(const Notebook::Tables& t, EntityKind k, EntityId id) {
    if constexpr (I < kEntityKindCount) {
        if (size_t(k) == I + 1) {
            const auto& table = std::get<I>(t);
            auto it = table.find(id);
            if (it == table.end()) return std::nullopt;
            return Entity(std::in_place_index<I>, it->second);
        }
        return findIn<I + 1>(t, k, id);
    } else {
        return std::nullopt;
    }
}

template <size_t I = 0>
void eraseIn(Notebook::Tables& t, EntityKind k, EntityId id) {
    if constexpr (I < kEntityKindCount) {
        if (size_t(k) == I + 1) {
            std::get<I>(t).erase(id);
            return;
        }
        eraseIn<I + 1>(t, k, id);
    }
}

template <size_t I = 0>
void appendAll(const Notebook::Tables& t, std::vector<Entity>& out) {
    if constexpr (I < kEntityKindCount) {
        for (const auto& [id, e] : std::get<I>(t)) out.emplace_back(std::in_place_index<I>, e);
        appendAll<I + 1>(t, out);
    }
}

std::string describe(const Entity& e) {
    return std::string(kindName(kindOf(e)));
}

}  // namespace

// Set entries gathered while fromEntities() loads (see Notebook::m_pending).
struct Notebook::PendingIndex {
    struct Dated {
        std::unordered_map<EntityId, DatedIds>* index;
        EntityId key;
        std::pair<int32_t, EntityId> entry;
        bool operator<(const Dated& o) const {
            return std::tie(index, key, entry) < std::tie(o.index, o.key, o.entry);
        }
    };
    std::vector<Dated> dated;
    std::vector<std::pair<EntityId, EntityId>> referrers;  // (referenced id, referring id)
};

const std::set<EntityId>& Notebook::referrersOf(EntityId id) const {
    static const std::set<EntityId> kNone;
    const auto it = m_referrers.find(id);
    return it == m_referrers.end() ? kNone : it->second;
}

const DatedIds& Notebook::lookup(const std::unordered_map<EntityId, DatedIds>& index, EntityId id) {
    static const DatedIds kEmpty;
    auto it = index.find(id);
    return it == index.end() ? kEmpty : it->second;
}

std::optional<Entity> Notebook::findEntity(EntityId id) const {
    auto k = kindOfId(id);
    return k ? findIn(m_tables, *k, id) : std::nullopt;
}

std::optional<EntityKind> Notebook::kindOfId(EntityId id) const {
    auto it = m_kinds.find(id);
    if (it == m_kinds.end()) return std::nullopt;
    return it->second;
}

uint32_t Notebook::referenceCount(EntityId id) const {
    auto it = m_refCounts.find(id);
    return it == m_refCounts.end() ? 0 : it->second;
}

const Settings& Notebook::settings() const {
    static const Settings kDefaults;
    const auto& t = all<Settings>();
    return t.empty() ? kDefaults : t.begin()->second;
}

void Notebook::index(const Entity& e, bool add) {
    auto update = [add, this](std::unordered_map<EntityId, DatedIds>& idx, EntityId key, CivilDate date, EntityId id) {
        if (key == kNoId) return;
        if (add && m_pending) {
            m_pending->dated.push_back({&idx, key, {date.dayNumber(), id}});
        } else if (add) {
            idx[key].insert({date.dayNumber(), id});
        } else {
            auto it = idx.find(key);
            if (it == idx.end()) return;
            it->second.erase({date.dayNumber(), id});
            if (it->second.empty()) idx.erase(it);
        }
    };
    if (const auto* m = std::get_if<Meeting>(&e)) {
        update(m_meetingsByPeer, m->peerId, m->date, m->id);
        update(m_meetingsBySeries, m->seriesId, m->date, m->id);
    } else if (const auto* i = std::get_if<Interaction>(&e)) {
        update(m_interactionsByPeer, i->peerId, i->date, i->id);
    }
    m_rulesIndex.update(e, add);
    const EntityId self = entityId(e);
    for (const Reference& r : referencesOf(e)) {
        if (add) {
            ++m_refCounts[r.id];
            if (m_pending) m_pending->referrers.emplace_back(r.id, self);
            else m_referrers[r.id].insert(self);
        } else {
            if (auto it = m_refCounts.find(r.id); it != m_refCounts.end() && --it->second == 0) m_refCounts.erase(it);
            if (auto it = m_referrers.find(r.id); it != m_referrers.end()) {
                it->second.erase(self);
                if (it->second.empty()) m_referrers.erase(it);
            }
        }
    }
}

void Notebook::insert(const Entity& e) {
    const EntityId id = entityId(e);
    std::visit([&](const auto& x) { std::get<Table<std::decay_t<decltype(x)>>>(m_tables)[id] = x; }, e);
    m_kinds[id] = kindOf(e);
    index(e, true);
}

void Notebook::erase(const Entity& current) {
    // `current` equals the stored entity (apply checked it), so it serves to unindex without a lookup copy.
    const EntityId id = entityId(current);
    index(current, false);
    eraseIn(m_tables, kindOf(current), id);
    m_kinds.erase(id);
}

Status Notebook::checkChange(const EntityChange& ch) const {
    if (!ch.before && !ch.after) return makeError("A change with neither a before nor an after image.");
    if (ch.before && ch.after &&
        (entityId(*ch.before) != entityId(*ch.after) || kindOf(*ch.before) != kindOf(*ch.after))) {
        return makeError("An update must keep the id and kind of the " + describe(*ch.before) + ".");
    }
    const Entity& any = ch.after ? *ch.after : *ch.before;
    const EntityId id = entityId(any);
    if (id == kNoId) return makeError("The " + describe(any) + " has no id.");
    if (ch.after) {
        if (Status s = validate(*ch.after); !s) return s;
    }
    if (ch.before) {
        // Compare in place, typed: no copy of the stored entity.
        const int state = std::visit(
            [&](const auto& b) {
                const auto* cur = find<std::decay_t<decltype(b)>>(id);
                return cur == nullptr ? 0 : (*cur == b ? 1 : 2);
            },
            *ch.before);
        if (state == 0) return makeError("The " + describe(any) + " no longer exists.");
        if (state == 2) return makeError("The " + describe(any) + " was changed in the meantime; try again.");
    } else if (m_kinds.count(id)) {
        return makeError("An entry with the id of this new " + describe(any) + " already exists.");
    }
    return {};
}

Status Notebook::checkFinal(const Command& c) const {
    if (all<Settings>().size() > 1) return makeError("There can be only one settings entry.");
    for (const EntityChange& ch : c.changes) {
        if (ch.after) {
            for (const Reference& r : referencesOf(*ch.after)) {
                auto k = kindOfId(r.id);
                if (!k || *k != r.kind) {
                    return makeError("The " + describe(*ch.after) + " refers to a " + kindName(r.kind) +
                                     " that does not exist.");
                }
            }
        } else if (auto n = referenceCount(entityId(*ch.before)); n > 0 && !m_kinds.count(entityId(*ch.before))) {
            std::string what = describe(*ch.before);
            std::string hint = kindOf(*ch.before) == EntityKind::Peer ? " (archive the peer instead)" : "";
            return makeError("Cannot delete the " + what + ": " + std::to_string(n) +
                             (n == 1 ? " entry still refers" : " entries still refer") + " to it" + hint + ".");
        }
    }
    return {};
}

Status Notebook::apply(const Command& c) {
    size_t applied = 0;
    Status result;
    for (; applied < c.changes.size(); ++applied) {
        const EntityChange& ch = c.changes[applied];
        if (Status s = checkChange(ch); !s) {
            result = s;
            break;
        }
        if (ch.before) erase(*ch.before);
        if (ch.after) insert(*ch.after);
    }
    if (result) result = checkFinal(c);
    if (!result) {
        // Roll back in reverse: each applied change is undone exactly.
        while (applied > 0) {
            const EntityChange& ch = c.changes[--applied];
            if (ch.after) erase(*ch.after);
            if (ch.before) insert(*ch.before);
        }
    }
    return result;
}

std::vector<Entity> Notebook::entities() const {
    std::vector<Entity> out;
    out.reserve(m_kinds.size());
    appendAll(m_tables, out);
    return out;
}

Result<Notebook> Notebook::fromEntities(std::vector<Entity> entities) {
    // The rules of apply() for one command creating everything, in one pass and without copies (this
    // is most of opening a notebook): each entity is checked like a create, indexed, then moved into its
    // table, at the end when entities come in table order as snapshots list them; references are
    // checked once all entities are in. Same checks, same messages.
    Notebook nb;
    nb.m_kinds.reserve(entities.size());
    PendingIndex pending;
    nb.m_pending = &pending;  // reset below; on an error nb is dropped with it
    std::vector<std::pair<EntityKind, Reference>> refs;  // (referring kind, reference)
    for (Entity& e : entities) {
        const EntityId id = entityId(e);
        if (id == kNoId) return makeError("The " + describe(e) + " has no id.");
        if (Status s = validate(e); !s) return s.error();
        if (!nb.m_kinds.emplace(id, kindOf(e)).second) {
            return makeError("An entry with the id of this new " + describe(e) + " already exists.");
        }
        for (const Reference& r : referencesOf(e)) refs.emplace_back(kindOf(e), r);
        nb.index(e, true);
        std::visit(
            [&](auto& x) {
                auto& table = std::get<Table<std::decay_t<decltype(x)>>>(nb.m_tables);
                table.emplace_hint(table.end(), id, std::move(x));
            },
            e);
    }
    nb.m_pending = nullptr;
    // The sets from sorted runs: each entry goes in at the end, no search, nodes allocated in order.
    std::sort(pending.dated.begin(), pending.dated.end());
    for (auto it = pending.dated.begin(); it != pending.dated.end();) {
        DatedIds& ids = (*it->index)[it->key];
        const auto* index = it->index;
        const EntityId key = it->key;
        for (; it != pending.dated.end() && it->index == index && it->key == key; ++it) ids.emplace_hint(ids.end(), it->entry);
    }
    std::sort(pending.referrers.begin(), pending.referrers.end());
    nb.m_referrers.reserve(nb.m_refCounts.size());
    for (auto it = pending.referrers.begin(); it != pending.referrers.end();) {
        std::set<EntityId>& ids = nb.m_referrers[it->first];
        const EntityId key = it->first;
        for (; it != pending.referrers.end() && it->first == key; ++it) ids.emplace_hint(ids.end(), it->second);
    }
    if (nb.all<Settings>().size() > 1) return makeError("There can be only one settings entry.");
    for (const auto& [from, r] : refs) {
        const auto k = nb.kindOfId(r.id);
        if (!k || *k != r.kind) {
            return makeError("The " + std::string(kindName(from)) + " refers to a " + kindName(r.kind) + " that does not exist.");
        }
    }
    return nb;
}

}  // namespace rapport
