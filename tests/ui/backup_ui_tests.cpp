// File > Export backup and File > Import backup, through the app's menus and dialog: a backup of one
// notebook, imported into an empty one, gives the same notebook; a damaged file is refused clearly.
#include "tests/ui/app_fixture.h"

#include <map>

using namespace rapport;
using namespace rapport::test;

namespace {

// Files "on disk" for the bridge: what the app exported, and what the user may import.
struct MemoryFiles {
    std::map<std::string, std::string> files;
    ui::FileBridge bridge() {
        return ui::FileBridge{
            [this](const std::string& name, const std::string& bytes) -> Result<std::string> {
                files["/exports/" + name] = bytes;
                return "/exports/" + name;
            },
            [] { return false; },  // no file picker: the dialog asks for a path, as on the desktop
            [] { return std::optional<std::pair<std::string, std::string>>(); },
            [this](const std::string& path) -> Result<std::string> {
                const auto found = files.find(path);
                if (found == files.end()) return makeError("Cannot open " + path);
                return found->second;
            }};
    }
};

void menu(AppOnFreshStore& app, const char* menuName, const char* item) {
    app.click(menuName);
    app.click(item);
}

}  // namespace

TEST_CASE("a backup exported from the File menu imports into an empty notebook as the same notebook", "[ui][backup]") {
    MemoryFiles files;
    AppOnFreshStore source;
    source.app.setFileBridge(files.bridge());
    const EntityId maria = source.seedPeer("Maria Chen");
    source.seed(addFact(source.notebook(), source.ui().ids(), maria, FactCategory::Family, "kids Léa and Tom"));
    source.seed(addCommitment(source.notebook(), source.ui().ids(), maria, CommitmentDirection::MeToThem,
                              "send the hiring plan", source.today()));
    menu(source, "File", "Export backup");
    REQUIRE(files.files.size() == 1);
    const std::string path = files.files.begin()->first;
    CHECK(source.ui().status().find(path) != std::string::npos);

    AppOnFreshStore target;
    target.app.setFileBridge(files.bridge());
    menu(target, "File", "Import backup...");
    target.typeAndEnter(path);
    REQUIRE(target.imgui.shows("Import"));
    target.click("Import");
    CHECK(target.notebook() == source.notebook());

    // Undo takes the whole import back.
    while (target.app.notebookStore()->canUndo() && !target.notebook().peers().empty()) target.ui().undo();
    CHECK(target.notebook().peers().empty());
}

TEST_CASE("a file that is not a backup is refused with a message and changes nothing", "[ui][backup]") {
    MemoryFiles files;
    files.files["/tmp/notes.json"] = "{\"peers\": [1, 2";
    AppOnFreshStore app;
    app.app.setFileBridge(files.bridge());
    app.seedPeer("Maria Chen");
    const Notebook before = app.notebook();
    menu(app, "File", "Import backup...");
    app.typeAndEnter("/tmp/notes.json");
    CHECK_FALSE(app.imgui.shows("Import"));
    CHECK(app.notebook() == before);
}
