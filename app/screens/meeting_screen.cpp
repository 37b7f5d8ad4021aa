// The 1:1 page, top half: who and when, the agenda builder (carried-over items first, then topics from
// the bank at this peer's trust level, then free items) and Finish. The rest is in meeting_notes.cpp,
// meeting_commitments.cpp and meeting_insights.cpp.
#include "app/screens/meeting_screen.h"

#include <imgui.h>
#include <imgui_stdlib.h>

#include "app/edit_widgets.h"
#include "app/style/flow.h"
#include "app/style/text.h"
#include "app/widgets.h"
#include "core/model/commands.h"
#include "core/model/commands_edit.h"
#include "core/model/recurrence.h"
#include "core/rules/connections.h"

namespace rapport::ui {

namespace {

// The agenda's kinds and trust tiers, in enum order, for the pickers.
constexpr int kAgendaKinds = static_cast<int>(AgendaKind::Personal) + 1;
constexpr int kTiers = static_cast<int>(TrustTier::High) + 1;

}  // namespace

bool MeetingScreen::save(UiContext& ui, const Meeting& edited, const char* what) {
    return ui.run(updateEntity(ui.notebook(), edited,
                               std::string("Saved the ") + what + " of the 1:1 with " + peerName(ui.notebook(), edited.peerId)));
}

void MeetingScreen::refresh(UiContext& ui, const Meeting& meeting) {
    if (m_meetingId != meeting.id) m_focusItem = true;  // a new meeting opens ready to add an item
    if (m_meetingId == meeting.id && m_revision == ui.revision()) return;
    m_meetingId = meeting.id;
    m_revision = ui.revision();
    m_suggestions = suggestTopics(ui.notebook(), meeting.peerId, 6);
    m_commitments = commitmentsMadeIn(ui.notebook(), meeting.id);
    m_notes = meeting.notes;
    m_mood = meeting.mood;
    m_energy = meeting.energy;
    m_resolutions.clear();
    for (const Conflict& c : meeting.conflicts) m_resolutions.push_back(c.resolution);
}

void MeetingScreen::draw(UiContext& ui) {
    const Meeting* found = ui.notebook().findMeeting(ui.route().id);
    if (!found) {
        emptyState("This 1:1 no longer exists (it may have been undone). Open one from This week or a peer's page.");
        return;
    }
    const Meeting& meeting = *found;
    refresh(ui, meeting);
    // Changes are queued and saved after the frame (UiContext::run), so `meeting` and the cached lists
    // stay valid while the whole page is drawn: every field is drawn every frame, where it was.
    drawHeader(ui, meeting);
    drawAgenda(ui, meeting);
    drawNotes(ui, meeting);
    drawCommitments(ui, meeting);
    drawLearned(ui, meeting);
    drawInsights(ui, meeting);
    drawConflicts(ui, meeting);
}

void MeetingScreen::drawHeader(UiContext& ui, const Meeting& meeting) {
    const Notebook& nb = ui.notebook();
    pageTitle((std::string("1:1 with ") + peerName(nb, meeting.peerId)).c_str());
    captionText((longDate(meeting.date) + (meeting.held ? ", held" : ", prepared")).c_str());
    if (ImGui::SmallButton("Prep card")) ui.go(Route{Page::PrepCard, meeting.peerId});
    if (flowButton("Peer page")) ui.go(Route{Page::Peer, meeting.peerId});
    if (!meeting.held && !ui.readOnly()) {
        if (flowButton("Live mode")) ui.go(Route{Page::LiveMeeting, meeting.id});
    }
    if (!meeting.held && !ui.readOnly()) {
        sameLineIfFits(buttonWidth("Finish meeting", false));  // wraps on a phone instead of clipping
        if (ImGui::Button("Finish meeting")) {
            // Finishing carries the undiscussed items over to the next 1:1 of the series. A 1:1 held
            // before its date is dated the day it is held, unless the user says otherwise.
            if (meeting.date > ui.today()) ImGui::OpenPopup("Finish the 1:1");
            else ui.run(finishMeeting(nb, ui.ids(), meeting.id));
        }
        mutedAfter("Undiscussed items move to the next 1:1.");
    }
    drawFinishEarly(ui, meeting);
}

void MeetingScreen::drawFinishEarly(UiContext& ui, const Meeting& meeting) {
    if (!ImGui::BeginPopupModal("Finish the 1:1", nullptr, ImGuiWindowFlags_AlwaysAutoResize)) return;
    ImGui::TextWrapped("This 1:1 is planned for %s.", longDate(meeting.date).c_str());
    ImGui::TextWrapped("Held today? It will be dated today and the series moves on from here.");
    if (ImGui::IsWindowAppearing()) ImGui::SetKeyboardFocusHere();
    const std::string today = "Date it today (" + shortDate(ui.today()) + ")";
    if (ImGui::Button(today.c_str())) {
        ui.run(finishMeeting(ui.notebook(), ui.ids(), meeting.id, ui.today()));
        ImGui::CloseCurrentPopup();
    }
    ImGui::SameLine();
    const std::string keep = "Keep " + shortDate(meeting.date);
    if (ImGui::Button(keep.c_str())) {
        ui.run(finishMeeting(ui.notebook(), ui.ids(), meeting.id));
        ImGui::CloseCurrentPopup();
    }
    ImGui::SameLine();
    if (ImGui::Button("Cancel") || ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Escape))) ImGui::CloseCurrentPopup();
    ImGui::EndPopup();
}

