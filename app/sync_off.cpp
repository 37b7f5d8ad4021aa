// A build without sync (RAPPORT_SYNC off): no panel; Settings says that this build does not sync.
#include "app/sync_panel.h"

namespace rapport::ui {

std::unique_ptr<SyncPanel> makeSyncPanel(SyncPlace /*place*/, NotebookStore& /*store*/, const Clock& /*clock*/) {
    return nullptr;
}

}  // namespace rapport::ui
