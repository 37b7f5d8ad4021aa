// The core is a pure library: this test fails if any file under core/ includes SDL, ImGui, GL or
// Emscripten headers, so the core keeps building and testing the same way on both targets; and if a
// module includes a module above its level (core/README.md, "Levels"), so the levels stay real.
#include <catch2/catch.hpp>

#include <fstream>
#include <map>
#include <regex>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include "core/util/result.h"

namespace {

// What each module of the core may include: itself and the levels below it (core/README.md, "Levels").
// A module missing here fails the test, so a new one has to say where it stands.
const std::map<std::string, std::set<std::string>>& allowedIncludes() {
    static const std::map<std::string, std::set<std::string>> levels = {
        {"util", {"util"}},
        {"model", {"util", "model"}},
        {"rules", {"util", "model", "rules"}},
        {"search", {"util", "model", "search"}},
        {"capture", {"util", "model", "search", "capture"}},
        {"io", {"util", "model", "io"}},
        {"store", {"util", "model", "io", "store"}},
        {"sample", {"util", "model", "sample"}},
        {"interchange", {"util", "model", "rules", "io", "store", "interchange"}},
        {"sync", {"util", "model", "io", "store", "sync"}},
    };
    return levels;
}

// The core modules an include line names ("core/store/..." -> "store"), in order.
std::vector<std::string> includedModules(const std::string& text) {
    static const std::regex include(R"(#\s*include\s*"core/(\w+)/)");
    std::vector<std::string> modules;
    for (auto it = std::sregex_iterator(text.begin(), text.end(), include); it != std::sregex_iterator(); ++it) {
        modules.push_back((*it)[1].str());
    }
    return modules;
}

// Every core file, headers included, from the sources.cmake lists: the one inventory the build uses.
// (std::filesystem is avoided so the test runs the same under Node.)
std::vector<std::string> coreFiles() {
    std::vector<std::string> files;
    const std::string core = std::string(RAPPORT_SOURCE_DIR) + "/core/";
    for (const auto& level : allowedIncludes()) {
        const std::string& module = level.first;
        std::ifstream list(core + module + "/sources.cmake");
        REQUIRE(list.good());
        std::string line;
        const std::regex entry(R"(^\s*([\w/]+\.(cpp|h))\s*$)");
        std::smatch m;
        while (std::getline(list, line)) {
            if (std::regex_match(line, m, entry)) {
                files.push_back(core + m[1].str());
            }
        }
    }
    return files;
}

const std::regex& forbiddenInclude() {
    static const std::regex re(R"(#\s*include\s*[<"](SDL|imgui|GL/|GLES|emscripten|webgl|EGL))",
                               std::regex::icase);
    return re;
}

std::string readAll(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream out;
    out << in.rdbuf();
    return out.str();
}

}  // namespace

TEST_CASE("core sources include no UI, windowing, GL or browser headers", "[purity]") {
    const std::regex& forbidden = forbiddenInclude();
    const auto files = coreFiles();
    REQUIRE(files.size() >= 3);
    int scanned = 0;
    for (const auto& file : files) {
        const std::string text = readAll(file);
        INFO(file);
        REQUIRE_FALSE(text.empty());  // listed but missing: the inventory is stale
        ++scanned;
        CHECK_FALSE(std::regex_search(text, forbidden));
    }
    CHECK(scanned > 0);
}

TEST_CASE("the purity check itself recognises a forbidden include", "[purity]") {
    const std::regex& forbidden = forbiddenInclude();
    CHECK(std::regex_search(std::string("#include <SDL.h>"), forbidden));
    CHECK(std::regex_search(std::string("#  include \"imgui.h\""), forbidden));
    CHECK(std::regex_search(std::string("#include <emscripten/html5.h>"), forbidden));
    CHECK_FALSE(std::regex_search(std::string("#include <string>"), forbidden));
}

TEST_CASE("each core module includes only itself and the levels below it", "[purity]") {
    const std::string core = std::string(RAPPORT_SOURCE_DIR) + "/core/";
    int checked = 0;
    for (const auto& file : coreFiles()) {
        const std::string module = file.substr(core.size(), file.find('/', core.size()) - core.size());
        INFO(file);
        const auto level = allowedIncludes().find(module);
        REQUIRE(level != allowedIncludes().end());
        for (const std::string& included : includedModules(readAll(file))) {
            INFO("includes core/" << included << "/, above " << module << "'s level (core/README.md)");
            CHECK(level->second.count(included) == 1);
            ++checked;
        }
    }
    CHECK(checked > 50);
}

TEST_CASE("the level check itself finds an upward include", "[purity]") {
    const auto modules = includedModules("#include \"core/util/result.h\"\n#  include \"core/store/wal.h\"\n#include <vector>\n");
    REQUIRE(modules == std::vector<std::string>{"util", "store"});
    CHECK(allowedIncludes().at("model").count("store") == 0);
    CHECK(allowedIncludes().at("interchange").count("store") == 1);
}
