// The command that saves the settings (one Settings entity per notebook).
#include "core/model/command_util.h"
#include "core/model/commands.h"
#include "core/model/recurrence.h"

#include <algorithm>
#include <set>

namespace rapport {

using detail::existing;
using detail::shortened;
using detail::single;

Result<Command> saveSettings(const Notebook& nb, IdSource& ids, Settings settings) {
    const auto& table = nb.all<Settings>();
    if (table.empty()) {
        settings.id = ids.next();
        return single(nb, "Saved the settings", std::nullopt, settings);
    }
    const Settings& current = table.begin()->second;
    settings.id = current.id;
    return single(nb, "Saved the settings", current, settings);
}

}  // namespace rapport
