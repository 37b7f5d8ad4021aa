// The peer page's Rituals tab: the social rituals this peer takes part in.
#include <imgui.h>
#include <imgui_stdlib.h>

#include <algorithm>
#include <tuple>
#include <vector>

#include "app/edit_widgets.h"
#include "app/style/text.h"
#include "app/screens/peer_screen.h"
#include "app/widgets.h"
#include "core/model/commands.h"
#include "core/model/recurrence.h"
#include "core/rules/commitments.h"
#include "core/rules/connections.h"

namespace rapport::ui {

void PeerScreen::drawRitualsTab(UiContext& ui, const Peer& peer) {
    const auto& rituals = lists(ui, peer).rituals;
    if (rituals.empty()) {
        emptyState("Tack something social onto work: coffee before the meeting, dinner after the offsite, a quarterly "
                   "reunion. Add rituals on the Rituals page.");
    }
    for (const Ritual* r : rituals) {
        bulletTextf("%s %s", r->title.empty() ? "Ritual" : r->title.c_str(),
                          r->nextDue ? ("- next " + shortDate(*r->nextDue)).c_str() : "");
    }
    if (ImGui::Button("Open Rituals")) ui.go(Route{Page::Rituals, kNoId});
}

}  // namespace rapport::ui
