// Command builders for the 1:1 topic bank: the shipped topics (fixed ids) and imported ones.
#include "core/model/command_util.h"
#include "core/model/commands.h"
#include "core/model/recurrence.h"

#include <algorithm>
#include <set>

namespace rapport {

using detail::existing;
using detail::shortened;
using detail::single;

namespace {
// The seed of the shipped topics' ids ("rapport1"); never change it, notebooks hold these ids.
constexpr uint64_t kShippedTopicSeed = 0x7261'7070'6f72'7431ULL;
}  // namespace

Result<Command> addShippedTopics(const Notebook& nb, const std::vector<BankTopic>& topics) {
    IdSource ids(kShippedTopicSeed);
    auto cmd = importTopics(nb, ids, topics);
    if (cmd) cmd.value().label = "Added the default 1:1 topics";
    return cmd;
}

bool isShippedData(const Command& c) {
    if (c.changes.empty()) return false;
    std::set<EntityId> shipped;
    IdSource ids(kShippedTopicSeed);
    for (size_t i = 0; i < c.changes.size(); ++i) shipped.insert(ids.next());
    for (const EntityChange& ch : c.changes) {
        const std::optional<Entity>& image = ch.after ? ch.after : ch.before;
        if ((ch.before && ch.after) || !std::holds_alternative<BankTopic>(*image)) return false;
        if (!shipped.count(entityId(*image))) return false;
    }
    return true;
}

Result<Command> importTopics(const Notebook& nb, IdSource& ids, const std::vector<BankTopic>& topics) {
    std::set<std::string> present;
    for (const auto& [id, t] : nb.all<BankTopic>()) present.insert(t.text);
    Command cmd{"", {}};
    for (BankTopic t : topics) {
        if (!present.insert(t.text).second) continue;
        t.id = ids.next();
        cmd.changes.push_back(EntityChange{std::nullopt, t});
    }
    if (cmd.changes.empty()) return makeError("Every one of these topics is already in the bank.");
    cmd.label = "Added " + std::to_string(cmd.changes.size()) + (cmd.changes.size() == 1 ? " topic" : " topics") +
                " to the bank";
    if (Status s = detail::precheck(nb, cmd); !s) return s.error();
    return cmd;
}

}  // namespace rapport
