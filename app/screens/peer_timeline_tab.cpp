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
    const std::vector<TimelineEvent>& events = lists(ui, peer).timeline;
    if (events.empty()) emptyState("Everything you log with them (1:1s, contacts, facts, commitments) lines up here, newest first.");
    ImGuiListClipper clipper;
    clipper.Begin(static_cast<int>(events.size()));
    while (clipper.Step()) {
        for (int i = clipper.DisplayStart; i < clipper.DisplayEnd; ++i) {
            const TimelineEvent& event = events[static_cast<size_t>(i)];
            const Interaction* contact = event.contactId == kNoId ? nullptr : ui.notebook().find<Interaction>(event.contactId);
            auto show = [&] {
                ImGui::TextDisabled("%s", shortDate(event.date).c_str());
                ImGui::SameLine(ImGui::GetFontSize() * 7.0f);
                ellipsisText(event.text.c_str());  // one line per event: the list is clipped to what is visible
            };
            if (!contact) {
                show();
                continue;
            }
            // A logged contact ("Talked today" clicked for the wrong peer or day) is corrected right here.
            editableRow(
                ui, m_contactRow, *contact, "contact", [&](const Interaction&) { show(); },
                [&](RecordForm& form, Interaction& draft, RowEditor<Interaction>& row) {
                    form.date("Date##contact", draft.date, row.buffer(0), DateDirection::Past);
                    form.choice("Kind##contact", draft.kind, static_cast<int>(InteractionKind::Other) + 1);
                    form.text("Note##contact", draft.note);
                });
        }
    }
}

}  // namespace rapport::ui
