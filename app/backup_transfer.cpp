// Export and import of JSON backups (core/interchange does the format, the planning and the
// all-or-nothing apply; this file is only the dialog around it).
#include "app/backup_transfer.h"

#include <imgui.h>
#include <imgui_stdlib.h>

#include "app/widgets.h"
#include "core/interchange/json_backup.h"
#include "core/store/notebook_store.h"

namespace rapport::ui {

using namespace interchange;

void BackupTransfer::exportBackup(UiContext& ui) {
    if (!m_bridge.saveExport) return ui.warn("Exporting files is not available here.");
    const std::string name = "rapport-backup-" + ui.today().toIso() + ".json";
    const auto saved = m_bridge.saveExport(name, interchange::exportBackup(ui.notebook(), ui.nowMillis()));
    if (!saved) return ui.warn(saved.error().message);
    ui.inform("Backup saved to " + saved.value() + ". Keep it somewhere safe: it holds all your notes.");
}

void BackupTransfer::openImport() {
    m_open = m_justOpened = m_focusPath = true;
    m_error.clear();
    m_plan.reset();
    m_waitingForPicker = m_bridge.pickFile && m_bridge.pickFile();
}

void BackupTransfer::read(UiContext& ui, const std::string& name, const std::string& bytes) {
    m_plan.reset();
    const auto backup = parseBackup(bytes);
    if (!backup) {
        m_error = name + ": " + backup.error().message;
        return;
    }
    auto plan = planBackupImport(ui.notebook(), backup.value());
    if (!plan) {
        m_error = name + ": " + plan.error().message;
        return;
    }
    m_error.clear();
    m_planSource = name;
    m_plan = std::move(plan).value();
}

void BackupTransfer::draw(UiContext& ui) {
    if (m_waitingForPicker && m_bridge.takePicked) {
        if (auto picked = m_bridge.takePicked()) {
            m_waitingForPicker = false;
            read(ui, picked->first, picked->second);
        }
    }
    if (m_justOpened) {
        ImGui::OpenPopup("Import a backup");
        m_justOpened = false;
    }
    ImGui::SetNextWindowPos(ImGui::GetMainViewport()->GetCenter(), ImGuiCond_Appearing, ImVec2(0.5f, 0.5f));
    ImGui::SetNextWindowSizeConstraints(ImVec2(320.0f, 0.0f), ImVec2(720.0f, 600.0f));
    if (!ImGui::BeginPopupModal("Import a backup", &m_open, ImGuiWindowFlags_AlwaysAutoResize)) return;
    mutedText("A Rapport backup (.json). Entries it has and this notebook lacks are added, entries that "
              "differ are replaced by the backup's, and entries only here are kept. You can undo it.");
    if (m_waitingForPicker) {
        mutedText("Choose the file in your browser's file picker...");
    } else if (!m_plan && m_bridge.readFile) {
        if (m_focusPath) {
            ImGui::SetKeyboardFocusHere();
            m_focusPath = false;
        }
        if (entryField("##backup-path", "path of the backup file", m_path, 420.0f) || ImGui::Button("Read")) {
            const auto bytes = m_bridge.readFile(m_path);
            if (bytes) read(ui, m_path, bytes.value());
            else m_error = bytes.error().message;
        }
    }
    if (!m_error.empty()) warningText(m_error.c_str());
    if (m_plan) {
        ImGui::TextWrapped("%s: %s", m_planSource.c_str(), m_plan->summary().c_str());
        for (const ImportIssue& conflict : m_plan->conflicts) ImGui::BulletText("%s", conflict.message.c_str());
        if (m_plan->changesNothing()) {
            mutedText("This notebook already holds everything in the backup.");
        } else if (!ui.readOnly() && ImGui::Button("Import")) {
            // Saved once the frame is drawn, like every other change (UiContext::later).
            ui.later([this, &ui, plan = std::move(*m_plan), source = m_planSource] {
                const Status applied = applyImport(ui.store(), plan);
                ui.changedElsewhere();
                if (applied) {
                    ui.inform("Imported " + source + ": " + plan.summary());
                    m_open = false;
                } else {
                    m_error = applied.error().message;
                }
            });
            m_plan.reset();
        }
    }
    ImGui::SameLine();
    if (ImGui::Button("Close") || ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Escape))) m_open = false;
    if (!m_open) ImGui::CloseCurrentPopup();
    ImGui::EndPopup();
}

}  // namespace rapport::ui
