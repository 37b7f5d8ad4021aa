// The 1:1 page's commitments made in this meeting, either way.
#include <imgui.h>
#include <imgui_stdlib.h>

#include <algorithm>

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
    for (const Commitment* c : m_commitments) {
        const std::string who = c->direction == CommitmentDirection::MeToThem ? "I owe" : "They owe";
        const std::string due = c->due ? ", due " + shortDate(*c->due) : "";
        bulletTextf("%s: %s%s  [%s]", who.c_str(), c->text.c_str(), due.c_str(), label(c->status));
    }
    if (!ui.readOnly()) m_commitment.draw(ui, meeting.peerId, CommitmentOrigin::OneOnOne, meeting.id);
}

}  // namespace rapport::ui
