// The sample notebook: a realistic made-up notebook in memory, for --demo, ?demo and the welcome
// page's "Try the sample notebook". The user's own notebook is never opened or touched by it.
#pragma once

#include <memory>

#include "core/store/notebook_store.h"
#include "core/util/clock.h"
#include "core/util/result.h"

namespace rapport::ui {

// Opens a fresh sample notebook dated around clock.today(); each call starts a new one (nothing of an
// earlier sample carries over). Fails only if the shipped sample itself does not build.
Result<std::unique_ptr<NotebookStore>> openDemoNotebook(const Clock& clock);

}  // namespace rapport::ui
