// Quick capture: the line is read as it is typed (capture_line.h) and what it will file is shown under
// it, so Enter never surprises. Ambiguous names list the peers they could mean.
#include "app/overlays/quick_capture.h"
#include "app/style/text.h"

#include <imgui.h>
#include <imgui_stdlib.h>

#include <algorithm>

#include "app/form_widgets.h"
#include "app/widgets.h"
#include "core/capture/capture_command.h"

namespace rapport::ui {

namespace {
constexpr const char* kKindNames[kCaptureKindCount] = {"Fact", "Note", "Commitment", "Date", "Insight", "Conflict",
                                                      "Follow-up"};
}

void QuickCapture::refresh(UiContext& ui) {
    if (m_readLine == m_line && m_readRevision == ui.revision()) return;
    m_readLine = m_line;
    m_readRevision = ui.revision();
    m_read = readCaptureLine(ui.notebook(), m_line, ui.today(), ui.notebook().settings().dateOrder);
    const bool stillMatches = std::find(m_read.peers.begin(), m_read.peers.end(), m_pickedPeer) != m_read.peers.end();
    if (!stillMatches) m_pickedPeer = kNoId;
}

void QuickCapture::close() {
    m_open = false;
    m_line.clear();
    m_kind.reset();
    m_category.reset();
    m_pickedPeer = kNoId;
    ImGui::CloseCurrentPopup();
}

void QuickCapture::draw(UiContext& ui) {
    if (!m_open) return;
    m_focus.frame();
    if (m_justOpened) ImGui::OpenPopup("Quick capture");
    const ImGuiViewport* viewport = ImGui::GetMainViewport();
    ImGui::SetNextWindowPos(ImVec2(viewport->GetCenter().x, viewport->WorkPos.y + 40.0f), ImGuiCond_Always,
                            ImVec2(0.5f, 0.0f));
    ImGui::SetNextWindowSize(ImVec2(std::min(620.0f, viewport->WorkSize.x - 20.0f), 0.0f));
    if (!ImGui::BeginPopupModal("Quick capture", &m_open, ImGuiWindowFlags_AlwaysAutoResize)) return;
    if (m_justOpened) {
        ImGui::SetKeyboardFocusHere();
        m_justOpened = false;
    }
    ImGui::SetNextItemWidth(-1.0f);
    const bool entered = ImGui::InputTextWithHint("##line", "peer: what you learned, \"I owe Dev the plan by fri\", \"birthday 14 March\"",
                                                  &m_line, ImGuiInputTextFlags_EnterReturnsTrue);
    m_focus.fieldActive(ImGui::IsItemActive());
    if (entered) ImGui::SetKeyboardFocusHere(-1);  // stay in the line if saving is refused
    refresh(ui);
    if (ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Escape))) {
        close();
        ImGui::EndPopup();
        return;
    }
    drawPeerChoice(ui);
    drawKind();
    const bool clicked = ImGui::Button("Save (Enter)");
    mutedAfter("Esc closes");
    if ((entered || clicked) && save(ui)) close();
    ImGui::EndPopup();
}

void QuickCapture::drawPeerChoice(UiContext& ui) {
    if (!m_read.problem.empty()) warningText(m_read.problem.c_str());
    if (!m_read.hasPeerPart) {
        emptyState("Start with a peer's name and a colon: \"Maria: loves trail running\". Jot it the moment you "
                   "learn it; the notebook remembers so you don't have to.");
        return;
    }
    if (m_read.peers.empty()) {
        if (!m_read.problem.empty()) return;  // already said why
        warningText("No peer has that name. Add them on the Peers page first.");
        return;
    }
    if (m_read.peers.size() == 1) {
        ImGui::Text("For %s", peerName(ui.notebook(), m_read.peers.front()));
        return;
    }
    ImGui::TextUnformatted("Which one?");
    for (size_t i = 0; i < m_read.peers.size() && i < 8; ++i) {
        const EntityId id = m_read.peers[i];
        ImGui::SameLine();
        ImGui::PushID(static_cast<int>(i));
        if (ImGui::RadioButton(peerName(ui.notebook(), id), m_pickedPeer == id)) m_pickedPeer = id;
        ImGui::PopID();
    }
}

void QuickCapture::drawKind() {
    int kind = static_cast<int>(m_kind.value_or(m_read.kind));
    // The kinds wrap onto a second row when the line is too narrow (a phone); what the kind files goes below.
    const float right = ImGui::GetWindowPos().x + ImGui::GetWindowContentRegionMax().x;
    for (int k = 0; k < kCaptureKindCount; ++k) {
        const float width = ImGui::GetFrameHeight() + ImGui::GetStyle().ItemInnerSpacing.x + ImGui::CalcTextSize(kKindNames[k]).x;
        if (k > 0 && ImGui::GetItemRectMax().x + ImGui::GetStyle().ItemSpacing.x + width < right) ImGui::SameLine();
        if (ImGui::RadioButton(kKindNames[k], kind == k)) m_kind = static_cast<CaptureKind>(k);
    }
    const CaptureKind chosen = m_kind.value_or(m_read.kind);
    if (chosen == CaptureKind::Fact) {
        FactCategory category = m_category.value_or(m_read.category);
        ImGui::SetNextItemWidth(150.0f);
        if (enumCombo("##category", category, static_cast<int>(FactCategory::Other) + 1)) m_category = category;
    } else if (chosen == CaptureKind::Commitment) {
        std::string what = m_read.direction == CommitmentDirection::MeToThem ? "I owe them" : "they owe me";
        what += m_read.due ? ", due " + longDate(*m_read.due) : ", no due date";
        mutedAfter(what.c_str());
    } else if (chosen == CaptureKind::ImportantDate) {
        if (m_read.date) mutedText((m_read.text + ", " + annualDateText(*m_read.date)).c_str());
        else mutedText("e.g. \"birthday 14 March\"");
    } else if (chosen == CaptureKind::FollowUp) {
        ImGui::SameLine();
        mutedText(m_read.due ? ("ask " + m_read.text + ", on " + longDate(*m_read.due)).c_str()
                             : "e.g. \"ask about the launch in 2 weeks\"");
    } else if (chosen == CaptureKind::Insight) {
        mutedAfter(m_read.happened.empty() ? "\"I believed ... / actually ...\", kept in their latest 1:1"
                                           : "kept in their latest 1:1");
    } else if (chosen == CaptureKind::Conflict) {
        mutedAfter("\"conflict: issue / me: ... / them: ...\", kept in their latest 1:1");
    } else {
        mutedAfter("logged as a contact today");
    }
}

bool QuickCapture::save(UiContext& ui) {
    if (ui.readOnly()) return false;
    if (!m_read.problem.empty() && m_kind.value_or(m_read.kind) == m_read.kind) {
        ui.warn(m_read.problem);
        return false;
    }
    const EntityId peer = m_read.peers.size() == 1 ? m_read.peers.front() : m_pickedPeer;
    if (peer == kNoId) {
        ui.warn(m_read.peers.empty() ? "Start the line with a peer's name and a colon." : "Pick which peer you mean.");
        return false;
    }
    // The same command the capture line of live 1:1 mode files (core/capture/capture_command.h).
    const CaptureTarget target{peer, m_kind.value_or(m_read.kind), m_category.value_or(m_read.category), kNoId, ui.today()};
    return ui.run(captureCommand(ui.notebook(), ui.ids(), m_read, target));
}

}  // namespace rapport::ui