void MeetingScreen::drawAgenda(UiContext& ui, const Meeting& meeting) {
    sectionTitle("Agenda");
    if (meeting.agenda.empty()) {
        emptyState("An agenda both of you add to. Start with what carries over, add a topic that fits how much you "
                   "trust each other, and one that asks a little more.");
    }
    // Carried-over items first: they were promised a place last time.
    for (const bool carried : {true, false}) {
        for (size_t i = 0; i < meeting.agenda.size(); ++i) {
            if ((meeting.agenda[i].carriedFrom != kNoId) != carried) continue;
            drawAgendaItem(ui, meeting, i);
        }
    }
    if (ui.readOnly()) return;
    drawSuggestions(ui, meeting);
    drawNewItem(ui, meeting);
}

void MeetingScreen::drawAgendaItem(UiContext& ui, const Meeting& meeting, size_t index) {
    const AgendaItem& item = meeting.agenda[index];
    ImGui::PushID(static_cast<int>(index));
    if (m_agendaRow.isOpen(meeting.id, index)) {
        drawAgendaItemForm(ui, meeting, index);
        ImGui::PopID();
        return;
    }
    const bool open = item.status == AgendaStatus::Pending;
    if (open) ImGui::Bullet();
    else ImGui::TextDisabled("[%s]", label(item.status));
    ImGui::SameLine();
    ImGui::TextWrapped("%s", item.text.c_str());
    std::string tags = std::string(label(item.kind)) + ", " + label(item.trust) + " trust";
    if (item.carriedFrom != kNoId) tags += ", carried over";
    mutedText(tags.c_str());
    if (!ui.readOnly()) {
        ImGui::SameLine();
        auto setStatus = [&](AgendaStatus status) { ui.run(setAgendaItemStatus(ui.notebook(), meeting.id, index, status)); };
        if (open) {
            if (ImGui::SmallButton("Discussed")) {
                // A preview discussed: how the peer took it is asked right here, then both are recorded.
                if (item.previewId != kNoId) m_previewOutcome.open(meeting.id, index);
                else setStatus(AgendaStatus::Discussed);
            }
            if (flowButton("Carry over")) setStatus(AgendaStatus::CarriedOver);
            if (flowButton("Drop")) setStatus(AgendaStatus::Dropped);
        } else if (ImGui::SmallButton("Reopen")) {
            setStatus(AgendaStatus::Pending);
        }
        if (flowButton("Move up")) ui.run(moveAgendaItem(ui.notebook(), meeting.id, index, true));
        if (flowButton("Move down")) ui.run(moveAgendaItem(ui.notebook(), meeting.id, index, false));
        const RowAction action = rowActions(ui.narrow(), "Edit##agenda", "Delete##agenda");
        if (action == RowAction::Edit) m_agendaRow.open(meeting.id, item, index);
        if (action == RowAction::Delete) ui.run(deleteAgendaItem(ui.notebook(), meeting.id, index));
        m_previewOutcome.draw(ui, meeting, index);
    }
    ImGui::PopID();
}

void MeetingScreen::drawAgendaItemForm(UiContext& ui, const Meeting& meeting, size_t index) {
    RecordForm form(ui.narrow());
    AgendaItem& draft = m_agendaRow.draft();
    form.focusNext(m_agendaRow.focus());
    form.text("Item", draft.text);
    form.choice("Kind##item", draft.kind, kAgendaKinds);
    form.choice("Trust##item", draft.trust, kTiers);
    if (m_agendaRow.finish(form) == RowEnd::Save) {
        saveRow(ui, m_agendaRow, editAgendaItem(ui.notebook(), meeting.id, index, draft.text, draft.trust, draft.kind));
    }
}

void MeetingScreen::drawSuggestions(UiContext& ui, const Meeting& meeting) {
    if (m_suggestions.empty()) return;
    ImGui::Spacing();
    mutedText("Suggested topics (one click adds; * asks for a little more trust):");
    for (size_t i = 0; i < m_suggestions.size(); ++i) {
        const BankTopic& topic = *m_suggestions[i].topic;
        if (isOnAgenda(meeting, topic.text)) continue;  // added already: offered once
        ImGui::PushID(static_cast<int>(i));
        const std::string text = std::string(m_suggestions[i].stretch ? "* " : "+ ") + topic.text;
        if (wrappedSelectable(text.c_str())) {
            ui.run(addAgendaItem(ui.notebook(), meeting.id, topic.text, topic.trust, topic.kind));
            m_focusItem = true;  // the keyboard goes back to the agenda field for the next item
        }
        ImGui::PopID();
    }
}

void MeetingScreen::drawNewItem(UiContext& ui, const Meeting& meeting) {
    ImGui::Spacing();
    focusIfAsked(ui, m_focusItem);
    const bool add = addLine("Agenda item", "a topic of your own, then Enter", "Add item", m_itemText, ui.narrow());
    AgendaKind kind = static_cast<AgendaKind>(m_itemKind);
    TrustTier trust = static_cast<TrustTier>(m_itemTrust);
    ImGui::SetNextItemWidth(ImGui::GetFontSize() * 7.0f);
    if (enumCombo("kind", kind, kAgendaKinds)) m_itemKind = static_cast<int>(kind);
    sameLineIfFits(ImGui::GetFontSize() * 6.0f + ImGui::CalcTextSize("trust").x + ImGui::GetStyle().ItemInnerSpacing.x);
    ImGui::SetNextItemWidth(ImGui::GetFontSize() * 6.0f);
    if (enumCombo("trust", trust, kTiers)) m_itemTrust = static_cast<int>(trust);
    if (add && ui.run(addAgendaItem(ui.notebook(), meeting.id, m_itemText, trust, kind))) {
        clearEntryField("Agenda item", m_itemText);
    }
}

}  // namespace rapport::ui
