// Internal helpers of the command builders.
#include "core/model/command_util.h"

#include <unordered_map>

namespace rapport::detail {

Status precheck(const Notebook& nb, const Command& c) {
    std::unordered_map<EntityId, EntityKind> created;
    for (const EntityChange& ch : c.changes) {
        if (ch.after) {
            if (Status s = validate(*ch.after); !s) return s;
            created[entityId(*ch.after)] = kindOf(*ch.after);
        }
    }
    for (const EntityChange& ch : c.changes) {
        if (!ch.after) continue;
        for (const Reference& r : referencesOf(*ch.after)) {
            auto k = nb.kindOfId(r.id);
            auto it = created.find(r.id);
            const bool found = (k && *k == r.kind) || (it != created.end() && it->second == r.kind);
            if (!found) {
                return makeError(std::string("The ") + kindName(kindOf(*ch.after)) + " refers to a " +
                                 kindName(r.kind) + " that does not exist.");
            }
        }
    }
    return {};
}

Result<Command> single(const Notebook& nb, std::string label, std::optional<Entity> before,
                       std::optional<Entity> after) {
    Command c{std::move(label), {EntityChange{std::move(before), std::move(after)}}};
    if (Status s = precheck(nb, c); !s) return s.error();
    return c;
}

Status requirePeer(const Notebook& nb, EntityId peerId) {
    if (!nb.findPeer(peerId)) return makeError("No such peer.");
    return {};
}

std::string peerName(const Notebook& nb, EntityId peerId) {
    const Peer* p = nb.findPeer(peerId);
    return p ? p->name : std::string("a peer");
}

std::string shortened(const std::string& text, size_t n) {
    if (text.size() <= n) return text;
    size_t cut = n;
    while (cut > 0 && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80) --cut;  // keep UTF-8 whole
    return text.substr(0, cut) + "...";
}

}  // namespace rapport::detail
