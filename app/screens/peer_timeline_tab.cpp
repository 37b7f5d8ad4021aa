// The peer page's Timeline tab: everything logged about this peer, newest first.
#include <imgui.h>
#include <imgui_stdlib.h>

#include <algorithm>
#include <tuple>
#include <vector>

#include "app/edit_widgets.h"
#include "app/screens/peer_screen.h"
#include "app/style/text.h"
#include "app/widgets.h"
#include "core/model/commands.h"
#include "core/model/recurrence.h"
#include "core/rules/commitments.h"
#include "core/rules/connections.h"

namespace rapport::ui {

void PeerScreen::drawTimelineTab(UiContext& ui, const Peer& peer) {
    const Notebook& nb = ui.notebook();
    // (date, text) of everything logged with this peer, newest first.
    std::vector<std::pair<CivilDate, std::string>> events;
    for (const auto& [day, id] : nb.meetingsOfPeer(peer.id)) {
        if (const Meeting* m = nb.findMeeting(id)) events.emplace_back(m->date, m->held ? "1:1 held" : "1:1 prepared");
    }
    for (const auto& [day, id] : nb.interactionsOfPeer(peer.id)) {
        if (const Interaction* i = nb.find<Interaction>(id)) events.emplace_back(i->date, std::string(label(i->kind)) + " " + i->note);
    }
    for (const auto& [id, f] : nb.all<Fact>()) {
        if (f.peerId == peer.id && f.learnedOn) events.emplace_back(*f.learnedOn, "Learned: " + f.text);
    }
    for (const auto& [id, c] : nb.all<Commitment>()) {
        if (c.peerId == peer.id) events.emplace_back(c.madeOn, "Commitment: " + c.text);
    }
    for (const TrustRecord& t : peer.trustHistory) events.emplace_back(t.date, "Trust " + std::to_string(t.level) + "/5 " + t.note);
    std::stable_sort(events.begin(), events.end(), [](const auto& a, const auto& b) { return a.first > b.first; });
    if (events.empty()) emptyState("Everything you log with them (1:1s, contacts, facts, commitments) lines up here, newest first.");
    ImGuiListClipper clipper;
    clipper.Begin(static_cast<int>(events.size()));
    while (clipper.Step()) {
        for (int i = clipper.DisplayStart; i < clipper.DisplayEnd; ++i) {
            const auto& [date, text] = events[static_cast<size_t>(i)];
            ImGui::TextDisabled("%s", shortDate(date).c_str());
            ImGui::SameLine(ImGui::GetFontSize() * 7.0f);
            ellipsisText(text.c_str());  // one line per event: the list is clipped to what is visible
        }
    }
}

}  // namespace rapport::ui
