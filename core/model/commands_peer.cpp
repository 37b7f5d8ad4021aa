// Command builders for generic edits and peers.
#include "core/model/command_util.h"
#include "core/model/commands.h"

namespace rapport {

using detail::existing;
using detail::single;

Result<Command> createEntity(const Notebook& nb, IdSource& ids, Entity draft, std::string label) {
    const EntityId id = ids.next();
    std::visit([id](auto& x) { x.id = id; }, draft);
    return single(nb, std::move(label), std::nullopt, std::move(draft));
}

Result<Command> updateEntity(const Notebook& nb, Entity edited, std::string label) {
    auto current = nb.findEntity(entityId(edited));
    if (!current) return makeError(std::string("No such ") + kindName(kindOf(edited)) + ".");
    if (kindOf(*current) != kindOf(edited)) return makeError("An entry cannot change its kind.");
    return single(nb, std::move(label), std::move(current), std::move(edited));
}

Result<Command> deleteEntity(const Notebook& nb, EntityId id) {
    auto current = nb.findEntity(id);
    if (!current) return makeError("No such entry.");
    if (uint32_t n = nb.referenceCount(id); n > 0) {
        std::string hint = kindOf(*current) == EntityKind::Peer ? " Archive the peer instead." : "";
        return makeError(std::string("Cannot delete this ") + kindName(kindOf(*current)) + ": " + std::to_string(n) +
                         (n == 1 ? " entry refers" : " entries refer") + " to it." + hint);
    }
    std::string label = std::string("Deleted the ") + kindName(kindOf(*current));
    if (const auto* p = std::get_if<Peer>(&*current)) label += " " + p->name;
    return Command{label, {EntityChange{std::move(current), std::nullopt}}};
}

Result<Command> addPeer(const Notebook& nb, IdSource& ids, std::string_view name) {
    auto clean = checkedName(name, "peer's name");
    if (!clean) return clean.error();
    Peer p;
    p.id = ids.next();
    p.name = clean.value();
    return single(nb, "Added " + p.name, std::nullopt, p);
}

Result<Command> renamePeer(const Notebook& nb, EntityId peerId, std::string_view name) {
    auto p = existing<Peer>(nb, peerId);
    if (!p) return p.error();
    auto clean = checkedName(name, "peer's name");
    if (!clean) return clean.error();
    Peer after = p.value();
    after.name = clean.value();
    return single(nb, "Renamed " + p.value().name + " to " + after.name, p.value(), after);
}

Result<Command> archivePeer(const Notebook& nb, EntityId peerId, bool archived) {
    auto p = existing<Peer>(nb, peerId);
    if (!p) return p.error();
    Peer after = p.value();
    after.archived = archived;
    return single(nb, (archived ? "Archived " : "Restored ") + after.name, p.value(), after);
}

Result<Command> recordTrust(const Notebook& nb, EntityId peerId, uint8_t level, CivilDate date, std::string note) {
    auto p = existing<Peer>(nb, peerId);
    if (!p) return p.error();
    if (level < 1 || level > 5) return makeError("Trust is a level from 1 to 5.");
    Peer after = p.value();
    if (!after.trustHistory.empty() && date < after.trustHistory.back().date) {
        return makeError("A trust record cannot be dated before the latest one (" +
                         after.trustHistory.back().date.toIso() + ").");
    }
    after.trustHistory.push_back(TrustRecord{date, level, std::move(note)});
    return single(nb, "Trust with " + after.name + " set to " + std::to_string(level) + " of 5", p.value(), after);
}

}  // namespace rapport
