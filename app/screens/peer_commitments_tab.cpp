// The peer page's Commitments tab: what each of us promised, as editable rows with Kept / Missed.
#include <imgui.h>

#include <cstdio>
#include <imgui_stdlib.h>

#include <algorithm>
#include <tuple>
#include <vector>

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
    const Notebook& nb = ui.notebook();
    return editableRow(
        ui, m_commitmentRow, commitment, "commitment",
        [&](const Commitment& c) {
            bulletTextf("%s", c.text.c_str());
            {
                char text[256];
                std::snprintf(text, sizeof text, "%s%s", label(c.status), c.due ? ("  due " + shortDate(*c.due)).c_str() : "");
                mutedAfter(text);
            }
            if (!c.isOpen() || ui.readOnly()) return;
            const bool late = c.due && *c.due < ui.today();
            if (flowButton("Kept")) ui.run(setCommitmentStatus(nb, c.id, late ? CommitmentStatus::KeptLate : CommitmentStatus::Kept, ui.today()));
            if (flowButton("Missed")) ui.run(setCommitmentStatus(nb, c.id, CommitmentStatus::Missed, ui.today()));
            if (flowButton("Drop")) ui.run(setCommitmentStatus(nb, c.id, CommitmentStatus::Dropped, ui.today()));
        },
        [&](RecordForm& form, Commitment& draft, RowEditor<Commitment>& row) {
            form.text("Promise", draft.text);
            form.choice("Who owes", draft.direction, 2);
            form.optionalDate("due date", draft.due, row.buffer(0), ui.today());
            const CommitmentStatus before = draft.status;
            form.choice("Status", draft.status, static_cast<int>(CommitmentStatus::Dropped) + 1);
            if (draft.status != before) {
                // A resolved commitment is resolved today; reopening clears the date.
                if (draft.isOpen()) draft.resolvedOn.reset();
                else if (!draft.resolvedOn) draft.resolvedOn = ui.today();
            }
        });
}

}  // namespace rapport::ui
