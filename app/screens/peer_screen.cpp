// The peer page's frame and its Profile tab. Every field saves when it is committed (Enter or leaving
// it), as one undoable step.
#include "app/screens/peer_screen.h"

#include <imgui.h>
#include <imgui_stdlib.h>

#include "app/widgets.h"
#include "core/model/commands.h"
#include "core/rules/relationships.h"

namespace rapport::ui {

namespace {

std::string joinTags(const std::vector<std::string>& tags) {
    std::string text;
    for (const auto& tag : tags) text += (text.empty() ? "" : ", ") + tag;
    return text;
}

std::vector<std::string> splitTags(const std::string& text) {
    std::vector<std::string> tags;
    std::string current;
    auto flush = [&] {
        const size_t first = current.find_first_not_of(' ');
        const size_t last = current.find_last_not_of(' ');
        if (first != std::string::npos) tags.push_back(current.substr(first, last - first + 1));
        current.clear();
    };
    for (const char c : text) {
        if (c == ',') flush();
        else current += c;
    }
    flush();
    return tags;
}

}  // namespace

void PeerScreen::draw(UiContext& ui) {
    const Peer* peer = ui.notebook().findPeer(ui.route().id);
    if (!peer) {
        emptyState("This peer is no longer in the notebook.");
        return;
    }
    // Reload the form when another peer is shown or the notebook changed (undo, another screen),
    // but never under the user's fingers.
    if (m_peerId != peer->id || (m_editRevision != ui.revision() && !ImGui::IsAnyItemActive())) {
        m_peerId = peer->id;
        m_editRevision = ui.revision();
        m_edit = *peer;
        m_tagsText = joinTags(peer->tags);
        m_metOnText.clear();
    }
    drawHeader(ui, *peer);
    // On a phone the seven tabs don't fit: scroll them instead of squeezing the names to "Pr...".
    const ImGuiTabBarFlags tabFlags = ui.narrow() ? ImGuiTabBarFlags_FittingPolicyScroll : ImGuiTabBarFlags_None;
    if (!ImGui::BeginTabBar("peer-tabs", tabFlags)) return;
    struct Tab {
        const char* name;
        void (PeerScreen::*draw)(UiContext&, const Peer&);
    };
    static const Tab kTabs[] = {
        {"Profile", &PeerScreen::drawProfileTab},       {"Get to know", &PeerScreen::drawGetToKnowTab},
        {"1:1s", &PeerScreen::drawOneOnOnesTab},        {"Projects", &PeerScreen::drawProjectsTab},
        {"Commitments", &PeerScreen::drawCommitmentsTab}, {"Rituals", &PeerScreen::drawRitualsTab},
        {"Timeline", &PeerScreen::drawTimelineTab},
    };
    for (const Tab& tab : kTabs) {
        if (ImGui::BeginTabItem(tab.name)) {
            ImGui::BeginChild("tab");
            // The peer may have changed (or gone) through an edit in a previous tab this frame.
            if (const Peer* current = ui.notebook().findPeer(m_peerId)) (this->*tab.draw)(ui, *current);
            ImGui::EndChild();
            ImGui::EndTabItem();
        }
    }
    ImGui::EndTabBar();
}

void PeerScreen::drawHeader(UiContext& ui, const Peer& peer) {
    ImGui::Text("%s", peer.name.c_str());
    ImGui::SameLine();
    const auto last = lastInteraction(ui.notebook(), peer.id, ui.today());
    ImGui::TextDisabled("trust %d/5 - %s - last contact %s", peer.trustLevel(), label(peer.interdependence),
                        last ? relativeDay(*last, ui.today()).c_str() : "never");
    drawPeerDatesLine(ui, peer.id);
    if (ImGui::Button("Prep card")) ui.go(Route{Page::PrepCard, peer.id});
    if (!ui.readOnly()) {
        ImGui::SameLine();
        if (ImGui::Button("Talked today")) ui.run(logInteraction(ui.notebook(), ui.ids(), peer.id, ui.today()));
    }
    if (peer.archived) warningText("Archived: hidden from lists and plans. Unarchive it in the Profile tab.");
}

void PeerScreen::saveEdit(UiContext& ui, const Peer& peer) {
    if (m_edit == peer) return;
    if (ui.run(updateEntity(ui.notebook(), Entity{m_edit}, "Edit " + m_edit.name))) {
        m_editRevision = ui.revision();
    } else {
        m_edit = peer;  // refused: show what is saved; the status line says why
    }
}

void PeerScreen::drawProfileTab(UiContext& ui, const Peer& peer) {
    if (ui.readOnly()) ImGui::BeginDisabled();
    // Wide: the label to the right of the field. Narrow (phones): fields take the full width, so the
    // label goes above it.
    std::string labelBuffer;
    auto fieldLabel = [&](const char* label) -> const char* {
        if (!ui.narrow()) return label;
        ImGui::TextDisabled("%s", label);
        labelBuffer = std::string("##") + label;
        return labelBuffer.c_str();
    };
    auto text = [&](const char* label, std::string& value) {
        ImGui::InputText(fieldLabel(label), &value);
        if (ImGui::IsItemDeactivatedAfterEdit()) saveEdit(ui, peer);
    };
    ImGui::PushItemWidth(ui.narrow() ? -1.0f : 320.0f);
    text("Name", m_edit.name);
    text("Role", m_edit.role);
    text("Team", m_edit.team);
    if (enumCombo(fieldLabel("Interdependence"), m_edit.interdependence, 3)) saveEdit(ui, peer);
    if (enumCombo(fieldLabel("Relationship"), m_edit.relationship, 4)) saveEdit(ui, peer);
    if (enumCombo(fieldLabel("Stage"), m_edit.stage, 6)) saveEdit(ui, peer);
    if (ImGui::Checkbox("On my leadership team", &m_edit.onLeadershipTeam)) saveEdit(ui, peer);
    ImGui::InputTextWithHint(fieldLabel("Tags"), "comma separated", &m_tagsText);
    if (ImGui::IsItemDeactivatedAfterEdit()) {
        m_edit.tags = splitTags(m_tagsText);
        saveEdit(ui, peer);
    }
    CivilDate metOn = m_edit.metOn.value_or(ui.today());
    if (dateField(fieldLabel("Met on"), metOn, m_metOnText, DateDirection::Past)) {
        m_edit.metOn = metOn;
        saveEdit(ui, peer);
    }
    text("Met where", m_edit.metWhere);
    text("Introduced by", m_edit.introducedBy);
    ImGui::InputTextMultiline(fieldLabel("Notes"), &m_edit.notes, ImVec2(ui.narrow() ? -1.0f : 320.0f, 90.0f));
    if (ImGui::IsItemDeactivatedAfterEdit()) saveEdit(ui, peer);
    ImGui::PopItemWidth();

    sectionTitle("Trust");
    mutedText("1 = guarded, 5 = full trust. Low-trust 1:1s stick to updates and priorities; as trust grows, "
              "talk about what really happened, conflict and feedback.");
    for (uint8_t level = 1; level <= 5; ++level) {
        char name[4];
        std::snprintf(name, sizeof name, "%d", level);
        if (level > 1) ImGui::SameLine();
        if (ImGui::RadioButton(name, peer.trustLevel() == level) && level != peer.trustLevel()) {
            ui.run(recordTrust(ui.notebook(), peer.id, level, ui.today(), m_trustNote));
            m_trustNote.clear();
        }
    }
    ImGui::SameLine();
    ImGui::SetNextItemWidth(ui.narrow() ? -1.0f : 240.0f);
    ImGui::InputTextWithHint("##trust-note", "why (optional)", &m_trustNote);
    for (auto it = peer.trustHistory.rbegin(); it != peer.trustHistory.rend(); ++it) {
        ImGui::TextDisabled("%s: %d/5 %s", longDate(it->date).c_str(), it->level, it->note.c_str());
    }

    ImGui::Spacing();
    if (ImGui::Button(peer.archived ? "Unarchive" : "Archive")) ui.run(archivePeer(ui.notebook(), peer.id, !peer.archived));
    if (ui.readOnly()) ImGui::EndDisabled();
}

}  // namespace rapport::ui
