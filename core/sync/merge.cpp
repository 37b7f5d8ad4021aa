// Per-field last-writer-wins merge over change records' before/after images (core/model/command.h).
#include "core/sync/merge.h"

#include <algorithm>
#include <utility>

#include "core/sync/fields.h"

namespace rapport::sync {

namespace {

template <size_t... I>
Entity blankAt(size_t index, EntityId id, std::index_sequence<I...>) {
    Entity out;
    ((I == index ? (out = std::variant_alternative_t<I, Entity>{}, 0) : 0), ...);
    std::visit([id](auto& x) { x.id = id; }, out);
    return out;
}

}  // namespace

Entity blankEntity(uint16_t kind, EntityId id) {
    const size_t index = kind >= 1 && kind <= kEntityKindCount ? kind - 1 : 0;
    return blankAt(index, id, std::make_index_sequence<std::variant_size_v<Entity>>{});
}

std::optional<Entity> Overlay::get(EntityId id) const {
    auto it = m_changed.find(id);
    if (it != m_changed.end()) return it->second;
    return m_nb.findEntity(id);
}

void Overlay::set(EntityId id, std::optional<Entity> e) {
    if (m_changed.emplace(id, e).second) {
        m_order.push_back(id);
    } else {
        m_changed[id] = std::move(e);
    }
}

Command Overlay::command(const std::string& label) const {
    Command c;
    c.label = label;
    for (EntityId id : m_order) {
        std::optional<Entity> before = m_nb.findEntity(id);
        const std::optional<Entity>& after = m_changed.at(id);
        if (before == after) continue;
        c.changes.push_back(EntityChange{std::move(before), after});
    }
    return c;
}

EntityId Overlay::settingsId(EntityId fallback) {
    if (m_settingsId == kNoId) m_settingsId = m_nb.settings().id != kNoId ? m_nb.settings().id : fallback;
    return m_settingsId;
}

uint32_t MergeState::intern(const SeenVector& seen) {
    // Recent bases are the likely matches: search from the end.
    for (size_t i = bases.size(); i-- > 0;) {
        if (bases[i] == seen) return static_cast<uint32_t>(i);
    }
    bases.push_back(seen);
    return static_cast<uint32_t>(bases.size() - 1);
}

bool MergeState::ordered(const Stamp& a, const Stamp& b) const {
    if (a.device == b.device) return true;
    auto knows = [this](const Stamp& x, const Stamp& y) {
        const SeenVector& seen = bases[x.basis < bases.size() ? x.basis : 0];
        auto it = seen.find(y.device);
        return it != seen.end() && it->second >= y.hlc;
    };
    return knows(a, b) || knows(b, a);
}

void MergeState::addConflict(Conflict c) {
    for (const Conflict& k : inbox) {
        if (k.entity == c.entity && k.field == c.field && k.deleted == c.deleted && k.keptStamp.hlc == c.keptStamp.hlc &&
            k.otherStamp.hlc == c.otherStamp.hlc) {
            return;  // the same batch applied again (after a crash): already in the inbox
        }
    }
    inbox.push_back(std::move(c));
}

// A write that knew both sides of a conflict decided it: it leaves the inbox.
void MergeState::settle(EntityId id, uint32_t field, const Stamp& by) {
    inbox.erase(std::remove_if(inbox.begin(), inbox.end(),
                               [&](const Conflict& c) {
                                   return c.entity == id && (c.field == field || c.deleted) && later(by, c.keptStamp) &&
                                          later(by, c.otherStamp) && ordered(by, c.keptStamp) &&
                                          ordered(by, c.otherStamp);
                               }),
                inbox.end());
}

void MergeState::merge(const store::ChangeRecord& rec, uint32_t basis, Overlay* overlay) {
    const Stamp r{rec.hlc, rec.deviceId, basis};
    for (const EntityChange& ch : rec.command.changes) {
        const Entity& any = ch.after ? *ch.after : *ch.before;
        const bool settings = kindOf(any) == EntityKind::Settings;
        const EntityId id = settings ? kSettingsKey : entityId(any);
        // Where the entity lives in this notebook (the settings under this device's own id).
        const EntityId localId = !settings ? id : overlay ? overlay->settingsId(entityId(any)) : entityId(any);
        EntityState& st = entities[id];
        if (st.kind == 0) st.kind = static_cast<uint16_t>(kindOf(any));
        if (st.kind != static_cast<uint16_t>(kindOf(any))) continue;  // an id reused by another kind: not ours to merge
        const size_t n = fieldCount(any);
        if (st.fields.size() != n) st.fields.resize(n);

        // The entity as this device holds it: in the notebook, or kept aside while absent.
        // (A local change is already in the notebook: its before image is what it was made on.)
        std::optional<Entity> img = overlay ? overlay->get(localId) : ch.before;
        if (!img) img = st.image;
        if (!img) img = any;
        if (settings && overlay) std::visit([localId](auto& x) { x.id = localId; }, *img);

        auto fieldOp = [&](size_t i, const Entity& src) {
            const Stamp s = st.fields[i];
            const bool differ = !fieldEqual(*img, src, i);
            if (later(r, s)) {
                if (overlay && differ && s.hlc != 0 && !ordered(r, s)) {
                    Entity kept = *img;
                    copyField(kept, src, i);
                    addConflict(Conflict{localId, static_cast<uint32_t>(i), false, kept, *img, r, s});
                }
                copyField(*img, src, i);
                st.fields[i] = r;
                settle(localId, static_cast<uint32_t>(i), r);
            } else if (overlay && differ && !ordered(r, s)) {
                Entity other = *img;
                copyField(other, src, i);
                addConflict(Conflict{localId, static_cast<uint32_t>(i), false, *img, other, s, r});
            }
        };

        if (ch.after) {
            for (size_t i = 1; i < n; ++i) {
                if (!ch.before || !fieldEqual(*ch.before, *ch.after, i)) fieldOp(i, *ch.after);
            }
        }
        const bool isCreate = ch.after && !ch.before;
        const bool isDelete = !ch.after;
        if ((isCreate || isDelete) && later(r, st.aliveStamp)) {
            const bool nowAlive = isCreate;
            if (overlay && !nowAlive && st.alive) {
                // A delete that had not seen an edit of this entity: the user decides (bring it back or not).
                for (size_t i = 1; i < n; ++i) {
                    if (st.fields[i].hlc != 0 && later(st.fields[i], st.aliveStamp) && !ordered(r, st.fields[i])) {
                        addConflict(Conflict{localId, 0, true, *img, *img, r, st.fields[i]});
                        break;
                    }
                }
            }
            st.alive = nowAlive;
            st.aliveStamp = r;
        } else if (overlay && !isCreate && !isDelete && !st.alive && st.aliveStamp.hlc != 0 &&
                   !ordered(r, st.aliveStamp)) {
            // An edit arriving after a delete it had not seen.
            addConflict(Conflict{localId, 0, true, *img, *img, st.aliveStamp, r});
        }

        if (st.alive) {
            st.image.reset();
            if (overlay) overlay->set(localId, *img);
        } else {
            st.image = *img;
            if (overlay) overlay->set(localId, std::nullopt);
        }
    }
}

}  // namespace rapport::sync
