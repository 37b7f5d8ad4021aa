// The 1:1 meeting page: agenda builder, notes, insights, conflicts, commitments made, and a one-line fact.
#pragma once

#include <string>
#include <vector>

#include "app/edit_widgets.h"
#include "app/form_widgets.h"
#include "app/screens/preview_outcome.h"
#include "app/ui_context.h"
#include "core/model/meeting.h"
#include "core/rules/topics.h"

namespace rapport::ui {

class MeetingScreen final : public Screen {
public:
    void draw(UiContext& ui) override;
    // Saves the notes and mood being typed when another page opens.
    void leave(UiContext& ui) override;

private:
    void refresh(UiContext& ui, const Meeting& meeting);
    void drawHeader(UiContext& ui, const Meeting& meeting);
    // Asks whether a 1:1 finished before its date was held today (the default) or keeps its date.
    void drawFinishEarly(UiContext& ui, const Meeting& meeting);
    void drawAgenda(UiContext& ui, const Meeting& meeting);
    void drawAgendaItem(UiContext& ui, const Meeting& meeting, size_t index);
    void drawAgendaItemForm(UiContext& ui, const Meeting& meeting, size_t index);
    void drawSuggestions(UiContext& ui, const Meeting& meeting);
    void drawNewItem(UiContext& ui, const Meeting& meeting);
    void drawNotes(UiContext& ui, const Meeting& meeting);
    void drawInsights(UiContext& ui, const Meeting& meeting);
    void drawConflicts(UiContext& ui, const Meeting& meeting);
    void drawCommitments(UiContext& ui, const Meeting& meeting);
    void drawLearned(UiContext& ui, const Meeting& meeting);
    // Saves an edited copy of the meeting as one undoable step.
    static bool save(UiContext& ui, const Meeting& edited, const char* what);
    // An insight or conflict corrected or deleted ("Deleted the insight of the 1:1 with Maria").
    static Result<Command> changePart(UiContext& ui, const Meeting& edited, const char* what);

    EntityId m_meetingId = kNoId;
    uint64_t m_revision = 0;
    bool m_focusItem = false;
    RowEditor<AgendaItem> m_agendaRow;  // the agenda item being corrected (part = its index)
    RowEditor<Commitment> m_commitmentRow;
    RowEditor<Insight> m_insightRow;    // part = its index
    RowEditor<Conflict> m_conflictRow;  // part = its index
    // Derived once per change: topic suggestions and the commitments made in this 1:1.
    std::vector<TopicSuggestion> m_suggestions;
    std::vector<const Commitment*> m_commitments;
    // Working copies of the free-text fields (ImGui needs them between frames).
    std::string m_notes, m_mood;
    int m_energy = 0;
    std::vector<std::string> m_resolutions;
    // The add forms.
    std::string m_itemText, m_believed, m_happened, m_issue, m_mine, m_theirs, m_fact;
    int m_itemKind = 0, m_itemTrust = 0, m_factCategory = 0;
    CommitmentForm m_commitment;
    PreviewOutcomeForm m_previewOutcome;  // a preview item marked discussed asks how it was taken
};

}  // namespace rapport::ui
