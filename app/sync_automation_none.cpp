// No browser sync hook in this build (native, or sync off).
#include "app/sync_automation.h"

namespace rapport::ui {

void installSyncAutomation(App&) {}

}  // namespace rapport::ui
