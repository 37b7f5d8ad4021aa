// The peer page's Rituals tab: the social rituals this peer takes part in.
#include <imgui.h>
#include <imgui_stdlib.h>

#include <algorithm>
#include <tuple>
#include <vector>

#include "app/edit_widgets.h"
#include "app/style/text.h"
#include "app/screens/peer_screen.h"
#include "app/screens/rituals_screen.h"
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
    // Corrected or deleted right here, with the same fields as on the Rituals page.
    for (const Ritual* r : rituals) {
        editableRow(
            ui, m_ritualRow, *r, "ritual",
            [](const Ritual& shown) {
                bulletTextf("%s %s", shown.title.empty() ? "Ritual" : shown.title.c_str(),
                            shown.nextDue ? ("- next " + shortDate(*shown.nextDue)).c_str() : "");
            },
            [&](RecordForm& form, Ritual& draft, RowEditor<Ritual>& row) { ritualFields(ui, form, draft, row, m_ritualFilter); });
    }
    if (ImGui::Button("Open Rituals")) ui.go(Route{Page::Rituals, kNoId});
}

}  // namespace rapport::ui
