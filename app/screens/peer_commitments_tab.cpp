// The peer page's Commitments tab: what each of us promised, as editable rows with Kept / Missed.
#include <imgui.h>

#include <cstdio>
#include <imgui_stdlib.h>

#include <algorithm>
#include <tuple>
#include <vector>

#include "app/commitment_row.h"
#include "app/edit_widgets.h"
#include "app/screens/peer_screen.h"
#include "app/style/flow.h"
#include "app/style/text.h"
#include "app/widgets.h"
#include "core/model/commands.h"
#include "core/model/recurrence.h"
#include "core/rules/commitments.h"
#include "core/rules/connections.h"

namespace rapport::ui {

void PeerScreen::drawCommitmentsTab(UiContext& ui, const Peer& peer) {
    const Notebook& nb = ui.notebook();
    for (CommitmentDirection direction : {CommitmentDirection::MeToThem, CommitmentDirection::ThemToMe}) {
        const KeptRatio ratio = keptRatio(nb, peer.id, direction);
        sectionTitle(direction == CommitmentDirection::MeToThem ? "What I owe them" : "What they owe me");
        const int32_t resolved = ratio.kept + ratio.keptLate + ratio.missed;
        if (resolved > 0) ImGui::TextDisabled("kept %d of %d (%d late)", ratio.kept + ratio.keptLate, resolved, ratio.keptLate);
        const PeerLists& view = lists(ui, peer);
        const auto& list = direction == CommitmentDirection::MeToThem ? view.owedByMe : view.owedToMe;
        if (list.empty()) emptyState("Make small commitments and keep them: accountability is how trust is built.");
        for (const Commitment* c : list) {
            if (drawCommitment(ui, *c)) return;  // the lists are stale until the next frame
        }
    }
    if (ui.readOnly()) return;
    sectionTitle("New commitment");
    m_commitmentForm.draw(ui, peer.id, CommitmentOrigin::Other, kNoId);
}

bool PeerScreen::drawCommitment(UiContext& ui, const Commitment& commitment) {
    return commitmentRow(ui, m_commitmentRow, commitment);
}

}  // namespace rapport::ui
