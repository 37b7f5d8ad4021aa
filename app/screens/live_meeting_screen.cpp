// Live 1:1 mode, the frame of the screen: what is derived per change, the keys, the header, the two
// panels (one column on a phone), Finish and its confirmation. The agenda, the capture line and notes,
// and the summary are drawn in live_meeting_agenda.cpp, live_meeting_capture.cpp, live_meeting_summary.cpp.
#include "app/screens/live_meeting_screen.h"

#include <imgui.h>

#include <algorithm>

#include "app/widgets.h"
#include "core/model/commands.h"

namespace rapport::ui {

namespace {

constexpr float kTouchTarget = 44.0f;  // the smallest thing a finger hits on a phone (logical px)

const char* const kKeyHints =
    "Up/Down or J/K move  \xC2\xB7  D discussed  \xC2\xB7  C carry over  \xC2\xB7  X drop  \xC2\xB7  R reopen  \xC2\xB7  "
    "A commitment  \xC2\xB7  L capture  \xC2\xB7  N notes  \xC2\xB7  F finish  \xC2\xB7  Esc leaves a field";

}  // namespace

void LiveMeetingScreen::refresh(UiContext& ui, const Meeting& meeting) {
    if (m_meetingId != meeting.id) {
        m_meetingId = meeting.id;
        m_revision = 0;
        m_cursor = 0;
        m_cursorText.clear();
        m_line.clear();
        m_notes = meeting.notes;
        m_notesEdited = false;
        m_focusAgenda = true;
        m_preview.close();
    }
    if (m_revision == ui.revision()) return;
    m_revision = ui.revision();
    m_entries = liveAgenda(ui.notebook(), meeting.id);
    auto summary = meetingSummary(ui.notebook(), meeting.id, ui.today());
    m_summary = summary ? std::optional<MeetingSummary>(std::move(summary).value()) : std::nullopt;
    if (!m_notesEdited) m_notes = meeting.notes;  // an undo or another page changed them
    // Keep the cursor on the same item: taking a suggested topic up moves it into the planned ones.
    const auto same = std::find_if(m_entries.begin(), m_entries.end(),
                                   [&](const LiveAgendaEntry& e) { return e.text == m_cursorText; });
    if (same != m_entries.end()) m_cursor = static_cast<size_t>(same - m_entries.begin());
    if (m_cursor >= m_entries.size()) m_cursor = m_entries.empty() ? 0 : m_entries.size() - 1;
    m_cursorText = m_entries.empty() ? std::string() : m_entries[m_cursor].text;
}

void LiveMeetingScreen::draw(UiContext& ui) {
    const Meeting* found = ui.notebook().findMeeting(ui.route().id);
    if (!found) {
        emptyState("This 1:1 no longer exists (it may have been undone). Start one from a peer's prep card.");
        return;
    }
    const Meeting& meeting = *found;
    refresh(ui, meeting);
    // Changes are queued and saved after the frame (UiContext::run): `meeting` and the derived lists stay
    // valid while the whole screen is drawn.
    if (ui.narrow()) {
        // Every button and field of the screen is finger-sized on a phone.
        const float padding = std::max(ImGui::GetStyle().FramePadding.y, (kTouchTarget - ImGui::GetFontSize()) * 0.5f);
        ImGui::PushStyleVar(ImGuiStyleVar_FramePadding, ImVec2(ImGui::GetStyle().FramePadding.x, padding));
    }
    if (meeting.held) {
        drawSummary(ui, meeting);
        if (ui.narrow()) ImGui::PopStyleVar();
        return;
    }
    if (!ui.readOnly()) handleKeys(ui, meeting);
    drawHeader(ui, meeting);
    if (ui.narrow()) {
        if (ImGui::CollapsingHeader("Agenda", ImGuiTreeNodeFlags_DefaultOpen)) {  // the header counts what is open
            drawAgenda(ui, meeting);
        }
        drawCapture(ui, meeting);
        drawNotes(ui, meeting, ImGui::GetTextLineHeight() * 8.0f);
    } else {
        // Two panels that fit the page: nothing on it scrolls during the conversation (a long agenda
        // scrolls inside its own panel, following the current item).
        const float hints = ImGui::CalcTextSize(kKeyHints, nullptr, false, ImGui::GetContentRegionAvail().x).y +
                            ImGui::GetStyle().ItemSpacing.y * 2.0f;
        const ImVec2 avail = ImGui::GetContentRegionAvail();
        const float height = std::max(avail.y - hints, ImGui::GetTextLineHeight() * 10.0f);
        if (m_focusAgenda) ImGui::SetNextWindowFocus();  // arrows go to the agenda, not ImGui's own navigation
        m_focusAgenda = false;
        ImGui::BeginChild("live-agenda", ImVec2(avail.x * 0.5f, height), true, ImGuiWindowFlags_NoNavInputs);
        drawAgenda(ui, meeting);
        ImGui::EndChild();
        ImGui::SameLine();
        ImGui::BeginChild("live-side", ImVec2(0.0f, height), false, ImGuiWindowFlags_NoNavInputs);
        drawCapture(ui, meeting);
        drawNotes(ui, meeting, ImGui::GetContentRegionAvail().y);
        ImGui::EndChild();
        drawKeyHints();
    }
    drawFinish(ui, meeting);
    if (ui.narrow()) ImGui::PopStyleVar();
}

void LiveMeetingScreen::leave(UiContext& ui) {
    // Leaving while the notes field still has the keyboard: no "field left" event will come to save them.
    if (const Meeting* meeting = ui.notebook().findMeeting(m_meetingId)) saveNotes(ui, *meeting);
}

void LiveMeetingScreen::handleKeys(UiContext& ui, const Meeting& meeting) {
    const ImGuiIO& io = ImGui::GetIO();
    // Letters act only when no field has the keyboard, no dialog is open and no modifier is held.
    if (io.WantTextInput || io.KeyCtrl || io.KeyAlt || io.KeySuper || m_preview.isOpen() ||
        ImGui::IsPopupOpen(nullptr, ImGuiPopupFlags_AnyPopupId | ImGuiPopupFlags_AnyPopupLevel)) {
        return;
    }
    if (ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_DownArrow))) move(1);
    if (ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_UpArrow))) move(-1);
    for (const ImWchar c : io.InputQueueCharacters) {
        switch (c) {
            case 'j': move(1); break;
            case 'k': move(-1); break;
            case 'd': decide(ui, meeting, AgendaStatus::Discussed); break;
            case 'c': decide(ui, meeting, AgendaStatus::CarriedOver); break;
            case 'x': decide(ui, meeting, AgendaStatus::Dropped); break;
            case 'r': decide(ui, meeting, AgendaStatus::Pending); break;
            case 'a': m_focusLine = m_commitmentHint = true; break;
            case 'l': case '/': m_focusLine = true; m_commitmentHint = false; break;
            case 'n': m_focusNotes = true; break;
            case 'f': m_openFinish = true; break;
            default: break;
        }
    }
}

