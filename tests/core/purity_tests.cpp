// The core is a pure library: this test fails if any file under core/ includes SDL, ImGui, GL or
// Emscripten headers, so the core keeps building and testing the same way on both targets.
#include <catch2/catch.hpp>

#include <fstream>
#include <regex>
#include <sstream>
#include <string>
#include <vector>

#include "core/util/result.h"

namespace {

// Every core file, headers included, from the sources.cmake lists: the one inventory the build uses.
// (std::filesystem is avoided so the test runs the same under Node.)
std::vector<std::string> coreFiles() {
    std::vector<std::string> files;
    const std::string core = std::string(RAPPORT_SOURCE_DIR) + "/core/";
    for (const char* module : {"util", "model", "rules", "search", "io", "store", "sample", "interchange"}) {
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
