// The board is derived once per change; each card shows where the timebox stands (core/rules
// projectStatus): "day 9 of 14", and a warning once a project runs past three weeks.
#include "app/screens/projects_screen.h"

#include <imgui.h>
#include <imgui_stdlib.h>

#include <algorithm>
#include <cstdio>

#include "app/form_widgets.h"
#include "app/style/text.h"
#include "app/widgets.h"
#include "core/model/commands.h"
#include "core/rules/commitments.h"

namespace rapport::ui {

namespace {
constexpr ProjectPhase kBoard[] = {ProjectPhase::Explore, ProjectPhase::Converge, ProjectPhase::Execute, ProjectPhase::Done};
constexpr const char* kKinds[] = {"white space (new together)", "helping with their priority"};
}  // namespace

void ProjectsScreen::draw(UiContext& ui) {
    if (m_revision != ui.revision()) {
        m_revision = ui.revision();
        for (auto& column : m_byPhase) column.clear();
        for (const auto& [id, project] : ui.notebook().all<JointProject>()) {
            m_byPhase[static_cast<int>(project.phase)].push_back(&project);
        }
        for (auto& column : m_byPhase) {
            std::stable_sort(column.begin(), column.end(),
                             [](const JointProject* a, const JointProject* b) { return a->start > b->start; });
        }
    }
    pageTitle("Joint projects");
    if (!ui.readOnly()) drawNewProject(ui);
    if (ui.notebook().all<JointProject>().empty()) {
        emptyState("Working on something together is the fastest way to know a peer: pick a small problem, give "
                   "it two weeks, explore apart, converge together, then do it.");
        return;
    }
    const bool columns = !ui.narrow() && ImGui::BeginTable("board", 4, ImGuiTableFlags_BordersInnerV);
    if (columns) {
        for (ProjectPhase phase : kBoard) ImGui::TableSetupColumn(label(phase));
        ImGui::TableHeadersRow();
        ImGui::TableNextRow();
    }
    for (ProjectPhase phase : kBoard) {
        if (columns) ImGui::TableNextColumn();
        else sectionTitle(label(phase));
        const auto& column = m_byPhase[static_cast<int>(phase)];
        if (column.empty()) mutedText("none");
        for (const JointProject* project : column) {
            if (ui.revision() != m_revision) break;  // the board is stale after a change
            drawCard(ui, *project);
        }
    }
    if (columns) ImGui::EndTable();
    const auto& dropped = m_byPhase[static_cast<int>(ProjectPhase::Dropped)];
    if (!dropped.empty() && ui.revision() == m_revision) {
        sectionTitle("Dropped");
        for (const JointProject* project : dropped) {
            if (ui.revision() != m_revision) break;
            drawCard(ui, *project);
        }
    }
}

void ProjectsScreen::drawCard(UiContext& ui, const JointProject& project) {
    pushEntityId(project.id);
    const bool changed = editableRow(
        ui, m_row, project, "project",
        [&](const JointProject& p) {
            if (link(p.title.c_str())) ui.go(Route{Page::Project, p.id});
        },
        [&](RecordForm& form, JointProject& draft, RowEditor<JointProject>&) {
            form.text("Title", draft.title);
            form.number("Timebox (days)", draft.timeboxDays, 1, 365);
            form.peers("With", ui.notebook(), draft.peerIds, m_editFilter);
        },
        /*stacked=*/true);
    if (changed || m_row.isOpen(project.id)) {
        ImGui::PopID();
        return;
    }
    mutedText(peerList(ui.notebook(), project.peerIds).c_str());
    if (project.isActive()) {
        const ProjectStatus status = projectStatus(project, ui.today());
        char text[64];
        std::snprintf(text, sizeof text, "day %d of %d", status.dayOfProject, project.timeboxDays);
        status.runningLong || status.overTimebox ? warningText(text) : mutedText(text);
        if (status.runningLong) warningText("Past three weeks: converge, or drop it.");
    }
    ImGui::Spacing();
    ImGui::PopID();
}

void ProjectsScreen::drawNewProject(UiContext& ui) {
    if (!ImGui::CollapsingHeader("Start a project", ImGuiTreeNodeFlags_DefaultOpen)) return;
    focusIfAsked(ui, m_focusTitle);
    {
        LabelAbove label("Project title");
        ImGui::SetNextItemWidth(ui.narrow() ? -1.0f : 360.0f);
        ImGui::InputTextWithHint(label.id(), "a small problem to solve together", &m_title);
    }
    {
        LabelAbove label("why");
        ImGui::SetNextItemWidth(ui.narrow() ? -1.0f : 360.0f);
        optionCombo(label.id(), m_kind, kKinds, 2);
    }
    peerChecklist("project-peers", ui.notebook(), m_peers, m_peerFilter, ImGui::GetTextLineHeight() * 5.0f);
    if (ImGui::Button("Start project") &&
        ui.run(addProject(ui.notebook(), ui.ids(), m_title, m_peers, static_cast<ProjectKind>(m_kind), ui.today()))) {
        m_title.clear();
        m_peers.clear();
    }
}

}  // namespace rapport::ui
