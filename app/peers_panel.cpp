// The peers list, sorted by name, with the add field on top. Adding goes through the core's addPeer
// command, so validation, undo and durable saving are the same as for every other change.
#include "app/peers_panel.h"

#include <imgui.h>
#include <imgui_stdlib.h>

#include <algorithm>
#include <vector>

#include "core/model/commands.h"
#include "core/store/notebook_store.h"

namespace rapport::ui {

bool PeersPanel::draw(NotebookStore& store) {
    bool changed = false;
    const Notebook& notebook = store.notebook();

    ImGui::TextUnformatted("Peers");
    ImGui::Separator();

    if (!store.readOnly()) changed = drawAddField(store);

    std::vector<const Peer*> peers;
    for (const auto& entry : notebook.peers()) {
        if (!entry.second.archived) peers.push_back(&entry.second);
    }
    std::sort(peers.begin(), peers.end(), [](const Peer* a, const Peer* b) { return a->name < b->name; });

    ImGui::Spacing();
    if (peers.empty()) {
        ImGui::TextDisabled("No peers yet. Start with a colleague you would like to know better.");
        return changed;
    }
    const ImGuiTableFlags flags = ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH | ImGuiTableFlags_ScrollY;
    if (ImGui::BeginTable("peers", 2, flags, ImVec2(0.0f, 0.0f))) {
        ImGui::TableSetupColumn("Name", ImGuiTableColumnFlags_WidthStretch, 2.0f);
        ImGui::TableSetupColumn("Role", ImGuiTableColumnFlags_WidthStretch, 1.0f);
        ImGui::TableSetupScrollFreeze(0, 1);
        ImGui::TableHeadersRow();
        ImGuiListClipper clipper;
        clipper.Begin(static_cast<int>(peers.size()));
        while (clipper.Step()) {
            for (int row = clipper.DisplayStart; row < clipper.DisplayEnd; ++row) {
                const Peer& peer = *peers[static_cast<size_t>(row)];
                ImGui::TableNextRow();
                ImGui::TableSetColumnIndex(0);
                ImGui::TextUnformatted(peer.name.c_str());
                ImGui::TableSetColumnIndex(1);
                ImGui::TextUnformatted(peer.role.c_str());
            }
        }
        ImGui::EndTable();
    }
    return changed;
}

bool PeersPanel::drawAddField(NotebookStore& store) {
    bool changed = false;
    if (m_focusInput) {
        ImGui::SetKeyboardFocusHere();
        m_focusInput = false;
    }
    ImGui::SetNextItemWidth(320.0f);
    const bool entered = ImGui::InputTextWithHint("##new-peer", "Add a peer by name, then Enter", &m_newName,
                                                  ImGuiInputTextFlags_EnterReturnsTrue);
    ImGui::SameLine();
    const bool clicked = ImGui::Button("Add peer");
    if (entered || clicked) {
        changed = addPeer(store);
        m_focusInput = true;  // ready for the next name
    }
    if (!m_error.empty()) ImGui::TextColored(ImVec4(0.75f, 0.15f, 0.1f, 1.0f), "%s", m_error.c_str());
    return changed;
}

bool PeersPanel::addPeer(NotebookStore& store) {
    Result<Command> command = rapport::addPeer(store.notebook(), store.ids(), m_newName);
    if (!command) {
        m_error = command.error().message;
        return false;
    }
    const Status saved = store.execute(command.value());
    if (!saved) {
        m_error = saved.error().message;  // the name stays in the field, nothing is lost
        return false;
    }
    m_error.clear();
    m_newName.clear();
    return true;
}

}  // namespace rapport::ui
