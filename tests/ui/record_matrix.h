// The record matrix's harness: the real app on a folder that survives restarts, helpers that click,
// fill and choose by visible label, and the shared second half of every row of the matrix (delete,
// undo, redo, restart), each step checked against what a fresh reader finds on disk.
#pragma once

#include <algorithm>
#include <optional>

#include "core/model/commands_edit.h"
#include "tests/ui/app_fixture.h"

namespace rapport::test {

// Entities in a fixed order, so two notebooks compare equal whatever their tables' order.
inline std::vector<Entity> sorted(const Notebook& nb) {
    auto all = nb.entities();
    std::sort(all.begin(), all.end(), [](const Entity& a, const Entity& b) {
        return std::make_pair(kindOf(a), entityId(a)) < std::make_pair(kindOf(b), entityId(b));
    });
    return all;
}

// The app on a folder that survives restarts of the app.
struct Matrix {
    std::string dir = makeTempDir();
    store::PosixMedium medium;
    FixedClock clock{1'764'000'000'000, CivilDate::fromDayNumber(20'416)};  // Mon 24 Nov 2025
    HeadlessImGui imgui;
    std::unique_ptr<ui::App> app;
    std::function<bool()> draw = [this] { return app->draw(); };

    Matrix() { start(); }
    void start() {
        app = std::make_unique<ui::App>(openerFor(medium, dir, clock), clock, true);
        app->setExtraKeys(HeadlessImGui::kExtraKeys);
        imgui.settle(draw);
    }
    // Closes the app and opens the folder again, as a user quitting and coming back would.
    void restart() {
        const auto before = sorted(nb());
        app.reset();
        start();
        CHECK(sorted(nb()) == before);
    }
    const Notebook& nb() const { return app->notebookStore()->notebook(); }
    ui::UiContext& ui() { return *app->context(); }
    CivilDate today() const { return clock.today(); }
    std::string status() { return ui().status(); }
    std::optional<Entity> find(EntityId id) const { return nb().findEntity(id); }
    template <class T>
    const T& get(EntityId id) const {
        const T* x = nb().find<T>(id);
        REQUIRE(x != nullptr);
        return *x;
    }
    template <class T>
    std::vector<EntityId> ids() const {
        std::vector<EntityId> out;
        for (const auto& entry : nb().all<T>()) out.push_back(entry.first);
        return out;
    }
    EntityId seed(Result<Command> command) {
        INFO((command ? std::string() : command.error().message));
        REQUIRE(command.ok());
        return ui().runCreating(std::move(command));
    }
    void open(ui::Page page, EntityId id = kNoId) {
        ui().go(ui::Route{page, id});
        imgui.settle(draw);
    }
    void click(const std::string& label) {
        INFO("clicking " << label << " among: " << imgui.labels());
        REQUIRE(imgui.click(label, draw));
        imgui.settle(draw, 2);
    }
    void clickFirst(const std::string& label) {
        INFO("clicking the first " << label);
        REQUIRE(imgui.clickFirst(label, draw));
        imgui.settle(draw, 2);
    }
    // Replaces a field's text as a user would: click into it, select all, type.
    void fill(const std::string& label, const std::string& text) {
        click(label);
        imgui.press(ImGuiKey_A, draw, /*ctrl=*/true);
        imgui.type(text, draw);
    }
    void choose(const std::string& combo, const std::string& option) {
        click(combo);
        click(option);
    }
    void key(int imguiKey, bool ctrl = false, bool shift = false) {
        imgui.press(imguiKey, draw, ctrl, shift);
        imgui.settle(draw, 2);
    }
    void enter() { key(ImGuiKey_Enter); }
    void escape() { key(ImGuiKey_Escape); }
    void undo() { key(ImGuiKey_Z, true); }
    void redo() { key(ImGuiKey_Z, true, true); }
    // What a fresh reader of the folder finds is what the app shows.
    void checkDisk() {
        auto reread = NotebookStore::openReadOnly(medium, dir, clock);
        REQUIRE(reread.ok());
        CHECK(sorted(reread.value()->notebook()) == sorted(nb()));
    }
};

// The second half of every row of the matrix: the corrected record is deleted from its page, undone,
// redone, undone again and survives a restart; `reopen` shows its page again after the restart.
inline void deleteUndoRedoRestart(Matrix& m, const std::string& what, EntityId id, const std::function<void()>& reopen) {
    const std::optional<Entity> edited = m.find(id);
    REQUIRE(edited);
    m.click("Delete##" + what);
    CHECK_FALSE(m.find(id));
    CHECK(m.status().rfind("Deleted ", 0) == 0);
    m.checkDisk();
    m.undo();
    CHECK(m.find(id) == edited);
    m.checkDisk();
    m.redo();
    CHECK_FALSE(m.find(id));
    m.checkDisk();
    m.undo();
    CHECK(m.find(id) == edited);
    m.restart();
    CHECK(m.find(id) == edited);
    m.checkDisk();
    reopen();
    CHECK(m.imgui.shows("Edit##" + what));
}

// After a correction: undo brings back the record as it was, redo the correction.
inline void undoRedoEdit(Matrix& m, EntityId id, const std::optional<Entity>& before) {
    const std::optional<Entity> after = m.find(id);
    CHECK(after != before);
    m.undo();
    CHECK(m.find(id) == before);
    m.redo();
    CHECK(m.find(id) == after);
    m.checkDisk();
}

}  // namespace rapport::test
