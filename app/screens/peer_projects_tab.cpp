// The peer page's Projects tab: the joint projects this peer is part of.
#include <imgui.h>
#include <imgui_stdlib.h>

#include <algorithm>
#include <tuple>
#include <vector>

#include "app/edit_widgets.h"
#include "app/screens/peer_screen.h"
#include "app/widgets.h"
#include "core/model/commands.h"
#include "core/model/recurrence.h"
#include "core/rules/commitments.h"
#include "core/rules/connections.h"

namespace rapport::ui {

void PeerScreen::drawProjectsTab(UiContext& ui, const Peer& peer) {
    const auto& projects = lists(ui, peer).projects;
    if (projects.empty()) {
        emptyState("Work on something together: a small, low-stakes project of about two weeks, in the white space "
                   "that is nobody's obvious job. Start one on the Projects page.");
    }
    for (const JointProject* p : projects) {
        const std::string text = p->title + "  (" + label(p->phase) + ")";
        if (link(text.c_str(), p)) ui.go(Route{Page::Project, p->id});
    }
}

}  // namespace rapport::ui
