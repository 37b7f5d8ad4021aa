// The 1:1 page's commitments made in this meeting, either way.
#include <imgui.h>
#include <imgui_stdlib.h>

#include <algorithm>

#include "app/commitment_row.h"
#include "app/screens/meeting_screen.h"
#include "app/style/text.h"
#include "app/widgets.h"
#include "core/model/commands.h"

namespace rapport::ui {

void MeetingScreen::drawCommitments(UiContext& ui, const Meeting& meeting) {
    sectionTitle("Commitments made in this 1:1");
    if (m_commitments.empty()) {
        emptyState("Small promises, made and kept, are how trust grows. Note each one as it is made, both ways.");
    }
    // Corrected right here (text, who owes, due date, status) or deleted, as on the peer's page.
    for (const Commitment* c : m_commitments) {
        commitmentRow(ui, m_commitmentRow, *c, c->direction == CommitmentDirection::MeToThem ? "I owe" : "They owe");
    }
    if (!ui.readOnly()) m_commitment.draw(ui, meeting.peerId, CommitmentOrigin::OneOnOne, meeting.id);
}

}  // namespace rapport::ui
