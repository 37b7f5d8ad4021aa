// The peer page's frame and its Profile tab. Every field saves when it is committed (Enter or leaving
// it), as one undoable step.
#include "app/screens/peer_screen.h"

#include <imgui.h>
#include <imgui_stdlib.h>

#include "app/edit_widgets.h"
#include "app/style/card.h"
#include "app/style/flow.h"
#include "app/style/text.h"
#include "app/shortcuts.h"
#include "app/widgets.h"
#include "core/model/commands.h"
#include "core/model/commands_edit.h"
#include "core/model/recurrence.h"
#include "core/rules/peer_records.h"
#include "core/rules/relationships.h"

namespace rapport::ui {

namespace {

std::string joinTags(const std::vector<std::string>& tags) {
    std::string text;
    for (const auto& tag : tags) text += (text.empty() ? "" : ", ") + tag;
    return text;
}

std::vector<std::string> splitTags(const std::string& text) {
    std::vector<std::string> tags;
    std::string current;
    auto flush = [&] {
        const size_t first = current.find_first_not_of(' ');
        const size_t last = current.find_last_not_of(' ');
        if (first != std::string::npos) tags.push_back(current.substr(first, last - first + 1));
        current.clear();
    };
    for (const char c : text) {
        if (c == ',') flush();
        else current += c;
    }
    flush();
    return tags;
}

}  // namespace

void PeerScreen::draw(UiContext& ui) {
    const Peer* peer = ui.notebook().findPeer(ui.route().id);
    if (!peer) {
        emptyState("This peer is no longer in the notebook.");
        return;
    }
    // Reload the form when another peer is shown or the notebook changed (undo, another screen),
    // but never under the user's fingers.
    if (m_peerId != peer->id || (m_editRevision != ui.revision() && !ImGui::IsAnyItemActive())) {
        m_peerId = peer->id;
        m_editRevision = ui.revision();
        m_edit = *peer;
        m_tagsText = joinTags(peer->tags);
        m_metOnText.clear();
    }
    drawHeader(ui, *peer);
    struct Tab {
        const char* name;
        void (PeerScreen::*draw)(UiContext&, const Peer&);
    };
    static const Tab kTabs[] = {
        {"Profile", &PeerScreen::drawProfileTab},       {"Get to know", &PeerScreen::drawGetToKnowTab},
        {"1:1s", &PeerScreen::drawOneOnOnesTab},        {"Projects", &PeerScreen::drawProjectsTab},
        {"Commitments", &PeerScreen::drawCommitmentsTab}, {"Rituals", &PeerScreen::drawRitualsTab},
        {"Timeline", &PeerScreen::drawTimelineTab},
    };
    if (ui.narrow()) {
        // On a phone the seven tabs don't fit on a line: they wrap as buttons, the open one marked,
        // instead of being squeezed to "Pr..." or scrolled out of sight.
        for (int i = 0; i < 7; ++i) {
            const bool open = m_phoneTab == i;
            if (open) ImGui::PushStyleColor(ImGuiCol_Button, ImGui::GetStyleColorVec4(ImGuiCol_ButtonActive));
            const ImVec2 size(0.0f, kTouchTarget);
            if (i > 0) sameLineIfFits(buttonWidth(kTabs[i].name));
            if (ImGui::Button(kTabs[i].name, size)) m_phoneTab = i;
            if (open) ImGui::PopStyleColor();
        }
        ImGui::Separator();
        ImGui::BeginChild("tab");
        // The tab is looked up first: GCC 12's UBSan misreads an index inside a member-pointer call
        // (a "runtime error: index -15728 out of bounds" with m_phoneTab == 0, seen under gdb).
        const Tab& shown = kTabs[m_phoneTab];
        if (const Peer* current = ui.notebook().findPeer(m_peerId)) (this->*shown.draw)(ui, *current);
        ImGui::EndChild();
        return;
    }
    if (!ImGui::BeginTabBar("peer-tabs")) return;
    for (const Tab& tab : kTabs) {
        if (ImGui::BeginTabItem(tab.name)) {
            ImGui::BeginChild("tab", ImVec2(0.0f, 0.0f), false, ImGuiWindowFlags_NavFlattened);  // Tab walks in
            // The peer may have changed (or gone) through an edit in a previous tab this frame.
            if (const Peer* current = ui.notebook().findPeer(m_peerId)) (this->*tab.draw)(ui, *current);
            ImGui::EndChild();
            ImGui::EndTabItem();
        }
    }
    ImGui::EndTabBar();
}

// The card at the top: who they are (avatar, name, role), where the relationship stands (trust,
// interdependence, 1:1 cadence, last contact), their dates, and the two things done most from here.
void PeerScreen::drawHeader(UiContext& ui, const Peer& peer) {
    const PeerLists& view = lists(ui, peer);
    beginCard("peer-header");
    const float avatar = ImGui::GetFontSize() * 2.8f;
    initialsAvatar(peer.name, avatar);
    ImGui::SameLine(0.0f, kSpaceBlock);
    ImGui::BeginGroup();
    pageTitle(peer.name.c_str());
    std::string role = peer.role;
    if (!peer.team.empty()) role += (role.empty() ? "" : ", ") + peer.team;
    if (!role.empty()) captionText(role.c_str());
    ImGui::EndGroup();

    std::string facts = "Trust " + std::to_string(peer.trustLevel()) + "/5  ·  " + label(peer.interdependence) +
                        " interdependence  ·  ";
    const OneOnOneSeries* series = nullptr;
    for (const OneOnOneSeries* s : view.series) {
        if (s->active) series = s;
    }
    facts += series ? "1:1 " + describe(series->cadence) : std::string("no regular 1:1");
    const auto& last = view.lastContact;
    facts += "  ·  " + (last ? "last contact " + relativeDay(*last, ui.today()) : std::string("no contact yet"));
    toneText(Tone::Muted, facts.c_str());
    drawPeerDatesLine(view.dates);
    if (ImGui::Button("Prep card")) ui.go(Route{Page::PrepCard, peer.id});
    if (!ui.readOnly()) {
        sameLineIfFits(buttonWidth("Talked today"));
        if (ImGui::Button("Talked today")) ui.run(logInteraction(ui.notebook(), ui.ids(), peer.id, ui.today()));
    }
    if (peer.archived) warningText("Archived: hidden from lists and plans. Unarchive it in the Profile tab.");
    endCard();
}

const PeerLists& PeerScreen::lists(UiContext& ui, const Peer& peer) {
    if (m_lists.revision == ui.revision() && m_lists.peerId == peer.id && m_lists.today == ui.today()) return m_lists;
    const Notebook& nb = ui.notebook();
    PeerLists& l = m_lists;
    l.revision = ui.revision();
    l.peerId = peer.id;
    l.today = ui.today();
    l.lastContact = lastInteraction(nb, peer.id, l.today);
    l.facts = factsOf(nb, peer.id);
    l.connections = connectionsOf(nb, peer.id);
    l.banter = banterOf(nb, peer.id);
    l.owedByMe = commitmentsOf(nb, peer.id, CommitmentDirection::MeToThem);
    l.owedToMe = commitmentsOf(nb, peer.id, CommitmentDirection::ThemToMe);
    l.series = seriesOf(nb, peer.id);
    l.projects = projectsOf(nb, peer.id);
    l.rituals = ritualsOf(nb, peer.id);
    l.timeline = timelineOf(nb, peer.id);
    l.dates = importantDatesOf(nb, peer.id, l.today);
    l.matches = suggestConnections(nb, peer.id);
    return l;
}

void PeerScreen::saveEdit(UiContext& ui, const Peer& peer) {
    if (m_edit == peer) return;
    if (ui.run(editRecord(ui.notebook(), Entity{m_edit}))) {
        m_editRevision = ui.revision();
    } else {
        m_edit = peer;  // refused: show what is saved; the status line says why
    }
}

void PeerScreen::leave(UiContext& ui) {
    // Leaving while a profile field still has the keyboard: no "field left" event will save it. Only the
    // text fields are taken from the form, onto what is stored, so nothing else the form holds is replayed.
    const Peer* peer = ui.notebook().findPeer(m_peerId);
    if (!peer || ui.readOnly() || m_edit.id != peer->id) return;
    Peer edited = *peer;
    for (std::string Peer::*field : {&Peer::name, &Peer::role, &Peer::team, &Peer::metWhere, &Peer::introducedBy, &Peer::notes}) {
        edited.*field = m_edit.*field;
    }
    if (!(edited == *peer)) ui.run(editRecord(ui.notebook(), Entity{edited}));
}

void PeerScreen::drawProfileTab(UiContext& ui, const Peer& peer) {
    if (ui.readOnly()) ImGui::BeginDisabled();
    // Every field saves when the user leaves it (or presses Enter), as one undoable step.
    RecordForm form(ui.narrow());
    // After a save `peer` is replaced: nothing below may read it in this frame.
    const uint64_t start = ui.revision();
    auto save = [&] {
        if (ui.revision() == start) saveEdit(ui, peer);
    };
    auto text = [&](const char* label, std::string& value) {
        if (form.text(label, value)) save();
    };
    text("Name", m_edit.name);
    text("Role", m_edit.role);
    text("Team", m_edit.team);
    if (form.choice("Interdependence", m_edit.interdependence, 3)) save();
    mutedText("How much your results depend on each other: the higher, the more often you should meet.");
    if (form.choice("Relationship", m_edit.relationship, 4)) save();
    if (form.choice("Stage", m_edit.stage, 6)) save();
    if (form.check("On my leadership team", m_edit.onLeadershipTeam)) save();
    if (form.text("Tags", m_tagsText, "comma separated")) {
        m_edit.tags = splitTags(m_tagsText);
        save();
    }
    if (form.optionalDate("date we met", m_edit.metOn, m_metOnText, ui.today(), DateDirection::Past)) save();
    text("Met where", m_edit.metWhere);
    text("Introduced by", m_edit.introducedBy);
    if (form.multiline("Notes", m_edit.notes)) save();
    if (ui.revision() == start) drawTrustHistory(ui, peer);
    if (ui.revision() != start) {
        if (ui.readOnly()) ImGui::EndDisabled();
        return;
    }
    ImGui::Spacing();
    if (ImGui::Button(peer.archived ? "Unarchive" : "Archive")) ui.run(archivePeer(ui.notebook(), peer.id, !peer.archived));
    ImGui::SameLine();
    drawDelete(ui, peer);
    if (ui.readOnly()) ImGui::EndDisabled();
}

void PeerScreen::drawTrustHistory(UiContext& ui, const Peer& peer) {
    sectionTitle("Trust");
    mutedText("1 = guarded, 5 = full trust. Low-trust 1:1s stick to updates and priorities; as trust grows, "
              "talk about what really happened, conflict and feedback.");
    const uint64_t revision = ui.revision();
    const uint8_t current = peer.trustLevel();  // `peer` is replaced once a level is recorded
    const EntityId peerId = peer.id;
    for (uint8_t level = 1; level <= 5; ++level) {
        char name[4];
        std::snprintf(name, sizeof name, "%d", level);
        if (level > 1) ImGui::SameLine();
        if (ImGui::RadioButton(name, current == level) && level != current) {
            ui.run(recordTrust(ui.notebook(), peerId, level, ui.today(), m_trustNote));
            m_trustNote.clear();
        }
    }
    ImGui::SameLine();
    ImGui::SetNextItemWidth(ui.narrow() ? -1.0f : 240.0f);
    ImGui::InputTextWithHint("##trust-note", "why (optional)", &m_trustNote);
    if (ui.revision() != revision) return;  // `peer` was replaced
    // Newest first; each record's note can be corrected, or the record removed.
    for (size_t i = peer.trustHistory.size(); i-- > 0;) {
        const TrustRecord& record = peer.trustHistory[i];
        ImGui::PushID(static_cast<int>(i));
        if (m_trustRow.isOpen(peer.id, i)) {
            RecordForm form(ui.narrow());
            form.focusNext(m_trustRow.focus());
            form.text("Why", m_trustRow.draft());
            if (m_trustRow.finish(form) == RowEnd::Save) {
                saveRow(ui, m_trustRow, editTrustNote(ui.notebook(), peer.id, i, m_trustRow.draft()));
            }
        } else {
            ImGui::TextDisabled("%s: %d/5 %s", longDate(record.date).c_str(), record.level, record.note.c_str());
            if (!ui.readOnly()) {
                const RowAction action = rowActions(ui.narrow(), "Edit note##trust", "Delete##trust");
                if (action == RowAction::Edit) m_trustRow.open(peer.id, record.note, i);
                if (action == RowAction::Delete) ui.run(deleteTrustRecord(ui.notebook(), peer.id, i));
            }
        }
        ImGui::PopID();
        if (ui.revision() != revision) return;
    }
}

void PeerScreen::drawDelete(UiContext& ui, const Peer& peer) {
    if (ImGui::Button("Delete peer...")) {
        ImGui::OpenPopup("Delete peer");
        m_confirmDelete = true;
    }
    if (!ImGui::BeginPopupModal("Delete peer", nullptr, ImGuiWindowFlags_AlwaysAutoResize)) return;
    // Copies: an Archive or Delete below replaces or removes `peer`.
    const bool archived = peer.archived;
    const EntityId peerId = peer.id;
    const PeerUse use = peerUse(ui.notebook(), peer.id);
    const auto deletion = deletePeer(ui.notebook(), peer.id);
    // Archive is the default (Enter) whenever deleting would lose shared history.
    if (!deletion) {
        ImGui::PushTextWrapPos(ImGui::GetFontSize() * 24.0f);
        ImGui::TextWrapped("%s", deletion.error().message.c_str());
        ImGui::PopTextWrapPos();
    } else {
        ImGui::Text("Delete %s%s?", peer.name.c_str(),
                    use.ownRecords == 0 ? "" : (" and " + std::to_string(use.ownRecords) + " notes about them").c_str());
        // Phones have no Ctrl+Z: the status line offers Undo after a deletion.
        const std::string undo = ui.narrow() || ui.touch() ? "Undo on the status line brings them back."
                                                            : "Undo (" + shortcutFor(Action::Undo, keySet()) + ") brings them back.";
        mutedText(undo.c_str());
    }
    const ImVec2 size(ImGui::GetFontSize() * 8.0f, ui.narrow() ? 44.0f : 0.0f);
    if (!deletion && m_confirmDelete) ImGui::SetKeyboardFocusHere();
    m_confirmDelete = false;
    if (!archived && ImGui::Button("Archive", size)) {
        ui.run(archivePeer(ui.notebook(), peerId, true));
        ImGui::CloseCurrentPopup();
    }
    if (!archived) ImGui::SameLine();
    if (deletion && ImGui::Button("Delete", size)) {
        if (ui.run(deletion)) ui.go(Route{Page::Peers, kNoId});
        ImGui::CloseCurrentPopup();
    }
    if (deletion) ImGui::SameLine();
    if (ImGui::Button("Cancel", size) || ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Escape))) ImGui::CloseCurrentPopup();
    ImGui::EndPopup();
}

}  // namespace rapport::ui
