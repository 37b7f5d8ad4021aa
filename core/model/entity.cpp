// Entity kind names and command inversion.
#include "core/model/command.h"
#include "core/model/entity.h"

namespace rapport {

const char* kindName(EntityKind k) {
    static const char* const kNames[kEntityKindCount] = {
        "peer",    "fact",          "connection",    "banter topic", "joint project", "commitment", "ritual",
        "1:1 series", "1:1 meeting", "exec-staff preview", "journal entry", "interaction", "settings",
        "bank topic", "follow-up"};
    return isValid(k) ? kNames[uint16_t(k) - 1] : "unknown";
}

Command inverted(const Command& c) {
    Command out;
    out.label = c.label;
    out.changes.reserve(c.changes.size());
    for (auto it = c.changes.rbegin(); it != c.changes.rend(); ++it) {
        out.changes.push_back(EntityChange{it->after, it->before});
    }
    return out;
}

}  // namespace rapport
