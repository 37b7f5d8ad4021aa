// Browser storage: the notebook lives on an IndexedDB-backed (IDBFS) mount that web/persist.js mounts
// and loads before main() runs; flushing it back to IndexedDB is debounced there too.
#include <sys/stat.h>

#include <emscripten.h>

#include "platform/platform.h"

// Defined by web/persist.js (debounced FS.syncfs); absent if that script failed to set up storage.
EM_JS(void, rapport_request_flush, (), {
    if (Module.rapportRequestFlush) Module.rapportRequestFlush();
});

// Set by web/persist.js when another tab holds the notebook's Web Lock.
EM_JS(int, rapport_other_tab, (), { return Module.rapportOtherTab ? 1 : 0; });

namespace rapport::platform {

namespace {
constexpr const char* kMount = "/rapport";  // keep in step with web/persist.js
}

std::string dataDirectory(std::string& error) {
    struct stat info {};
    if (::stat(kMount, &info) != 0 || !S_ISDIR(info.st_mode)) {
        error = "This browser did not give Rapport its storage (IndexedDB). Private windows and some "
                "privacy settings block it; your notes cannot be kept here.";
        return {};
    }
    return kMount;
}

bool notebookOpenElsewhere() { return rapport_other_tab() != 0; }

void requestFlush() { rapport_request_flush(); }

std::string assetPath(const std::string& name) { return "/assets/" + name; }

}  // namespace rapport::platform
