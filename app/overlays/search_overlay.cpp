// The search overlay asks UiContext's index (core/search), so a keystroke costs a lookup, never a scan
// of the notebook; the hits are kept until the query or the notebook changes.
#include "app/overlays/search_overlay.h"

#include <imgui.h>
#include <imgui_stdlib.h>

#include <algorithm>
#include <cstdio>

#include "app/widgets.h"

namespace rapport::ui {

namespace {

constexpr size_t kMaxHits = 40;
// While the box waits for the index, a frame reads more of it than at idle: someone is waiting, and
// typing still feels live at this frame time.
constexpr double kWaitingStepMs = 25.0;

const char* kindTag(EntityKind kind) {
    switch (kind) {
        case EntityKind::Peer: return "Peer";
        case EntityKind::Fact: return "Fact";
        case EntityKind::Meeting: return "1:1";
        case EntityKind::Commitment: return "Promise";
        case EntityKind::JointProject: return "Project";
        case EntityKind::ExecPreview: return "Preview";
        case EntityKind::Ritual: return "Ritual";
        case EntityKind::JournalEntry: return "Journal";
        default: return "";
    }
}

// Up/Down move the selection while the cursor stays in the box.
int historyCallback(ImGuiInputTextCallbackData* data) {
    int& selected = *static_cast<int*>(data->UserData);
    if (data->EventKey == ImGuiKey_UpArrow) --selected;
    if (data->EventKey == ImGuiKey_DownArrow) ++selected;
    return 0;
}

}  // namespace

Route SearchOverlay::routeOf(const SearchHit& hit) {
    switch (hit.kind) {
        case EntityKind::Meeting: return Route{Page::Meeting, hit.id};
        case EntityKind::JointProject: return Route{Page::Project, hit.id};
        case EntityKind::ExecPreview: return Route{Page::Previews, kNoId};
        case EntityKind::Ritual: return Route{Page::Rituals, kNoId};
        case EntityKind::JournalEntry: return Route{Page::Journal, kNoId};
        case EntityKind::Peer: return Route{Page::Peer, hit.id};
        default: return Route{Page::Peer, hit.peerId};
    }
}

void SearchOverlay::refresh(UiContext& ui) {
    const SearchIndex& index = ui.search();
    const double readiness = ui.searchReadiness();
    if (m_searched == m_query && m_revision == ui.revision() && m_readiness == readiness) return;
    if (m_searched != m_query) m_selected = 0;
    m_searched = m_query;
    m_revision = ui.revision();
    m_readiness = readiness;
    m_hits = index.search(m_query, kMaxHits);
}

void SearchOverlay::jump(UiContext& ui, const SearchHit& hit) {
    ui.go(routeOf(hit));
    m_open = false;
    ImGui::CloseCurrentPopup();
}

void SearchOverlay::draw(UiContext& ui) {
    if (!m_open) return;
    m_focus.frame();
    if (m_justOpened) {
        ImGui::OpenPopup("Search");
        m_query.clear();
        m_selected = 0;
    }
    const ImGuiViewport* viewport = ImGui::GetMainViewport();
    const float width = std::min(640.0f, viewport->WorkSize.x - 20.0f);
    ImGui::SetNextWindowPos(ImVec2(viewport->GetCenter().x, viewport->WorkPos.y + 40.0f), ImGuiCond_Always,
                            ImVec2(0.5f, 0.0f));
    ImGui::SetNextWindowSize(ImVec2(width, 0.0f));
    if (!ImGui::BeginPopupModal("Search", &m_open, ImGuiWindowFlags_NoTitleBar | ImGuiWindowFlags_AlwaysAutoResize)) {
        return;
    }
    if (m_justOpened) {
        ImGui::SetKeyboardFocusHere();
        m_justOpened = false;
    }
    ImGui::SetNextItemWidth(-1.0f);
    const bool entered = ImGui::InputTextWithHint("##query", "Search peers, facts, 1:1s, commitments, projects...",
                                                  &m_query,
                                                  ImGuiInputTextFlags_EnterReturnsTrue | ImGuiInputTextFlags_CallbackHistory,
                                                  historyCallback, &m_selected);
    m_focus.fieldActive(ImGui::IsItemActive());
    if (!ui.searchReady()) ui.indexSearchSome(kWaitingStepMs);
    refresh(ui);
    const int count = static_cast<int>(m_hits.size());
    m_selected = count == 0 ? 0 : std::clamp(m_selected, 0, count - 1);
    if (ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Escape))) {
        m_open = false;
        ImGui::CloseCurrentPopup();
        ImGui::EndPopup();
        return;
    }
    if (entered && count > 0) {
        const SearchHit hit = m_hits[static_cast<size_t>(m_selected)];
        jump(ui, hit);
        ImGui::EndPopup();
        return;
    }
    const bool ready = ui.searchReady();
    if (!ready) {
        // Opened before the index was read (just after open, on a large notebook): say so, and answer
        // from what is read so far; the hits fill in frame by frame.
        char note[120];
        std::snprintf(note, sizeof note, "Search is getting ready... %d %% of the notebook read.",
                      static_cast<int>(m_readiness * 100.0));
        mutedText(note);
    }
    if (m_query.find_first_not_of(' ') == std::string::npos) {
        emptyState("Type a name, a word from a note, a kid's name, a promise... Up and Down pick, Enter opens.");
    } else if (count == 0 && ready) {
        emptyState("Nothing matches. Every word must appear; the last one can be the start of a word.");
    } else if (count == 0) {
        emptyState("Nothing found in what is read so far; the rest follows in a moment.");
    }
    if (count == 0) {  // a child of height 0 would take a default height: an empty white box
        ImGui::EndPopup();
        return;
    }
    const float rowHeight = ImGui::GetTextLineHeightWithSpacing() * 2.0f;
    ImGui::BeginChild("hits", ImVec2(0.0f, std::min(rowHeight * static_cast<float>(count), 420.0f)));
    for (int i = 0; i < count; ++i) {
        const SearchHit& hit = m_hits[static_cast<size_t>(i)];
        ImGui::PushID(i);
        ImGui::TextDisabled("%-8s", kindTag(hit.kind));
        ImGui::SameLine();
        if (ImGui::Selectable(hit.title.c_str(), i == m_selected)) {
            const SearchHit chosen = hit;
            ImGui::PopID();
            ImGui::EndChild();
            jump(ui, chosen);
            ImGui::EndPopup();
            return;
        }
        if (i == m_selected && ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_DownArrow))) ImGui::SetScrollHereY();
        if (i == m_selected && ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_UpArrow))) ImGui::SetScrollHereY();
        if (!hit.snippet.empty()) {
            ImGui::Indent(ImGui::GetFontSize() * 5.0f);
            mutedText(hit.snippet.c_str());
            ImGui::Unindent(ImGui::GetFontSize() * 5.0f);
        }
        ImGui::PopID();
    }
    ImGui::EndChild();
    ImGui::EndPopup();
}

}  // namespace rapport::ui
