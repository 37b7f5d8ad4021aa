// Dismissing a reminder of Coming up: its key goes into the settings, so it stays dismissed after a
// restart; keys of days long past are pruned on the way.
#include "core/model/command_util.h"
#include "core/model/commands.h"

#include <algorithm>

namespace rapport {
namespace {

// Every key ends with the ISO day it is about ("date:...:2026-12-09").
bool isStale(const std::string& key, CivilDate today) {
    if (key.size() < 10) return true;
    auto day = CivilDate::parseIso(key.substr(key.size() - 10));
    return !day || day.value() < today.addDays(-kReminderKeepDays);
}

}  // namespace

bool isReminderDismissed(const Notebook& nb, const std::string& key) {
    const auto& keys = nb.settings().dismissedReminders;
    return std::find(keys.begin(), keys.end(), key) != keys.end();
}

Result<Command> dismissReminder(const Notebook& nb, IdSource& ids, const std::string& key, std::string what,
                                CivilDate today) {
    if (key.empty()) return makeError("Nothing to dismiss.");
    if (isReminderDismissed(nb, key)) return makeError("Already dismissed.");
    Settings after = nb.settings();
    auto& keys = after.dismissedReminders;
    keys.erase(std::remove_if(keys.begin(), keys.end(), [&](const std::string& k) { return isStale(k, today); }),
               keys.end());
    keys.push_back(key);
    std::optional<Entity> before;
    if (nb.all<Settings>().empty()) after.id = ids.next();
    else before = nb.settings();
    return detail::single(nb, "Dismissed " + what, before, after);
}

}  // namespace rapport
