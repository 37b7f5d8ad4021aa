// The 1:1 page's notes, energy and mood, and what I learned about them. Each edit is one undoable step.
#include <imgui.h>
#include <imgui_stdlib.h>

#include <algorithm>

#include "app/kept_text.h"
#include "app/screens/meeting_screen.h"
#include "app/widgets.h"
#include "core/model/commands.h"
#include "core/model/commands_meeting.h"

namespace rapport::ui {

void MeetingScreen::drawNotes(UiContext& ui, const Meeting& meeting) {
    sectionTitle("Notes");
    const ImGuiInputTextFlags flags = ui.readOnly() ? ImGuiInputTextFlags_ReadOnly : 0;
    // Esc leaves the notes keeping what was typed; leaving the page saves them too (leave()).
    if (keptTextArea("##notes", m_notes, ImVec2(-1.0f, ImGui::GetTextLineHeight() * 5.0f), flags)) {
        Meeting edited = meeting;
        edited.notes = m_notes;
        save(ui, edited, "notes");
    }
    ImGui::SetNextItemWidth(160.0f);
    ImGui::SliderInt("energy", &m_energy, 0, 5, m_energy == 0 ? "not noted" : "%d of 5");
    if (ImGui::IsItemDeactivatedAfterEdit()) {
        Meeting edited = meeting;
        edited.energy = static_cast<uint8_t>(m_energy);
        save(ui, edited, "energy");
    }
    if (!ui.narrow()) ImGui::SameLine();
    ImGui::SetNextItemWidth(200.0f);
    EscapeKeepsText escape("mood");
    ImGui::InputTextWithHint("mood", "how did they seem?", &m_mood, flags);
    const bool moodLeft = ImGui::IsItemDeactivatedAfterEdit();
    escape.after();
    if (moodLeft || escape.leftEdited()) {
        Meeting edited = meeting;
        edited.mood = m_mood;
        save(ui, edited, "mood");
    }
}

void MeetingScreen::leave(UiContext& ui) {
    // Leaving while the notes or the mood still have the keyboard: no "field left" event will save them.
    const Meeting* meeting = ui.notebook().findMeeting(m_meetingId);
    if (!meeting || ui.readOnly() || (m_notes == meeting->notes && m_mood == meeting->mood)) return;
    Meeting edited = *meeting;
    edited.notes = m_notes;
    edited.mood = m_mood;
    save(ui, edited, "notes");
}

void MeetingScreen::drawLearned(UiContext& ui, const Meeting& meeting) {
    if (ui.readOnly()) return;
    sectionTitle("What I learned about them");
    FactCategory category = static_cast<FactCategory>(m_factCategory);
    ImGui::SetNextItemWidth(140.0f);
    if (enumCombo("##fact-category", category, static_cast<int>(FactCategory::Other) + 1)) {
        m_factCategory = static_cast<int>(category);
    }
    ImGui::SameLine();
    if (addLine("Learned", "e.g. daughter starts school in May", "Add fact", m_fact, ui.narrow()) &&
        // Learned the day it was heard: a 1:1 held before its planned date is held today.
        ui.run(addFact(ui.notebook(), ui.ids(), meeting.peerId, category, m_fact, std::min(meeting.date, ui.today()), kLearnedInOneOnOne))) {
        clearEntryField("Learned", m_fact);
    }
}

}  // namespace rapport::ui
