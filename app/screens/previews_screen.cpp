// Previews and their plans (core/rules/previews.h) are derived once per change. Each peer's status,
// stance and feedback are saved with setPreviewPeer, one undoable step each.
#include "app/screens/previews_screen.h"

#include <imgui.h>

#include <cstdio>
#include <imgui_stdlib.h>

#include <algorithm>

#include "app/form_widgets.h"
#include "app/style/text.h"
#include "app/style/flow.h"
#include "app/widgets.h"
#include "core/model/commands.h"
#include "core/model/commands_meeting.h"

namespace rapport::ui {

void PreviewsScreen::draw(UiContext& ui) {
    if (m_revision != ui.revision()) {
        m_revision = ui.revision();
        m_previews.clear();
        m_feedback.clear();
        for (const auto& [id, preview] : ui.notebook().all<ExecPreview>()) {
            m_previews.emplace_back(&preview, previewPlan(ui.notebook(), id));
            for (const PreviewPeer& p : preview.peers) m_feedback[{id, p.peerId}] = p.feedback;
        }
        const CivilDate today = ui.today();
        std::stable_sort(m_previews.begin(), m_previews.end(), [today](const auto& a, const auto& b) {
            const bool aPast = a.first->staffMeetingOn < today, bPast = b.first->staffMeetingOn < today;
            if (aPast != bPast) return !aPast;
            return aPast ? a.first->staffMeetingOn > b.first->staffMeetingOn : a.first->staffMeetingOn < b.first->staffMeetingOn;
        });
    }
    pageTitle("Exec-staff previews");
    if (!ui.readOnly()) drawNewPreview(ui);
    if (m_previews.empty()) {
        emptyState("Nobody likes surprises in a staff meeting. Before you bring a proposal, walk each peer it "
                   "touches through it in your 1:1: hear their concerns while you can still change it.");
        return;
    }
    for (const auto& [preview, plan] : m_previews) {
        drawPreview(ui, *preview, plan);
    }
}

void PreviewsScreen::drawPreview(UiContext& ui, const ExecPreview& preview, const std::vector<PreviewPeerPlan>& plan) {
    pushEntityId(preview.id);
    ImGui::Spacing();
    const bool changed = editableRow(
        ui, m_row, preview, "preview", [](const ExecPreview& p) { ImGui::TextUnformatted(p.proposal.c_str()); },
        [&](RecordForm& form, ExecPreview& draft, RowEditor<ExecPreview>& row) { drawPreviewForm(ui, form, draft, row); });
    ImGui::Separator();
    if (changed || m_row.isOpen(preview.id)) {
        ImGui::PopID();
        return;
    }
    mutedText(("Staff meeting " + longDate(preview.staffMeetingOn) + " (" + relativeDay(preview.staffMeetingOn, ui.today()) +
               ")").c_str());
    for (const PreviewPeer& peer : preview.peers) {
        const auto found = std::find_if(plan.begin(), plan.end(), [&](const PreviewPeerPlan& p) { return p.peerId == peer.peerId; });
        drawPeer(ui, preview, peer, found == plan.end() ? nullptr : &*found);
    }
    // Once it is on every agenda it can be on, the button gives way to where it stands.
    const PreviewAgendas agendas = previewAgendas(plan);
    if (!ui.readOnly() && preview.staffMeetingOn >= ui.today() && agendas.toAdd > 0) {
        if (ImGui::Button("Put on their 1:1 agendas")) ui.run(putPreviewOnAgendas(ui.notebook(), ui.ids(), preview.id));
        if (agendas.onAgendas > 0) ImGui::SameLine();
    }
    if (agendas.onAgendas > 0) {
        doneButton(agendas.onAgendas == 1 ? "On 1 agenda" : ("On " + std::to_string(agendas.onAgendas) + " agendas").c_str());
    }
    ImGui::PopID();
}

void PreviewsScreen::drawPeer(UiContext& ui, const ExecPreview& preview, const PreviewPeer& peer, const PreviewPeerPlan* plan) {
    pushEntityId(peer.peerId);
    ImGui::Bullet();
    ImGui::TextUnformatted(peerName(ui.notebook(), peer.peerId));
    // Set right here, per peer: the reminders and the plan treat these peers first.
    sameLineIfFits(ImGui::GetFrameHeight() + ImGui::CalcTextSize("the proposal depends on them").x +
                   ImGui::GetStyle().ItemInnerSpacing.x);
    bool depends = peer.dependsOn;
    if (ImGui::Checkbox("the proposal depends on them", &depends) && !ui.readOnly()) {
        ui.run(setPreviewDependsOn(ui.notebook(), preview.id, peer.peerId, depends));
    }
    if (plan && plan->needsAttention()) {
        warningText("No 1:1 in the week before the staff meeting: find a moment to preview it with them.");
    } else if (plan && plan->slot && peer.status == PreviewStatus::NotYet) {
        mutedText(("1:1 on " + shortDate(plan->slot->date) + (plan->onAgenda ? ", on the agenda" : "")).c_str());
    }
    ImGui::Indent();
    bool previewed = peer.status == PreviewStatus::Previewed;
    Stance stance = peer.stance;
    std::string& feedback = m_feedback[{preview.id, peer.peerId}];
    bool save = ImGui::Checkbox("previewed", &previewed);
    sameLineIfFits(ImGui::GetFontSize() * 7.0f + ImGui::CalcTextSize("stance").x + ImGui::GetStyle().ItemInnerSpacing.x);
    ImGui::SetNextItemWidth(ImGui::GetFontSize() * 7.0f);
    save |= enumCombo("stance", stance, static_cast<int>(Stance::Opposed) + 1);
    if (!ui.narrow()) sameLineIfFits(320.0f);
    ImGui::SetNextItemWidth(ui.narrow() ? -1.0f : 320.0f);
    ImGui::InputTextWithHint("##feedback", "their feedback", &feedback);
    save |= ImGui::IsItemDeactivatedAfterEdit();
    if (save && !ui.readOnly()) {
        ui.run(setPreviewPeer(ui.notebook(), preview.id, peer.peerId,
                              previewed ? PreviewStatus::Previewed : PreviewStatus::NotYet, stance, feedback));
    }
    ImGui::Unindent();
    ImGui::PopID();
}

void PreviewsScreen::drawPreviewForm(UiContext& ui, RecordForm& form, ExecPreview& draft, RowEditor<ExecPreview>& row) {
    form.text("Proposal##edit", draft.proposal);
    form.date("Staff meeting##edit", draft.staffMeetingOn, row.buffer(0));
    m_editPeers.clear();
    for (const PreviewPeer& p : draft.peers) m_editPeers.push_back(p.peerId);
    if (form.peers("Peers", ui.notebook(), m_editPeers, m_editFilter)) {
        // Keep what is known of peers still on it; new peers start "not yet".
        std::vector<PreviewPeer> peers;
        for (EntityId id : m_editPeers) {
            const auto found = std::find_if(draft.peers.begin(), draft.peers.end(), [&](const PreviewPeer& p) { return p.peerId == id; });
            PreviewPeer peer;
            peer.peerId = id;
            peers.push_back(found == draft.peers.end() ? peer : *found);
        }
        draft.peers = std::move(peers);
    }
    for (PreviewPeer& p : draft.peers) {
        const std::string depends = std::string("The proposal depends on ") + peerName(ui.notebook(), p.peerId);
        form.check(depends.c_str(), p.dependsOn);
    }
}

void PreviewsScreen::drawNewPreview(UiContext& ui) {
    if (!ImGui::CollapsingHeader("New preview", ImGuiTreeNodeFlags_DefaultOpen)) return;
    focusIfAsked(ui, m_focusProposal);
    {
        LabelAbove label("Proposal");
        ImGui::SetNextItemWidth(ui.narrow() ? -1.0f : 420.0f);
        ImGui::InputTextWithHint(label.id(), "what you will propose", &m_proposal);
    }
    {
        LabelAbove label("staff meeting");
        optionalDateField(label.id(), "e.g. next thu", m_date);
    }
    peerChecklist("preview-peers", ui.notebook(), m_peers, m_peerFilter, ImGui::GetTextLineHeight() * 5.0f);
    if (!ImGui::Button("Add preview")) return;
    const auto date = readTypedDate(m_date);
    if (!date) return ui.warn("The staff meeting date: " + date.error().message);
    if (!date.value()) return ui.warn("Type the staff meeting's date, e.g. \"next thu\" or \"14 March\".");
    if (ui.run(addPreview(ui.notebook(), ui.ids(), m_proposal, *date.value(), m_peers))) {
        m_proposal.clear();
        m_date.clear();
        m_peers.clear();
    }
}

}  // namespace rapport::ui
