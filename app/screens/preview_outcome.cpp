// The stance is picked with buttons (touch) or Up/Down while typing the feedback (keyboard), so the whole
// question is answered without leaving the feedback field.
#include "app/screens/preview_outcome.h"

#include <imgui.h>
#include <imgui_internal.h>

#include "app/form_widgets.h"
#include "app/widgets.h"
#include "core/model/commands.h"
#include "core/model/commands_meeting.h"

namespace rapport::ui {

namespace {

constexpr Stance kStances[] = {Stance::Supportive, Stance::Concerns, Stance::Opposed, Stance::Unknown};
constexpr int kStanceCount = 4;

int stanceIndex(Stance stance) {
    for (int i = 0; i < kStanceCount; ++i) {
        if (kStances[i] == stance) return i;
    }
    return kStanceCount - 1;
}

const char* stanceButton(Stance stance) {
    switch (stance) {
        case Stance::Supportive: return "Supportive";
        case Stance::Concerns: return "Has concerns";
        case Stance::Opposed: return "Opposed";
        case Stance::Unknown: return "Not sure";
    }
    return "?";
}

}  // namespace

void PreviewOutcomeForm::open(EntityId meetingId, size_t index) {
    m_meetingId = meetingId;
    m_index = index;
    m_open = true;
    m_focus = true;
    m_stance = Stance::Unknown;
    m_feedback.clear();
}

bool PreviewOutcomeForm::draw(UiContext& ui, const Meeting& meeting, size_t index) {
    if (!isOpen(meeting.id, index) || index >= meeting.agenda.size()) return false;
    ImGui::PushID("preview-outcome");
    ImGui::Indent();
    ImGui::TextWrapped("How did %s take it?", peerName(ui.notebook(), meeting.peerId));
    for (int i = 0; i < kStanceCount; ++i) {
        if (ui.narrow() ? i % 2 == 1 : i > 0) ImGui::SameLine();  // two a row on a phone
        if (ImGui::RadioButton(stanceButton(kStances[i]), m_stance == kStances[i])) m_stance = kStances[i];
    }
    focusIfAsked(ui, m_focus);
    const bool typing = ImGui::GetActiveID() == ImGui::GetID("##feedback");
    if (typing && ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_DownArrow))) {
        m_stance = kStances[(stanceIndex(m_stance) + 1) % kStanceCount];
    }
    if (typing && ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_UpArrow))) {
        m_stance = kStances[(stanceIndex(m_stance) + kStanceCount - 1) % kStanceCount];
    }
    const bool escape = typing && ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Escape), false);
    // Enter records even with no feedback typed (entryField only reports a non-empty text).
    const bool enter = typing && ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Enter), false);
    bool record = entryField("##feedback", "their feedback, then Enter", m_feedback, ui.narrow() ? -1.0f : 360.0f) || enter;
    if (!ui.narrow()) ImGui::SameLine();
    record |= ImGui::Button("Record preview");
    ImGui::SameLine();
    const bool cancel = ImGui::Button("Cancel##preview") || escape;
    if (!ui.narrow()) mutedText("Up/Down picks the stance while typing; Enter records; Esc cancels.");
    ImGui::Unindent();
    ImGui::PopID();
    if (cancel) {
        m_open = false;
        return false;
    }
    if (!record || !ui.run(discussPreviewItem(ui.notebook(), meeting.id, index, m_stance, m_feedback))) return false;
    m_open = false;
    return true;
}

}  // namespace rapport::ui
