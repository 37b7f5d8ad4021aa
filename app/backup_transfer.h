// Backups from the app: File > Export backup hands the whole notebook to the user as a JSON file
// (a download in the browser); File > Import backup reads one, shows what it would change, and
// applies it only when the user says so (undoable, like every change).
#pragma once

#include <functional>
#include <optional>
#include <string>
#include <utility>

#include "app/ui_context.h"
#include "core/interchange/import_plan.h"

namespace rapport::ui {

// How files reach and leave the app; main() wires it to platform/files_*.cpp, tests to memory.
struct FileBridge {
    // Gives an exported file to the user; returns where it went, or why not.
    std::function<Result<std::string>(const std::string& name, const std::string& bytes)> saveExport;
    // Opens a file picker whose result arrives later through takePicked; false when there is none
    // (the app then asks for a path and uses readFile).
    std::function<bool()> pickFile;
    std::function<std::optional<std::pair<std::string, std::string>>()> takePicked;  // (name, bytes)
    std::function<Result<std::string>(const std::string& path)> readFile;
};

class BackupTransfer {
public:
    void setBridge(FileBridge bridge) { m_bridge = std::move(bridge); }
    void exportBackup(UiContext& ui);
    void openImport();
    // Draws the import dialog while it is open.
    void draw(UiContext& ui);

private:
    void read(UiContext& ui, const std::string& name, const std::string& bytes);

    FileBridge m_bridge;
    bool m_open = false, m_justOpened = false, m_waitingForPicker = false, m_focusPath = false;
    std::string m_path;
    std::string m_error;
    std::optional<interchange::ImportPlan> m_plan;
    std::string m_planSource;
};

}  // namespace rapport::ui
