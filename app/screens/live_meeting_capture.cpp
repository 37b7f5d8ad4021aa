// Live mode's right side: the capture line (read by core/capture as it is typed, what it will file shown
// under it, Enter files it through captureCommand), what this 1:1 has produced so far, and the notes.
#include <imgui.h>
#include <imgui_stdlib.h>

#include <algorithm>

#include "app/form_widgets.h"
#include "app/kept_text.h"
#include "app/screens/live_meeting_screen.h"
#include "app/widgets.h"
#include "core/capture/capture_command.h"
#include "core/model/commands.h"

namespace rapport::ui {

namespace {

// What a read line will file, in the user's words ("Fact about Maria Chen (family)").
std::string whatItFiles(const Notebook& nb, const CaptureLine& read) {
    if (read.peers.size() != 1) return "";
    const std::string who = peerName(nb, read.peers.front());
    switch (read.kind) {
        case CaptureKind::Fact: return "Fact about " + who + " (" + label(read.category) + ")";
        case CaptureKind::Note: return "Note: talked to " + who + " today";
        case CaptureKind::Commitment: {
            std::string what = read.direction == CommitmentDirection::MeToThem ? "I owe " + who : who + " owes me";
            return "Commitment: " + what + " \"" + read.text + "\"" + (read.due ? ", due " + shortDate(*read.due) : "");
        }
        case CaptureKind::ImportantDate:
            return "Important date for " + who + (read.date ? ": " + read.text + ", " + annualDateText(*read.date) : "");
        case CaptureKind::FollowUp:
            return "Follow-up: ask " + who + " " + read.text + (read.due ? ", on " + shortDate(*read.due) : "");
        case CaptureKind::Insight: return "Insight: I believed " + read.text + "; actually " + read.happened;
        case CaptureKind::Conflict: {
            std::string text = "Conflict: " + read.text;
            if (!read.mine.empty()) text += "; me: " + read.mine;
            if (!read.theirs.empty()) text += "; them: " + read.theirs;
            return text;
        }
    }
    return "";
}

}  // namespace

void LiveMeetingScreen::drawCapture(UiContext& ui, const Meeting& meeting) {
    const Notebook& nb = ui.notebook();
    if (m_readLine != m_line || m_readRevision != ui.revision()) {
        m_readLine = m_line;
        m_readRevision = ui.revision();
        m_read = readCaptureLine(nb, m_line, ui.today(), nb.settings().dateOrder, meeting.peerId);
    }
    ImGui::TextUnformatted("Capture");
    if (ui.readOnly()) {
        mutedText("Read-only: nothing can be filed.");
    } else {
        focusIfAsked(ui, m_focusLine);
        const char* hint = m_commitmentHint ? "\"I owe them the deck by fri\" or \"they owe me the numbers\""
                           : ui.narrow()    ? "what you learn or promise"
                                            : "a fact, \"I owe them ...\", \"I believed ... / actually ...\", \"conflict: ...\"";
        EscapeKeepsText escape("##capture");
        const bool enter = entryField("##capture", hint, m_line, -1.0f);
        escape.after();
        if (m_line.empty()) {
            emptyState("What you learn, promise or get wrong, as it is said. Enter files it.");
        } else if (!m_read.problem.empty()) {
            warningText(m_read.problem.c_str());
        } else if (m_read.peers.size() > 1) {
            warningText("That name fits several peers: type more of it.");
        } else if (m_read.peers.empty()) {
            warningText("No peer has that name.");
        } else {
            mutedText(whatItFiles(nb, m_read).c_str());
        }
        if (enter && m_read.peers.size() == 1) {
            const CaptureTarget target{m_read.peers.front(), m_read.kind, m_read.category, meeting.id, ui.today()};
            if (ui.run(captureCommand(nb, ui.ids(), m_read, target))) {
                clearEntryField("##capture", m_line);
                m_commitmentHint = false;
            }
        } else if (enter) {
            ui.warn(m_read.peers.empty() ? "No peer has that name: say it about them without a name."
                                         : "That name fits several peers: type more of it.");
        }
    }
    drawFiled();
}

void LiveMeetingScreen::drawFiled() {
    if (!m_summary) return;
    const MeetingSummary& s = *m_summary;
    ImGui::Spacing();
    ImGui::TextUnformatted("In this 1:1");
    const bool nothing = s.iOwe.empty() && s.theyOwe.empty() && s.facts.empty() && s.insights == 0 && s.conflicts == 0;
    if (nothing) {
        emptyState("Commitments, facts, insights and conflicts captured here are listed here.");
        return;
    }
    // At most a few lines in view: the notes below keep their room; the rest scrolls in place.
    const size_t lines = s.iOwe.size() + s.theyOwe.size() + s.facts.size() + (s.insights + s.conflicts > 0 ? 1 : 0);
    const float height = ImGui::GetTextLineHeightWithSpacing() * static_cast<float>(std::min<size_t>(lines, 5)) +
                         ImGui::GetStyle().WindowPadding.y;
    ImGui::BeginChild("live-filed", ImVec2(0.0f, height), false, ImGuiWindowFlags_NoNavInputs);
    for (const Commitment* c : s.iOwe) {
        ImGui::BulletText("I owe: %s%s", c->text.c_str(), c->due ? (", due " + shortDate(*c->due)).c_str() : "");
    }
    for (const Commitment* c : s.theyOwe) {
        ImGui::BulletText("They owe: %s%s", c->text.c_str(), c->due ? (", due " + shortDate(*c->due)).c_str() : "");
    }
    for (const Fact* f : s.facts) ImGui::BulletText("Learned: %s", f->text.c_str());
    if (s.insights + s.conflicts > 0) {
        ImGui::BulletText("%zu insight%s, %zu conflict%s (on the 1:1 page)", s.insights, s.insights == 1 ? "" : "s",
                          s.conflicts, s.conflicts == 1 ? "" : "s");
    }
    ImGui::EndChild();
}

void LiveMeetingScreen::drawNotes(UiContext& ui, const Meeting& meeting, float height) {
    ImGui::Spacing();
    ImGui::TextUnformatted("Notes");
    focusIfAsked(ui, m_focusNotes);
    const float minimum = ImGui::GetTextLineHeight() * 5.0f;
    const float fill = height - ImGui::GetTextLineHeightWithSpacing() - ImGui::GetStyle().ItemSpacing.y;
    const ImGuiInputTextFlags flags = ui.readOnly() ? ImGuiInputTextFlags_ReadOnly : 0;
    EscapeKeepsText escape("##live-notes");
    if (ImGui::InputTextMultiline("##live-notes", &m_notes, ImVec2(-1.0f, std::max(minimum, fill)), flags)) {
        m_notesEdited = true;
    }
    const bool lineDone = ImGui::IsItemActive() && ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Enter), false);
    const bool leaving = escape.after();
    // Saved line by line, when the field is left, and when the page is left (leave()).
    if (leaving || lineDone || ImGui::IsItemDeactivatedAfterEdit()) saveNotes(ui, meeting);
}

void LiveMeetingScreen::saveNotes(UiContext& ui, const Meeting& meeting) {
    if (!m_notesEdited || m_notes == meeting.notes || ui.readOnly()) return;
    Meeting edited = meeting;
    edited.notes = m_notes;
    if (ui.run(updateEntity(ui.notebook(), edited, "Saved the notes of the 1:1 with " + std::string(peerName(ui.notebook(), meeting.peerId))))) {
        m_notesEdited = false;
    }
}

}  // namespace rapport::ui
