// Exec-staff previews: walk each affected peer through a proposal before the staff meeting; put it on
// their 1:1 agendas; warn about peers with no 1:1 in the week before.
#pragma once

#include <map>
#include <string>
#include <utility>
#include <vector>

#include "app/edit_widgets.h"
#include "app/ui_context.h"
#include "core/model/preview.h"
#include "core/rules/previews.h"

namespace rapport::ui {

class PreviewsScreen final : public Screen {
public:
    void draw(UiContext& ui) override;

private:
    void drawPreview(UiContext& ui, const ExecPreview& preview, const std::vector<PreviewPeerPlan>& plan);
    void drawPeer(UiContext& ui, const ExecPreview& preview, const PreviewPeer& peer, const PreviewPeerPlan* plan);
    void drawNewPreview(UiContext& ui);
    void drawPreviewForm(UiContext& ui, RecordForm& form, ExecPreview& draft, RowEditor<ExecPreview>& row);

    uint64_t m_revision = 0;
    // Derived once per change: previews by staff-meeting date (upcoming first) and their plans.
    std::vector<std::pair<const ExecPreview*, std::vector<PreviewPeerPlan>>> m_previews;
    std::map<std::pair<EntityId, EntityId>, std::string> m_feedback;  // (preview, peer) -> text being edited
    std::string m_proposal, m_date, m_peerFilter;
    std::vector<EntityId> m_peers;
    bool m_focusProposal = true;
    RowEditor<ExecPreview> m_row;  // the preview being corrected
    std::vector<EntityId> m_editPeers;
    std::string m_editFilter;
};

}  // namespace rapport::ui
