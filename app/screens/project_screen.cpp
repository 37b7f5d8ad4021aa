// The project page edits a copy of the project; each committed field is one undoable update. Notes are
// kept per phase, so what was explored stays readable while converging.
#include "app/screens/project_screen.h"

#include <imgui.h>
#include <imgui_stdlib.h>

#include <algorithm>
#include <cstdio>

#include "app/commitment_row.h"
#include "app/kept_text.h"
#include "app/style/flow.h"
#include "app/style/text.h"
#include "app/widgets.h"
#include "core/model/commands.h"
#include "core/rules/commitments.h"

namespace rapport::ui {

namespace {

PhaseNotes& notesOf(JointProject& project, ProjectPhase phase) {
    for (PhaseNotes& notes : project.phaseNotes) {
        if (notes.phase == phase) return notes;
    }
    project.phaseNotes.push_back(PhaseNotes{phase, "", "", "", "", "", ""});
    return project.phaseNotes.back();
}

// A multi-line field that reports the frame it was left after an edit (Esc included, keeping the text).
bool noteField(const char* label, std::string& text) {
    ImGui::TextDisabled("%s", label);
    const std::string id = std::string("##") + label;  // the field's own name, for tests and focus
    return keptTextArea(id.c_str(), text, ImVec2(-1.0f, ImGui::GetTextLineHeight() * 2.5f));
}

}  // namespace

void ProjectScreen::save(UiContext& ui, const JointProject& edited, const char* what) {
    ui.run(updateEntity(ui.notebook(), edited, std::string("Saved the ") + what + " of " + edited.title));
}

void ProjectScreen::draw(UiContext& ui) {
    const JointProject* project = ui.notebook().find<JointProject>(ui.route().id);
    if (!project) {
        emptyState("This project no longer exists. Pick one on the Projects page.");
        return;
    }
    if (m_projectId != project->id || m_revision != ui.revision()) {
        m_projectId = project->id;
        m_revision = ui.revision();
        m_edit = *project;
        if (!ImGui::IsAnyItemActive()) m_startText.clear();  // show the stored start date again
        m_commitments.clear();
        for (const auto& [id, c] : ui.notebook().all<Commitment>()) {
            if (c.origin == CommitmentOrigin::Project && c.originId == project->id) m_commitments.push_back(&c);
        }
    }
    pageTitle(project->title.c_str());
    mutedText(("with " + peerList(ui.notebook(), project->peerIds) + ", " + label(project->kind) + ", started " +
               shortDate(project->start)).c_str());
    // Changes are saved after the frame (UiContext::run): the whole page is drawn every frame.
    drawTimebox(ui, *project);
    drawPhase(ui, *project);
    drawNotes(ui, *project);
    drawObservations(ui, *project);
    drawCommitments(ui, *project);
    drawClosing(ui, *project);
}

void ProjectScreen::leave(UiContext& ui) {
    // Leaving while a notes field still has the keyboard: no "field left" event will save what was typed.
    const JointProject* project = ui.notebook().find<JointProject>(m_projectId);
    if (!project || ui.readOnly() || m_edit.id != project->id) return;
    JointProject typed = m_edit;
    // The page adds an empty notes entry for the phase it shows (notesOf): that alone is no change.
    auto untouched = [&](const PhaseNotes& n) {
        const bool stored = std::any_of(project->phaseNotes.begin(), project->phaseNotes.end(),
                                        [&](const PhaseNotes& p) { return p.phase == n.phase; });
        return !stored && n == PhaseNotes{n.phase, "", "", "", "", "", ""};
    };
    typed.phaseNotes.erase(std::remove_if(typed.phaseNotes.begin(), typed.phaseNotes.end(), untouched), typed.phaseNotes.end());
    if (!(typed == *project)) save(ui, typed, "notes");
}

void ProjectScreen::drawPhase(UiContext& ui, const JointProject& project) {
    sectionTitle("Phase");
    for (int p = 0; p <= static_cast<int>(ProjectPhase::Dropped); ++p) {
        const ProjectPhase phase = static_cast<ProjectPhase>(p);
        const bool picked = p == 0 ? ImGui::RadioButton(label(phase), project.phase == phase)
                                   : flowRadio(label(phase), project.phase == phase);
        if (picked && phase != project.phase && !ui.readOnly()) {
            ui.run(setProjectPhase(ui.notebook(), project.id, phase, ui.today()));
        }
    }
    mutedText("Explore apart (what each of us knows), converge together (debate, decide), then execute.");
}

void ProjectScreen::drawTimebox(UiContext& ui, const JointProject& project) {
    if (project.isActive()) {
        const ProjectStatus status = projectStatus(project, ui.today());
        char text[96];
        if (status.daysLeft >= 0) {
            std::snprintf(text, sizeof text, "Day %d of %d: %d %s left", status.dayOfProject, project.timeboxDays,
                          status.daysLeft, status.daysLeft == 1 ? "day" : "days");
        } else {
            std::snprintf(text, sizeof text, "Day %d of %d: %d %s past the timebox", status.dayOfProject,
                          project.timeboxDays, -status.daysLeft, status.daysLeft == -1 ? "day" : "days");
        }
        status.overTimebox || status.runningLong ? warningText(text) : mutedText(text);
        if (status.runningLong) warningText("Past three weeks: converge, or drop it.");
        else if (status.longTimebox) warningText("A timebox past three weeks loses its pull: two weeks works best.");
    }
    if (ui.readOnly()) return;
    CivilDate start = m_edit.start;
    {
        LabelAbove label("started");
        if (dateField(label.id(), start, m_startText)) {
            m_edit.start = start;
            save(ui, m_edit, "start date");
        }
    }
    LabelAbove timebox("timebox (days)");
    ImGui::SetNextItemWidth(ImGui::GetFontSize() * 7.0f);
    int days = m_edit.timeboxDays;
    // Typed values count when the field is left, the +/- buttons at once.
    const bool stepped = ImGui::InputInt(timebox.id(), &days, 1, 7) && !ImGui::GetIO().WantTextInput;
    m_edit.timeboxDays = days;
    if (stepped || ImGui::IsItemDeactivatedAfterEdit()) save(ui, m_edit, "timebox");
}

namespace {

// A phase's notes as text, for the phases behind the current one.
void readOnlyNotes(const PhaseNotes& notes) {
    auto line = [](const char* label, const std::string& text) {
        if (text.empty()) return;
        ImGui::TextDisabled("%s", label);
        ImGui::TextWrapped("%s", text.c_str());
    };
    line("What I know", notes.whatIKnow);
    line("What they know", notes.whatTheyKnow);
    line("People we talked to", notes.peopleTalkedTo);
    line("Debates", notes.debates);
    line("Ideas", notes.ideas);
    line("Decision", notes.decision);
}

}  // namespace

void ProjectScreen::drawNotes(UiContext& ui, const JointProject& project) {
    // Earlier phases stay readable, folded: what was explored is still there while converging.
    const bool executing = project.phase == ProjectPhase::Execute || !project.isActive();
    for (ProjectPhase phase : {ProjectPhase::Explore, ProjectPhase::Converge}) {
        if (phase >= project.phase && project.isActive()) continue;
        const PhaseNotes* notes = nullptr;
        for (const PhaseNotes& n : project.phaseNotes) {
            if (n.phase == phase) notes = &n;
        }
        const std::string header = std::string("Notes from ") + label(phase);
        if (notes && ImGui::CollapsingHeader(header.c_str())) readOnlyNotes(*notes);
    }
    if (executing) {
        // The decision is what execution is about: first, large, and still editable.
        sectionTitle("Decision");
        PhaseNotes& converge = notesOf(m_edit, ProjectPhase::Converge);
        if (converge.decision.empty()) emptyState("No decision was written down while converging. Write it here.");
        if (noteField("Decision", converge.decision)) save(ui, m_edit, "decision");
        return;
    }
    sectionTitle((std::string("Notes: ") + label(project.phase)).c_str());
    PhaseNotes& notes = notesOf(m_edit, project.phase);
    bool changed = false;
    if (project.phase == ProjectPhase::Explore) {
        changed |= noteField("What I know", notes.whatIKnow);
        changed |= noteField("What they know", notes.whatTheyKnow);
        changed |= noteField("People we talked to", notes.peopleTalkedTo);
    } else {
        changed |= noteField("Debates", notes.debates);
        changed |= noteField("Ideas", notes.ideas);
        changed |= noteField("Decision", notes.decision);
    }
    if (changed) save(ui, m_edit, "notes");
}

namespace {

constexpr const char* kAspects[] = {"how they think", "what they value", "how they communicate", "other"};

}  // namespace

void ProjectScreen::drawObservations(UiContext& ui, const JointProject& project) {
    sectionTitle("What I observed about them");
    if (project.observations.empty()) {
        emptyState("Working together shows how someone thinks, what they value and how they communicate. Note it "
                   "while it is fresh.");
    }
    for (size_t i = 0; i < project.observations.size(); ++i) drawObservation(ui, project, i);
    if (ui.readOnly() || project.peerIds.empty()) return;
    std::vector<const char*> names;
    for (EntityId id : project.peerIds) names.push_back(peerName(ui.notebook(), id));
    m_observedPeer = std::min(m_observedPeer, static_cast<int>(names.size()) - 1);
    ImGui::SetNextItemWidth(ImGui::GetFontSize() * 9.0f);
    optionCombo("##observed", m_observedPeer, names.data(), static_cast<int>(names.size()));
    sameLineIfFits(ImGui::GetFontSize() * 10.0f);
    ImGui::SetNextItemWidth(ImGui::GetFontSize() * 10.0f);
    optionCombo("##aspect", m_aspect, kAspects, 4);
    if (addLine("Observation", "e.g. decides from data, wants it in writing", "Add", m_observation, ui.narrow())) {
        const Observation o{ui.today(), project.peerIds[static_cast<size_t>(m_observedPeer)],
                            static_cast<ObservationAspect>(m_aspect), m_observation};
        if (ui.run(addObservation(ui.notebook(), project.id, o))) clearEntryField("Observation", m_observation);
    }
}

// One observation as an editable row: what was seen, about whom, which aspect, when; or deleted.
void ProjectScreen::drawObservation(UiContext& ui, const JointProject& project, size_t index) {
    const Observation& o = project.observations[index];
    auto about = [&](EntityId peerId) { return std::string("an observation about ") + peerName(ui.notebook(), peerId); };
    ImGui::PushID(static_cast<int>(index));
    if (m_observationRow.isOpen(project.id, index)) {
        RecordForm form(ui.narrow());
        Observation& draft = m_observationRow.draft();
        form.focusNext(m_observationRow.focus());
        form.text("Observation##edit", draft.text);
        std::vector<const char*> names;
        int peer = 0;
        for (size_t p = 0; p < project.peerIds.size(); ++p) {
            names.push_back(peerName(ui.notebook(), project.peerIds[p]));
            if (project.peerIds[p] == draft.peerId) peer = static_cast<int>(p);
        }
        if (!names.empty() && form.option("About##edit", peer, names.data(), static_cast<int>(names.size()))) {
            draft.peerId = project.peerIds[static_cast<size_t>(peer)];
        }
        int aspect = static_cast<int>(draft.aspect);
        if (form.option("Aspect##edit", aspect, kAspects, 4)) draft.aspect = static_cast<ObservationAspect>(aspect);
        form.date("Seen on##edit", draft.date, m_observationRow.buffer(0), DateDirection::Past);
        if (m_observationRow.finish(form) == RowEnd::Save) {
            JointProject edited = project;
            edited.observations[index] = draft;
            saveRow(ui, m_observationRow, updateEntity(ui.notebook(), edited, "Changed " + about(draft.peerId)));
        }
    } else {
        bulletTextf("%s (%s, %s): %s", peerName(ui.notebook(), o.peerId), aspectName(o.aspect), shortDate(o.date).c_str(),
                    o.text.c_str());
        if (!ui.readOnly()) {
            const RowAction action = rowActions(ui.narrow(), "Edit##observation", "Delete##observation");
            if (action == RowAction::Edit) m_observationRow.open(project.id, o, index);
            if (action == RowAction::Delete) {
                JointProject edited = project;
                edited.observations.erase(edited.observations.begin() + static_cast<std::ptrdiff_t>(index));
                ui.run(updateEntity(ui.notebook(), edited, "Deleted " + about(o.peerId)));
            }
        }
    }
    ImGui::PopID();
}

void ProjectScreen::drawCommitments(UiContext& ui, const JointProject& project) {
    sectionTitle("Commitments");
    if (m_commitments.empty()) emptyState("Who does what by when: write it down, both ways.");
    for (const Commitment* c : m_commitments) {
        const std::string who = std::string(c->direction == CommitmentDirection::MeToThem ? "I owe " : "Owed by ") +
                                peerName(ui.notebook(), c->peerId);
        commitmentRow(ui, m_commitmentRow, *c, who);
    }
    if (ui.readOnly() || project.peerIds.empty()) return;
    std::vector<const char*> names;
    for (EntityId id : project.peerIds) names.push_back(peerName(ui.notebook(), id));
    m_commitmentPeer = std::min(m_commitmentPeer, static_cast<int>(names.size()) - 1);
    ImGui::SetNextItemWidth(ImGui::GetFontSize() * 9.0f);
    optionCombo("with", m_commitmentPeer, names.data(), static_cast<int>(names.size()));
    m_commitment.draw(ui, project.peerIds[static_cast<size_t>(m_commitmentPeer)], CommitmentOrigin::Project, project.id);
}

void ProjectScreen::drawClosing(UiContext& ui, const JointProject& project) {
    (void)project;
    sectionTitle("Outcome and retro");
    if (noteField("Outcome", m_edit.outcome)) save(ui, m_edit, "outcome");
    if (noteField("Retro: what worked between us, what to change", m_edit.retro)) save(ui, m_edit, "retro");
}

}  // namespace rapport::ui
