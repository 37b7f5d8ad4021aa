// The journal: a few prompts of our own to start from, the entry, the peers it is about; the list is
// sorted once per change and clipped, so years of entries cost nothing per frame.
#include "app/screens/journal_screen.h"

#include <imgui.h>

#include <cstdio>
#include <imgui_stdlib.h>

#include <algorithm>

#include "app/form_widgets.h"
#include "app/kept_text.h"
#include "app/style/text.h"
#include "app/style/flow.h"
#include "app/widgets.h"
#include "core/model/commands.h"

namespace rapport::ui {

namespace {

constexpr const char* kPrompts[] = {
    "(no prompt)",
    "Who did I help this week, and who helped me?",
    "Where was I wrong about someone?",
    "Which relationship needs attention before it needs repair?",
    "What did I promise, and did I keep it?",
    "What would make our next disagreement easier?",
};
constexpr int kPromptCount = static_cast<int>(sizeof kPrompts / sizeof kPrompts[0]);

}  // namespace

void JournalScreen::draw(UiContext& ui) {
    if (m_revision != ui.revision()) {
        m_revision = ui.revision();
        m_entries.clear();
        for (const auto& entry : ui.notebook().all<JournalEntry>()) m_entries.push_back(&entry.second);
        std::stable_sort(m_entries.begin(), m_entries.end(),
                         [](const JournalEntry* a, const JournalEntry* b) { return a->date > b->date; });
    }
    pageTitle("Reflection journal");
    if (!ui.readOnly()) drawNewEntry(ui);
    sectionTitle("Entries");
    if (m_entries.empty()) {
        emptyState("A few lines a week on how your relationships are going: what surprised you, what you would do "
                   "differently. Patterns show up only when they are written down.");
        return;
    }
    ImGui::BeginChild("entries", ImVec2(0.0f, 0.0f), false, ImGuiWindowFlags_NavFlattened);  // Tab walks in
    ImGuiListClipper clipper;
    clipper.Begin(static_cast<int>(m_entries.size()));
    while (clipper.Step()) {
        for (int i = clipper.DisplayStart; i < clipper.DisplayEnd; ++i) {
            const JournalEntry& entry = *m_entries[static_cast<size_t>(i)];
            ImGui::PushID(i);
            editableRow(
                ui, m_row, entry, "journal",
                [&](const JournalEntry& e) {
                    ImGui::TextDisabled("%s", longDate(e.date).c_str());
                    if (!e.peerIds.empty()) {
                        {
                            char text[256];
                            std::snprintf(text, sizeof text, "- %s", peerList(ui.notebook(), e.peerIds).c_str());
                            mutedAfter(text);
                        }
                    }
                    if (!e.prompt.empty()) ImGui::TextWrapped("%s", e.prompt.c_str());
                    ImGui::TextWrapped("%s", e.text.c_str());
                },
                [&](RecordForm& form, JournalEntry& draft, RowEditor<JournalEntry>& row) {
                    form.date("Date", draft.date, row.buffer(0));
                    form.multiline("Entry", draft.text);
                    form.peers("About", ui.notebook(), draft.peerIds, m_editFilter);
                });
            ImGui::Separator();
            ImGui::PopID();
        }
    }
    ImGui::EndChild();
}

void JournalScreen::drawNewEntry(UiContext& ui) {
    {
        LabelAbove label("prompt");
        ImGui::SetNextItemWidth(ui.narrow() ? -1.0f : 420.0f);
        optionCombo(label.id(), m_prompt, kPrompts, kPromptCount);
    }
    focusIfAsked(ui, m_focusText);
    // Esc leaves the entry keeping what was typed; the draft stays here until Add entry.
    keptTextArea("##entry", m_text, ImVec2(-1.0f, ImGui::GetTextLineHeight() * 4.0f));
    if (ImGui::TreeNode("About peers")) {
        peerChecklist("journal-peers", ui.notebook(), m_peers, m_peerFilter, ImGui::GetTextLineHeight() * 6.0f);
        ImGui::TreePop();
    }
    if (!m_peers.empty()) mutedText(("About " + peerList(ui.notebook(), m_peers)).c_str());
    if (ImGui::Button("Add entry") && !m_text.empty()) {
        const std::string prompt = m_prompt == 0 ? std::string() : kPrompts[m_prompt];
        if (ui.run(addJournalEntry(ui.notebook(), ui.ids(), ui.today(), m_text, prompt, m_peers))) {
            m_text.clear();
            m_peers.clear();
            m_prompt = 0;
        }
    }
}

}  // namespace rapport::ui
