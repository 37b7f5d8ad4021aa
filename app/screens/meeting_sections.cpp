// The 1:1 page, bottom half: notes, energy and mood, commitments made here, what I learned about them,
// insights (what I believed vs what really happened) and conflicts. Each edit is one undoable step.
#include <imgui.h>
#include <imgui_stdlib.h>

#include <algorithm>

#include "app/screens/meeting_screen.h"
#include "app/widgets.h"
#include "core/model/commands.h"

namespace rapport::ui {

void MeetingScreen::drawNotes(UiContext& ui, const Meeting& meeting) {
    sectionTitle("Notes");
    const ImGuiInputTextFlags flags = ui.readOnly() ? ImGuiInputTextFlags_ReadOnly : 0;
    ImGui::InputTextMultiline("##notes", &m_notes, ImVec2(-1.0f, ImGui::GetTextLineHeight() * 5.0f), flags);
    if (ImGui::IsItemDeactivatedAfterEdit()) {
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
    ImGui::InputTextWithHint("mood", "how did they seem?", &m_mood, flags);
    if (ImGui::IsItemDeactivatedAfterEdit()) {
        Meeting edited = meeting;
        edited.mood = m_mood;
        save(ui, edited, "mood");
    }
}

void MeetingScreen::drawCommitments(UiContext& ui, const Meeting& meeting) {
    sectionTitle("Commitments made in this 1:1");
    if (m_commitments.empty()) {
        emptyState("Small promises, made and kept, are how trust grows. Note each one as it is made, both ways.");
    }
    for (const Commitment* c : m_commitments) {
        const std::string who = c->direction == CommitmentDirection::MeToThem ? "I owe" : "They owe";
        const std::string due = c->due ? ", due " + shortDate(*c->due) : "";
        ImGui::BulletText("%s: %s%s  [%s]", who.c_str(), c->text.c_str(), due.c_str(), label(c->status));
    }
    if (!ui.readOnly()) m_commitment.draw(ui, meeting.peerId, CommitmentOrigin::OneOnOne, meeting.id);
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
        ui.run(addFact(ui.notebook(), ui.ids(), meeting.peerId, category, m_fact, std::min(meeting.date, ui.today()), "1:1"))) {
        clearEntryField("Learned", m_fact);
    }
}

void MeetingScreen::drawInsights(UiContext& ui, const Meeting& meeting) {
    sectionTitle("Insights");
    if (meeting.insights.empty()) {
        emptyState("Where were you wrong about them? Writing down what you believed next to what really happened "
                   "is how assumptions get corrected.");
    }
    for (const Insight& insight : meeting.insights) {
        ImGui::BulletText("I believed: %s", insight.believed.c_str());
        ImGui::Indent();
        ImGui::TextWrapped("What really happened: %s", insight.happened.c_str());
        ImGui::Unindent();
    }
    if (ui.readOnly()) return;
    ImGui::SetNextItemWidth(ui.narrow() ? -1.0f : 300.0f);
    ImGui::InputTextWithHint("##believed", "what I believed", &m_believed);
    if (!ui.narrow()) ImGui::SameLine();
    ImGui::SetNextItemWidth(ui.narrow() ? -1.0f : 300.0f);
    ImGui::InputTextWithHint("##happened", "what really happened", &m_happened);
    if (!ui.narrow()) ImGui::SameLine();
    if (ImGui::Button("Add insight") && !m_believed.empty()) {
        Meeting edited = meeting;
        edited.insights.push_back(Insight{m_believed, m_happened});
        if (save(ui, edited, "new insight")) m_believed.clear(), m_happened.clear();
    }
}

void MeetingScreen::drawConflicts(UiContext& ui, const Meeting& meeting) {
    sectionTitle("Conflicts");
    if (meeting.conflicts.empty()) {
        emptyState("Disagreement between peers is normal. Name the issue and both positions; it is easier to "
                   "resolve when both sides are written down fairly.");
    }
    for (size_t i = 0; i < meeting.conflicts.size(); ++i) {
        const Conflict& conflict = meeting.conflicts[i];
        ImGui::PushID(static_cast<int>(i));
        ImGui::BulletText("%s", conflict.issue.c_str());
        ImGui::Indent();
        ImGui::TextWrapped("Me: %s  /  Them: %s", conflict.myPosition.c_str(), conflict.theirPosition.c_str());
        int status = static_cast<int>(conflict.status);
        constexpr const char* kStatuses[] = {"open", "resolved", "parked"};
        ImGui::SetNextItemWidth(110.0f);
        Meeting edited = meeting;
        if (optionCombo("##status", status, kStatuses, 3)) {
            edited.conflicts[i].status = static_cast<ConflictStatus>(status);
            save(ui, edited, "conflict status");
        } else {
            ImGui::SameLine();
            ImGui::SetNextItemWidth(ui.narrow() ? -1.0f : 360.0f);
            ImGui::InputTextWithHint("##resolution", "resolution", &m_resolutions[i]);
            if (ImGui::IsItemDeactivatedAfterEdit()) {
                edited.conflicts[i].resolution = m_resolutions[i];
                save(ui, edited, "conflict resolution");
            }
        }
        ImGui::Unindent();
        ImGui::PopID();
    }
    if (ui.readOnly()) return;
    const float width = ui.narrow() ? -1.0f : 220.0f;
    for (auto [field, hint] : {std::pair{&m_issue, "the issue"}, std::pair{&m_mine, "my position"},
                               std::pair{&m_theirs, "their position"}}) {
        ImGui::SetNextItemWidth(width);
        ImGui::InputTextWithHint((std::string("##") + hint).c_str(), hint, field);
        if (!ui.narrow()) ImGui::SameLine();
    }
    if (ImGui::Button("Add conflict") && !m_issue.empty()) {
        Meeting edited = meeting;
        edited.conflicts.push_back(Conflict{m_issue, m_mine, m_theirs, "", ConflictStatus::Open});
        if (save(ui, edited, "new conflict")) m_issue.clear(), m_mine.clear(), m_theirs.clear();
    }
}

}  // namespace rapport::ui
