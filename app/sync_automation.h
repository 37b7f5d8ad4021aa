// A test hook for sync in the browser until Settings → Sync drives it: the browser tests set up sync
// and run a cycle through the same SyncRunner the app uses (platform/sync_runner.h), from JavaScript.
// A no-op where the build has no sync or no browser (sync_automation_none.cpp).
#pragma once

namespace rapport::ui {

class App;

void installSyncAutomation(App& app);

}  // namespace rapport::ui
