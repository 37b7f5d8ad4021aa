// One joint project: notes per phase, move phase, observations about how the peer thinks, values and
// communicates, commitments from the project, outcome and retro.
#pragma once

#include <string>
#include <vector>

#include "app/edit_widgets.h"
#include "app/form_widgets.h"
#include "app/ui_context.h"
#include "core/model/project.h"

namespace rapport::ui {

class ProjectScreen final : public Screen {
public:
    void draw(UiContext& ui) override;
    // Saves the notes being typed when another page opens.
    void leave(UiContext& ui) override;

private:
    // Where the project stands against its timebox (days left, warnings), and its start and length.
    void drawTimebox(UiContext& ui, const JointProject& project);
    void drawPhase(UiContext& ui, const JointProject& project);
    void drawNotes(UiContext& ui, const JointProject& project);
    void drawObservations(UiContext& ui, const JointProject& project);
    void drawObservation(UiContext& ui, const JointProject& project, size_t index);
    void drawCommitments(UiContext& ui, const JointProject& project);
    void drawClosing(UiContext& ui, const JointProject& project);
    // Saves an edited copy when a field was committed.
    static void save(UiContext& ui, const JointProject& edited, const char* what);

    EntityId m_projectId = kNoId;
    uint64_t m_revision = 0;
    JointProject m_edit;  // working copy of the text fields
    std::vector<const Commitment*> m_commitments;
    std::string m_observation;
    std::string m_startText;  // the start date field's text (dateField)
    int m_aspect = 0, m_observedPeer = 0, m_commitmentPeer = 0;
    CommitmentForm m_commitment;
    RowEditor<Commitment> m_commitmentRow;
    RowEditor<Observation> m_observationRow;  // part = its index
};

}  // namespace rapport::ui