void LiveMeetingScreen::drawHeader(UiContext& ui, const Meeting& meeting) {
    const Notebook& nb = ui.notebook();
    const Peer* peer = nb.findPeer(meeting.peerId);
    ImGui::Text("Live 1:1 with %s", peerName(nb, meeting.peerId));
    if (!ui.narrow()) ImGui::SameLine();
    const size_t open = m_summary ? m_summary->open.size() : 0;
    std::string about = shortDate(meeting.date) + (meeting.date == ui.today() ? " (today)" : "");
    if (peer) about += "  \xC2\xB7  trust " + std::to_string(peer->trustLevel()) + "/5";
    about += "  \xC2\xB7  " + std::to_string(open) + " of " + std::to_string(meeting.agenda.size()) + " open";
    mutedText(about.c_str());
    if (!ui.readOnly()) {
        if (ImGui::Button("Finish")) m_openFinish = true;
        ImGui::SameLine();
    }
    if (ImGui::Button("1:1 page")) ui.go(Route{Page::Meeting, meeting.id});
    ImGui::SameLine();
    if (ImGui::Button("Prep card")) ui.go(Route{Page::PrepCard, meeting.peerId});
}

void LiveMeetingScreen::drawKeyHints() { mutedText(kKeyHints); }

void LiveMeetingScreen::drawFinish(UiContext& ui, const Meeting& meeting) {
    if (m_openFinish) ImGui::OpenPopup("Finish the 1:1##live");
    m_openFinish = false;
    const ImGuiViewport* viewport = ImGui::GetMainViewport();
    ImGui::SetNextWindowPos(viewport->GetCenter(), ImGuiCond_Appearing, ImVec2(0.5f, 0.5f));
    ImGui::SetNextWindowSize(ImVec2(std::min(520.0f, viewport->WorkSize.x - 20.0f), 0.0f));
    if (!ImGui::BeginPopupModal("Finish the 1:1##live", nullptr, ImGuiWindowFlags_NoTitleBar)) return;
    ImGui::TextWrapped("Finish the 1:1 with %s? It is dated today, %s.", peerName(ui.notebook(), meeting.peerId),
                       shortDate(ui.today()).c_str());
    const size_t open = m_summary ? m_summary->open.size() : 0;
    if (open > 0) {
        mutedText((std::to_string(open) + (open == 1 ? " open item carries" : " open items carry") +
                   " over to the next 1:1.").c_str());
    }
    if (!m_line.empty()) warningText("The capture line still holds text that is not filed: it stays there.");
    const bool enter = ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Enter), false);
    const bool escape = ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Escape), false);
    if (ImGui::Button("Finish the 1:1") || enter) {
        finish(ui, meeting);
        ImGui::CloseCurrentPopup();
    }
    ImGui::SameLine();
    if (ImGui::Button("Not yet") || escape) ImGui::CloseCurrentPopup();
    if (!ui.narrow()) {
        ImGui::SameLine();
        mutedText("Enter finishes, Esc goes back.");
    }
    ImGui::EndPopup();
}

void LiveMeetingScreen::finish(UiContext& ui, const Meeting& meeting) {
    saveNotes(ui, meeting);  // queued first; the finish is rebased onto it
    // A 1:1 happens when it is held: dated today, whatever day it was planned for.
    ui.run(finishMeeting(ui.notebook(), ui.ids(), meeting.id, ui.today()));
}

}  // namespace rapport::ui
