// The sample notebook, built with the same commands the screens use, on a medium in memory.
#include "app/demo_notebook.h"

#include <string>

#include "core/sample/sample_notebook.h"
#include "core/store/memory_medium.h"

namespace rapport::ui {

Result<std::unique_ptr<NotebookStore>> openDemoNotebook(const Clock& clock) {
    // One medium for the process (a store keeps a reference to it), a new folder per sample.
    static store::MemoryMedium medium;
    static int opened = 0;
    auto store = NotebookStore::open(medium, "/demo-" + std::to_string(++opened), clock);
    if (!store) return store;
    const auto commands = sampleCommands(SampleOptions{clock.today()});
    if (!commands) return makeError(commands.error().message);
    for (const Command& command : commands.value()) {
        if (const Status done = store.value()->execute(command); !done) return makeError(done.error().message);
    }
    return store;
}

}  // namespace rapport::ui
