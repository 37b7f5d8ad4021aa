// Live mode's agenda: the entries of core/rules/live_meeting.h in their three groups, the current one
// highlighted with its decisions under it. Deciding an entry moves on to the next open one.
#include <imgui.h>

#include <algorithm>

#include "app/screens/live_meeting_screen.h"
#include "app/theme.h"
#include "app/widgets.h"
#include "core/model/commands.h"
#include "core/model/commands_meeting.h"

namespace rapport::ui {

namespace {

const char* groupTitle(LiveSource source) {
    switch (source) {
        case LiveSource::CarriedOver: return "Carried over from last time";
        case LiveSource::Planned: return "Planned";
        case LiveSource::Suggested: return "Suggested for your trust level";
    }
    return "";
}

// What an entry's tag says and in which colour: its outcome, else what kind of entry it is.
const char* entryTag(const LiveAgendaEntry& e) {
    switch (e.status) {
        case AgendaStatus::Discussed: return "discussed";
        case AgendaStatus::CarriedOver: return "next time";
        case AgendaStatus::Dropped: return "dropped";
        case AgendaStatus::Pending: break;
    }
    if (e.stretch) return "stretch";
    if (e.previewId != kNoId) return "preview";
    return "";
}

ImVec4 tagColour(const LiveAgendaEntry& e) {
    if (e.status == AgendaStatus::Discussed) return ImVec4(0.18f, 0.55f, 0.34f, 1.0f);
    if (e.status == AgendaStatus::Pending && (e.stretch || e.previewId != kNoId)) return accentColor();
    return ImGui::GetStyleColorVec4(ImGuiCol_TextDisabled);
}

}  // namespace

void LiveMeetingScreen::drawAgenda(UiContext& ui, const Meeting& meeting) {
    if (m_entries.empty()) {
        emptyState("Nothing on the agenda and no topic to suggest. Talk about what matters to them this week, and "
                   "note it on the right.");
        return;
    }
    for (size_t i = 0; i < m_entries.size(); ++i) {
        if (i == 0 || m_entries[i].source != m_entries[i - 1].source) {
            if (i > 0) ImGui::Spacing();
            ImGui::TextDisabled("%s", groupTitle(m_entries[i].source));
        }
        drawEntry(ui, meeting, i);
    }
}

void LiveMeetingScreen::drawEntry(UiContext& ui, const Meeting& meeting, size_t i) {
    const LiveAgendaEntry& e = m_entries[i];
    ImGui::PushID(static_cast<int>(i));
    const bool current = i == m_cursor;
    const char* tag = entryTag(e);
    const ImGuiStyle& style = ImGui::GetStyle();
    const float tagWidth = *tag ? ImGui::CalcTextSize(tag).x + style.ItemSpacing.x : 0.0f;
    const float width = ImGui::GetContentRegionAvail().x;
    const float textWidth = std::max(40.0f, width - tagWidth - style.FramePadding.x * 2.0f);
    const float textHeight = ImGui::CalcTextSize(e.text.c_str(), nullptr, false, textWidth).y;
    const float height = std::max(textHeight + style.FramePadding.y, ui.narrow() ? 44.0f : 0.0f);
    // The row is one selectable (a tap or click makes it current); its text is drawn over it, wrapped.
    const ImVec2 start = ImGui::GetCursorScreenPos();
    // Labelled by its text, so tests can find a row ("##entry Hiring plan").
    if (ImGui::Selectable(("##entry " + e.text).c_str(), current, ImGuiSelectableFlags_AllowItemOverlap, ImVec2(width, height))) {
        m_cursor = i;
        m_cursorText = e.text;
    }
    const ImVec2 end = ImGui::GetCursorScreenPos();
    if (current && m_scrollToCursor) {
        ImGui::SetScrollHereY(0.5f);
        m_scrollToCursor = false;
    }
    const float textTop = start.y + (height - textHeight) * 0.5f;
    ImGui::SetCursorScreenPos(ImVec2(start.x + style.FramePadding.x * 0.5f, textTop));
    ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + textWidth);
    const bool decided = e.status != AgendaStatus::Pending;
    if (decided) ImGui::PushStyleColor(ImGuiCol_Text, ImGui::GetStyleColorVec4(ImGuiCol_TextDisabled));
    ImGui::TextUnformatted(e.text.c_str());
    if (decided) ImGui::PopStyleColor();
    ImGui::PopTextWrapPos();
    if (*tag) {
        ImGui::SetCursorScreenPos(ImVec2(start.x + width - tagWidth + style.ItemSpacing.x,
                                         start.y + (height - ImGui::GetTextLineHeight()) * 0.5f));
        ImGui::TextColored(tagColour(e), "%s", tag);
    }
    ImGui::SetCursorScreenPos(end);
    ImGui::Dummy(ImVec2(0.0f, 0.0f));
    if (current && !ui.readOnly()) drawDecisions(ui, meeting, e);
    ImGui::PopID();
}

void LiveMeetingScreen::drawDecisions(UiContext& ui, const Meeting& meeting, const LiveAgendaEntry& e) {
    if (e.source != LiveSource::Suggested && m_preview.isOpen(meeting.id, e.index)) {
        if (m_preview.draw(ui, meeting, e.index)) moveOnFrom(AgendaStatus::Discussed);
        return;
    }
    ImGui::Indent();
    if (e.status == AgendaStatus::Pending) {
        if (ImGui::Button("Discussed")) decide(ui, meeting, AgendaStatus::Discussed);
        ImGui::SameLine();
        if (ImGui::Button("Carry over")) decide(ui, meeting, AgendaStatus::CarriedOver);
        ImGui::SameLine();
        if (ImGui::Button("Drop")) decide(ui, meeting, AgendaStatus::Dropped);
    } else if (ImGui::Button("Reopen")) {
        decide(ui, meeting, AgendaStatus::Pending);
    }
    ImGui::Unindent();
    ImGui::Spacing();
}

void LiveMeetingScreen::move(int delta) {
    if (m_entries.empty()) return;
    const int last = static_cast<int>(m_entries.size()) - 1;
    m_cursor = static_cast<size_t>(std::clamp(static_cast<int>(m_cursor) + delta, 0, last));
    m_cursorText = m_entries[m_cursor].text;
    m_scrollToCursor = true;
}

void LiveMeetingScreen::decide(UiContext& ui, const Meeting& meeting, AgendaStatus status) {
    if (m_cursor >= m_entries.size()) return;
    const LiveAgendaEntry& e = m_entries[m_cursor];
    if (e.status == status) return;  // already so: nothing to do, nothing to move past
    bool saved = false;
    if (e.source == LiveSource::Suggested) {
        if (status == AgendaStatus::Pending) return;  // a suggestion is open already
        saved = ui.run(takeUpTopic(ui.notebook(), meeting.id, *e.topic, status));
    } else if (status == AgendaStatus::Discussed && e.previewId != kNoId) {
        m_preview.open(meeting.id, e.index);  // asks for stance and feedback; it records the item too
        return;
    } else {
        saved = ui.run(setAgendaItemStatus(ui.notebook(), meeting.id, e.index, status));
    }
    if (saved && status != AgendaStatus::Pending) moveOnFrom(status);
}

void LiveMeetingScreen::moveOnFrom(AgendaStatus decided) {
    // The next open entry as the agenda stands once the decision is saved (the cursor follows its text).
    std::vector<LiveAgendaEntry> after = m_entries;
    after[m_cursor].status = decided;
    if (const auto next = nextOpenEntry(after, m_cursor)) m_cursorText = after[*next].text;
    m_scrollToCursor = true;
}

}  // namespace rapport::ui
