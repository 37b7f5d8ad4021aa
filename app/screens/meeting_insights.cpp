// The 1:1 page's insights (what I believed vs what really happened) and conflicts worked through.
#include <imgui.h>
#include <imgui_stdlib.h>

#include <algorithm>

#include "app/edit_widgets.h"
#include "app/screens/meeting_screen.h"
#include "app/style/flow.h"
#include "app/style/text.h"
#include "app/widgets.h"
#include "core/model/commands.h"

namespace rapport::ui {

Result<Command> MeetingScreen::changePart(UiContext& ui, const Meeting& edited, const char* what) {
    const Notebook& nb = ui.notebook();
    return updateEntity(nb, edited, std::string(what) + " of the 1:1 with " + peerName(nb, edited.peerId));
}

void MeetingScreen::drawInsights(UiContext& ui, const Meeting& meeting) {
    sectionTitle("Insights");
    if (meeting.insights.empty()) {
        emptyState("Where were you wrong about them? Writing down what you believed next to what really happened "
                   "is how assumptions get corrected.");
    }
    for (size_t i = 0; i < meeting.insights.size(); ++i) {
        const Insight& insight = meeting.insights[i];
        ImGui::PushID(static_cast<int>(i));
        if (m_insightRow.isOpen(meeting.id, i)) {
            RecordForm form(ui.narrow());
            form.focusNext(m_insightRow.focus());
            form.text("I believed##edit", m_insightRow.draft().believed);
            form.text("What really happened##edit", m_insightRow.draft().happened);
            if (m_insightRow.finish(form) == RowEnd::Save) {
                Meeting edited = meeting;
                edited.insights[i] = m_insightRow.draft();
                saveRow(ui, m_insightRow, changePart(ui, edited, "Changed the insight"));
            }
        } else {
            bulletTextf("I believed: %s", insight.believed.c_str());
            ImGui::Indent();
            ImGui::TextWrapped("What really happened: %s", insight.happened.c_str());
            ImGui::Unindent();
            const RowAction action = ui.readOnly() ? RowAction::None : rowActions(ui.narrow(), "Edit##insight", "Delete##insight");
            if (action == RowAction::Edit) m_insightRow.open(meeting.id, insight, i);
            if (action == RowAction::Delete) {
                Meeting edited = meeting;
                edited.insights.erase(edited.insights.begin() + static_cast<std::ptrdiff_t>(i));
                ui.run(changePart(ui, edited, "Deleted the insight"));
            }
        }
        ImGui::PopID();
    }
    if (ui.readOnly()) return;
    ImGui::SetNextItemWidth(ui.narrow() ? -1.0f : 300.0f);
    ImGui::InputTextWithHint("##believed", "what I believed", &m_believed);
    if (!ui.narrow()) sameLineIfFits(300.0f);
    ImGui::SetNextItemWidth(ui.narrow() ? -1.0f : 300.0f);
    ImGui::InputTextWithHint("##happened", "what really happened", &m_happened);
    if (!ui.narrow()) sameLineIfFits(buttonWidth("Add insight"));
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
        if (m_conflictRow.isOpen(meeting.id, i)) {
            RecordForm form(ui.narrow());
            Conflict& draft = m_conflictRow.draft();
            form.focusNext(m_conflictRow.focus());
            form.text("The issue##edit", draft.issue);
            form.text("My position##edit", draft.myPosition);
            form.text("Their position##edit", draft.theirPosition);
            if (m_conflictRow.finish(form) == RowEnd::Save) {
                Meeting edited = meeting;
                edited.conflicts[i] = draft;
                saveRow(ui, m_conflictRow, changePart(ui, edited, "Changed the conflict"));
            }
            ImGui::PopID();
            continue;
        }
        bulletTextf("%s", conflict.issue.c_str());
        const RowAction action = ui.readOnly() ? RowAction::None : rowActions(ui.narrow(), "Edit##conflict", "Delete##conflict");
        if (action == RowAction::Edit) m_conflictRow.open(meeting.id, conflict, i);
        if (action == RowAction::Delete) {
            Meeting edited = meeting;
            edited.conflicts.erase(edited.conflicts.begin() + static_cast<std::ptrdiff_t>(i));
            ui.run(changePart(ui, edited, "Deleted the conflict"));
        }
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
            sameLineIfFits(ui.narrow() ? ImGui::GetContentRegionAvail().x : 360.0f);
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
        if (field != &m_issue && !ui.narrow()) sameLineIfFits(width);
        ImGui::SetNextItemWidth(width);
        ImGui::InputTextWithHint((std::string("##") + hint).c_str(), hint, field);
    }
    if (!ui.narrow()) sameLineIfFits(buttonWidth("Add conflict"));
    if (ImGui::Button("Add conflict") && !m_issue.empty()) {
        Meeting edited = meeting;
        edited.conflicts.push_back(Conflict{m_issue, m_mine, m_theirs, "", ConflictStatus::Open});
        if (save(ui, edited, "new conflict")) m_issue.clear(), m_mine.clear(), m_theirs.clear();
    }
}

}  // namespace rapport::ui
