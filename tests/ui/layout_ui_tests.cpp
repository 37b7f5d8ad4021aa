// Every screen of the sample notebook laid out headless on a phone (390 px) and a desktop (1100 px),
// with the real fonts: no text runs past the edge of its window or table column (it must wrap, or the
// row must break), and no two items sit on top of each other.
#include <catch2/catch.hpp>
#include <imgui.h>
#include <imgui_internal.h>

#include <algorithm>
#include <cstdio>
#include <cstring>
#include <memory>
#include <string>
#include <vector>

#include "app/app.h"
#include "app/theme.h"
#include "core/sample/sample_notebook.h"
#include "core/store/memory_medium.h"
#include "core/store/notebook_store.h"
#include "tests/ui/headless_imgui.h"

using namespace rapport;

namespace {

// The sample notebook in memory, in the app, at one window size and body text size, with the real fonts.
struct DemoApp {
    store::MemoryMedium medium;
    FixedClock clock{1'764'000'000'000, CivilDate::fromDayNumber(20'416)};  // Mon 24 Nov 2025
    test::HeadlessImGui imgui;
    std::unique_ptr<ui::App> app;
    std::function<bool()> draw = [this] { return app->draw(); };

    DemoApp(float width, float height, float fontSize) {
        ui::NotebookOpener opener{[this]() -> Result<std::unique_ptr<NotebookStore>> {
                                      auto opened = NotebookStore::open(medium, "/demo", clock);
                                      if (!opened) return opened;
                                      auto commands = sampleCommands(SampleOptions{clock.today()});
                                      if (!commands) return makeError(commands.error().message);
                                      for (const Command& c : commands.value()) {
                                          if (Status done = opened.value()->execute(c); !done) return makeError(done.error().message);
                                      }
                                      return opened;
                                  },
                                  nullptr, nullptr};
        app = std::make_unique<ui::App>(std::move(opener), clock, true);
        REQUIRE(app->context() != nullptr);
        app->setExtraKeys(test::HeadlessImGui::kExtraKeys);
        ImGui::GetIO().DisplaySize = ImVec2(width, height);
        std::string error;
        ui::loadFonts({RAPPORT_FONT_DIR "/ui_font.ttf", RAPPORT_FONT_DIR "/ui_font_bold.ttf"}, fontSize, 1.0f, error);
        INFO(error);
        REQUIRE(error.empty());
        unsigned char* pixels = nullptr;
        int w = 0, h = 0;
        ImGui::GetIO().Fonts->GetTexDataAsAlpha8(&pixels, &w, &h);
        imgui.settle(draw);
    }
    const Notebook& notebook() const { return app->notebookStore()->notebook(); }
    void open(ui::Page page, EntityId id = kNoId) {
        app->context()->go(ui::Route{page, id});
        imgui.settle(draw, 4);
    }
};

std::string itemName(const test::HeadlessImGui& imgui, const test::HeadlessImGui::PlacedItem& item) {
    const std::string label = imgui.labelOf(item.id);
    if (!label.empty()) return "'" + label + "'";
    char where[96];
    std::snprintf(where, sizeof where, "an unlabelled item at (%.0f, %.0f)-(%.0f, %.0f)", item.rect.Min.x, item.rect.Min.y,
                  item.rect.Max.x, item.rect.Max.y);
    return where;
}

// What is wrong with the last frame's layout, one sentence per problem.
std::vector<std::string> layoutProblems(const test::HeadlessImGui& imgui) {
    std::vector<std::string> problems;
    ImGuiContext& g = *GImGui;
    // Text or items past the right edge of a window: nothing scrolls sideways, so they are cut off.
    // ImGui's implicit "Debug" window holds nothing of ours.
    const auto ours = [](const ImGuiWindow* window) { return std::strncmp(window->Name, "Debug##", 7) != 0; };
    // A multi-line text field is a child window ("page/##notes_..."): its text scrolls with the caret.
    const auto textField = [](const ImGuiWindow* window) { return std::strstr(window->Name, "/##") != nullptr; };
    for (ImGuiWindow* window : g.Windows) {
        if (!window->WasActive || (window->Flags & ImGuiWindowFlags_Tooltip) || !ours(window) || textField(window)) continue;
        const float over = window->DC.CursorMaxPos.x - window->WorkRect.Max.x;
        if (over > 1.0f) {
            problems.push_back("window '" + std::string(window->Name) + "' is " + std::to_string(int(over)) +
                               " px too narrow for its content");
        }
    }
    // A selectable reaches past the edge by design (half the item spacing; in a table, the cell padding).
    const float slack = g.Style.ItemSpacing.x + 1.0f;
    for (const auto& item : imgui.placedItems()) {
        if (item.rect.GetWidth() <= 0.0f || !item.window->WasActive || !ours(item.window)) continue;
        if (item.id == ImGui::GetWindowScrollbarID(item.window, ImGuiAxis_X) ||
            item.id == ImGui::GetWindowScrollbarID(item.window, ImGuiAxis_Y)) {
            continue;  // scrollbars sit beside the content by design
        }
        const float over = item.rect.Max.x - item.window->WorkRect.Max.x;
        if (over > slack) {
            problems.push_back(itemName(imgui, item) + " runs " + std::to_string(int(over)) + " px past the edge of '" +
                               item.window->Name + "'");
        }
    }
    // Text past the edge of a table column (tables clip each cell).
    for (int n = 0; n < g.Tables.GetMapSize(); ++n) {
        ImGuiTable* table = g.Tables.TryGetMapData(n);
        if (!table || table->LastFrameActive != g.FrameCount) continue;
        for (int c = 0; c < table->ColumnsCount; ++c) {
            const ImGuiTableColumn& column = table->Columns[c];
            if (!column.IsEnabled) continue;
            const float content = std::max(column.ContentMaxXFrozen, column.ContentMaxXUnfrozen);
            if (content - column.WorkMaxX > 1.0f) {
                problems.push_back("column " + std::to_string(c) + " of a table in '" + table->OuterWindow->Name +
                                   "' is " + std::to_string(int(content - column.WorkMaxX)) + " px too narrow");
            }
        }
    }
    // Items on top of one another in the same window (scrollbars lie beside the content).
    std::vector<test::HeadlessImGui::PlacedItem> items;
    for (const auto& item : imgui.placedItems()) {
        if (item.id != ImGui::GetWindowScrollbarID(item.window, ImGuiAxis_X) &&
            item.id != ImGui::GetWindowScrollbarID(item.window, ImGuiAxis_Y)) {
            items.push_back(item);
        }
    }
    for (size_t i = 0; i < items.size(); ++i) {
        for (size_t j = i + 1; j < items.size(); ++j) {
            const auto &a = items[i], &b = items[j];
            if (a.window != b.window || a.id == b.id || !ours(a.window)) continue;
            const float w = std::min(a.rect.Max.x, b.rect.Max.x) - std::max(a.rect.Min.x, b.rect.Min.x);
            const float h = std::min(a.rect.Max.y, b.rect.Max.y) - std::max(a.rect.Min.y, b.rect.Min.y);
            if (w > 1.0f && h > 1.0f) {
                problems.push_back(itemName(imgui, a) + " and " + itemName(imgui, b) + " overlap in '" + a.window->Name + "'");
            }
        }
    }
    std::sort(problems.begin(), problems.end());
    problems.erase(std::unique(problems.begin(), problems.end()), problems.end());
    return problems;
}

std::string joined(const std::vector<std::string>& lines) {
    std::string text;
    for (const std::string& line : lines) text += "\n  " + line;
    return text;
}

template <class T>
EntityId firstId(const Notebook& nb) {
    for (const auto& entry : nb.all<T>()) return entry.first;
    return kNoId;
}

// Opens every screen (and every tab of a peer's page) and collects the layout problems of each.
std::vector<std::string> checkEveryScreen(DemoApp& demo) {
    std::vector<std::string> problems;
    auto check = [&](const std::string& where) {
        for (const std::string& p : layoutProblems(demo.imgui)) problems.push_back(where + ": " + p);
    };
    const struct {
        ui::Page page;
        const char* name;
    } pages[] = {{ui::Page::ThisWeek, "This week"}, {ui::Page::Peers, "Peers"},       {ui::Page::Projects, "Projects"},
                 {ui::Page::Previews, "Previews"},  {ui::Page::Rituals, "Rituals"},   {ui::Page::Journal, "Journal"},
                 {ui::Page::Settings, "Settings"}};
    for (const auto& p : pages) {
        demo.open(p.page);
        check(p.name);
    }
    const Notebook& nb = demo.notebook();
    const EntityId meeting = firstId<Meeting>(nb);
    const EntityId peer = meeting != kNoId ? nb.all<Meeting>().begin()->second.peerId : firstId<Peer>(nb);
    demo.open(ui::Page::PrepCard, peer);
    check("Prep card");
    demo.open(ui::Page::Meeting, meeting);
    check("1:1 meeting");
    demo.open(ui::Page::Project, firstId<JointProject>(nb));
    check("Project");
    demo.open(ui::Page::Peer, peer);
    for (const char* tab : {"Profile", "Get to know", "1:1s", "Projects", "Commitments", "Rituals", "Timeline"}) {
        INFO("tab " << tab);
        REQUIRE(demo.imgui.click(tab, demo.draw));
        demo.imgui.settle(demo.draw, 3);
        check(std::string("Peer, ") + tab);
    }
    return problems;
}

}  // namespace

static void expectEveryScreenFits(float width, float height, float fontSize) {
    DemoApp demo(width, height, fontSize);
    const auto problems = checkEveryScreen(demo);
    INFO(joined(problems));
    CHECK(problems.empty());
}

TEST_CASE("every screen fits a phone: nothing clipped, nothing overlapping", "[ui][layout]") {
    expectEveryScreenFits(390.0f, 844.0f, 17.0f);
}

TEST_CASE("every screen fits a desktop window: nothing clipped, nothing overlapping", "[ui][layout]") {
    expectEveryScreenFits(1100.0f, 720.0f, 17.0f);
}

TEST_CASE("at 200% text every screen still fits a desktop window", "[ui][layout]") {
    expectEveryScreenFits(1100.0f, 720.0f, 34.0f);
}

TEST_CASE("the layout check sees clipped text and overlapping items", "[ui][layout]") {
    // The check itself can fail: a line too long for its window, and two buttons in one place.
    test::HeadlessImGui imgui;
    ImGui::GetIO().DisplaySize = ImVec2(300.0f, 200.0f);
    auto draw = [] {
        ImGui::SetNextWindowPos(ImVec2(0, 0));
        ImGui::SetNextWindowSize(ImVec2(300.0f, 200.0f));
        ImGui::Begin("narrow", nullptr, ImGuiWindowFlags_NoDecoration);
        ImGui::TextUnformatted("A sentence far too long to fit in a window that is only three hundred pixels wide");
        const ImVec2 at = ImGui::GetCursorPos();
        ImGui::Button("One");
        ImGui::SetCursorPos(at);
        ImGui::Button("Two");
        ImGui::End();
        return true;
    };
    imgui.settle(draw, 2);
    const std::string problems = joined(layoutProblems(imgui));
    CHECK(problems.find("window 'narrow' is") != std::string::npos);
    CHECK(problems.find("'One' and 'Two' overlap") != std::string::npos);
}
