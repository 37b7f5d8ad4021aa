// The peers list. Rows are derived once per change (sorting 1,000 peers each frame would waste the
// idle budget) and drawn with a clipper, so only the visible rows cost anything.
#include "app/screens/peers_screen.h"

#include <imgui.h>
#include <imgui_stdlib.h>

#include <algorithm>
#include <cctype>
#include <set>

#include "app/style/flow.h"
#include "app/style/text.h"
#include "app/form_widgets.h"
#include "app/widgets.h"
#include "core/model/commands.h"
#include "core/rules/relationships.h"

namespace rapport::ui {

namespace {

std::string lower(std::string text) {
    for (char& c : text) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return text;
}

const char* sortName(PeersScreen::SortBy sort) {
    switch (sort) {
        case PeersScreen::SortBy::Name: return "Name";
        case PeersScreen::SortBy::LastInteraction: return "Last interaction";
        case PeersScreen::SortBy::Trust: return "Trust";
        case PeersScreen::SortBy::Interdependence: return "Interdependence";
    }
    return "?";
}

}  // namespace

void PeersScreen::draw(UiContext& ui) {
    pageTitle("Peers");
    if (!ui.readOnly()) drawAddField(ui);
    drawFilters(ui);
    refresh(ui);

    if (ui.notebook().peers().empty()) {
        emptyState("No peers yet. Add the colleagues whose work touches yours: the leaders you need when a "
                   "conflict, a big idea or a broken process can only be fixed together.");
        return;
    }
    if (m_rows.empty()) {
        emptyState("No peer matches this filter.");
        return;
    }
    // Click a header to sort by it, again to reverse (on a phone, the sort picker above does it).
    const ImGuiTableFlags flags = ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH | ImGuiTableFlags_ScrollY |
                                  ImGuiTableFlags_Sortable | ImGuiTableFlags_NoSavedSettings;
    const int columns = ui.narrow() ? 2 : 6;
    if (!ImGui::BeginTable("peers", columns, flags)) return;
    ImGui::TableSetupScrollFreeze(0, 1);
    ImGui::TableSetupColumn("Name", ImGuiTableColumnFlags_WidthStretch | ImGuiTableColumnFlags_DefaultSort, 2.0f, 0);
    ImGui::TableSetupColumn("Last contact", ImGuiTableColumnFlags_WidthStretch, 1.0f, 1);
    if (!ui.narrow()) {
        ImGui::TableSetupColumn("Trust", ImGuiTableColumnFlags_WidthFixed, 0.0f, 2);
        ImGui::TableSetupColumn("Interdependence", ImGuiTableColumnFlags_WidthFixed, 0.0f, 3);
        ImGui::TableSetupColumn("Role / team", ImGuiTableColumnFlags_WidthStretch | ImGuiTableColumnFlags_NoSort, 1.5f);
        ImGui::TableSetupColumn("Tags", ImGuiTableColumnFlags_WidthStretch | ImGuiTableColumnFlags_NoSort, 1.0f);
    }
    ImGui::TableHeadersRow();
    if (ImGuiTableSortSpecs* specs = ImGui::TableGetSortSpecs(); specs && specs->SpecsDirty && !ui.narrow()) {
        if (specs->SpecsCount > 0) {
            m_sort = static_cast<SortBy>(specs->Specs[0].ColumnUserID);
            m_descending = specs->Specs[0].SortDirection == ImGuiSortDirection_Descending;
        }
        specs->SpecsDirty = false;
    }
    ImGuiListClipper clipper;
    clipper.Begin(static_cast<int>(m_rows.size()));
    while (clipper.Step()) {
        for (int i = clipper.DisplayStart; i < clipper.DisplayEnd; ++i) {
            const Row& row = m_rows[static_cast<size_t>(i)];
            ImGui::TableNextRow();
            ImGui::TableSetColumnIndex(0);
            ImGui::PushID(static_cast<int>(i));
            // The whole row opens the peer (no AllowItemOverlap: a tap that lands at once must count); the
            // name is cut with "..." when its column is narrow.
            if (ImGui::Selectable("##row", false, ImGuiSelectableFlags_SpanAllColumns)) {
                ui.go(Route{Page::Peer, row.id});
            }
            nameForItemHooks(row.name.c_str());
            ImGui::SameLine(0.0f, 0.0f);
            {
                FontScope name(TextRole::Strong);
                ellipsisText(row.name.c_str());
            }
            ImGui::PopID();
            ImGui::TableSetColumnIndex(1);
            ImGui::PushStyleColor(ImGuiCol_Text, toneColor(Tone::Muted));
            ellipsisText(row.last ? relativeDay(*row.last, ui.today()).c_str() : "no contact yet");
            ImGui::PopStyleColor();
            if (!ui.narrow()) {
                ImGui::TableSetColumnIndex(2);
                ImGui::Text("%d/5", row.trust);
                ImGui::TableSetColumnIndex(3);
                ImGui::TextUnformatted(label(static_cast<Interdependence>(row.interdependence)));
                ImGui::TableSetColumnIndex(4);
                ellipsisText(row.detail.c_str());
                ImGui::TableSetColumnIndex(5);
                ImGui::PushStyleColor(ImGuiCol_Text, toneColor(Tone::Muted));
                ellipsisText(row.tags.c_str());  // rows keep one height: the list is clipped to what shows
                ImGui::PopStyleColor();
            }
        }
    }
    ImGui::EndTable();
}

void PeersScreen::drawAddField(UiContext& ui) {
    focusIfAsked(ui, m_focusAdd);
    const float button = buttonWidth("Add peer") + ImGui::GetStyle().ItemSpacing.x;
    const float room = ImGui::GetContentRegionAvail().x - button;
    const float width = room < ImGui::GetFontSize() * 10.0f ? -1.0f : std::min(room, ImGui::GetFontSize() * 22.0f);
    const bool entered = entryField("##new-peer", "Add a peer by name, then Enter", m_newName, width);
    sameLineIfFits(button);
    const bool clicked = ImGui::Button("Add peer");
    if (clicked) m_focusAdd = true;  // back to the field for the next name
    if ((entered || clicked) && ui.run(addPeer(ui.notebook(), ui.ids(), m_newName))) {
        clearEntryField("##new-peer", m_newName);
    }
}

void PeersScreen::drawFilters(UiContext& ui) {
    ImGui::SetNextItemWidth(ui.narrow() ? -1.0f : 220.0f);
    ImGui::InputTextWithHint("##filter", "Filter by name, role or team", &m_filter);
    if (!ui.narrow()) ImGui::SameLine();
    if (ui.narrow()) {  // wide screens sort by the table's headers
        ImGui::SetNextItemWidth(ImGui::GetFontSize() * 10.0f);
        if (ImGui::BeginCombo("##sort", sortName(m_sort))) {
            for (SortBy s : {SortBy::Name, SortBy::LastInteraction, SortBy::Trust, SortBy::Interdependence}) {
                if (ImGui::Selectable(sortName(s), s == m_sort)) {
                    m_sort = s;
                    m_descending = false;
                }
            }
            ImGui::EndCombo();
        }
        ImGui::SameLine();
    }
    ImGui::SetNextItemWidth(ImGui::GetFontSize() * 8.0f);
    if (ImGui::BeginCombo("##tag", m_tag.empty() ? "All tags" : m_tag.c_str())) {
        if (ImGui::Selectable("All tags", m_tag.empty())) m_tag.clear();
        for (const std::string& tag : m_allTags) {
            if (ImGui::Selectable(tag.c_str(), tag == m_tag)) m_tag = tag;
        }
        ImGui::EndCombo();
    }
    sameLineIfFits(ImGui::GetFrameHeight() + ImGui::CalcTextSize("Archived").x + ImGui::GetStyle().ItemInnerSpacing.x);
    ImGui::Checkbox("Archived", &m_showArchived);
}

void PeersScreen::refresh(UiContext& ui) {
    const std::string key = m_filter + '\n' + m_tag + '\n' + std::to_string(int(m_sort)) + (m_descending ? "d" : "") +
                            (m_showArchived ? "a" : "") + ui.today().toIso();
    if (m_rowsRevision == ui.revision() && m_rowsKey == key) return;
    m_rowsRevision = ui.revision();
    m_rowsKey = key;
    m_rows.clear();
    std::set<std::string> tags;
    const std::string needle = lower(m_filter);
    for (const auto& [id, peer] : ui.notebook().peers()) {
        for (const auto& tag : peer.tags) tags.insert(tag);
        if (peer.archived != m_showArchived) continue;
        if (!m_tag.empty() && std::find(peer.tags.begin(), peer.tags.end(), m_tag) == peer.tags.end()) continue;
        const std::string detail = peer.team.empty() ? peer.role : peer.role.empty() ? peer.team : peer.role + ", " + peer.team;
        if (!needle.empty() && lower(peer.name + ' ' + detail).find(needle) == std::string::npos) continue;
        std::string tagText;
        for (const auto& tag : peer.tags) tagText += (tagText.empty() ? "" : ", ") + tag;
        m_rows.push_back(Row{id, peer.name, detail, lastInteraction(ui.notebook(), id, ui.today()), peer.trustLevel(),
                             static_cast<int>(peer.interdependence), tagText});
    }
    m_allTags.assign(tags.begin(), tags.end());
    auto byName = [](const Row& a, const Row& b) { return lower(a.name) < lower(b.name); };
    std::stable_sort(m_rows.begin(), m_rows.end(), byName);
    switch (m_sort) {
        case SortBy::Name: break;
        case SortBy::LastInteraction:  // longest silence first: those are the ones to reach out to
            std::stable_sort(m_rows.begin(), m_rows.end(), [](const Row& a, const Row& b) {
                return a.last.has_value() != b.last.has_value() ? !a.last.has_value() : a.last < b.last;
            });
            break;
        case SortBy::Trust:
            std::stable_sort(m_rows.begin(), m_rows.end(), [](const Row& a, const Row& b) { return a.trust > b.trust; });
            break;
        case SortBy::Interdependence:
            std::stable_sort(m_rows.begin(), m_rows.end(),
                             [](const Row& a, const Row& b) { return a.interdependence < b.interdependence; });
            break;
    }
    if (m_descending) std::reverse(m_rows.begin(), m_rows.end());
}

}  // namespace rapport::ui
