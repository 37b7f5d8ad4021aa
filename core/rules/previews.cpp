// Exec-staff preview planning.
#include "core/rules/previews.h"

#include <algorithm>

namespace rapport {

std::vector<PreviewPeerPlan> previewPlan(const Notebook& nb, EntityId previewId) {
    std::vector<PreviewPeerPlan> out;
    const ExecPreview* p = nb.find<ExecPreview>(previewId);
    if (!p) return out;
    const CivilDate from = p->staffMeetingOn.addDays(-7);
    const CivilDate to = p->staffMeetingOn.addDays(-1);
    for (const PreviewPeer& pp : p->peers) {
        PreviewPeerPlan plan;
        plan.peerId = pp.peerId;
        plan.status = pp.status;
        plan.slot = findOneOnOne(nb, pp.peerId, from, to);
        if (plan.slot && plan.slot->meetingId != kNoId) {
            const Meeting* m = nb.findMeeting(plan.slot->meetingId);
            plan.onAgenda = m && std::any_of(m->agenda.begin(), m->agenda.end(),
                                             [&](const AgendaItem& a) { return a.previewId == previewId; });
        }
        out.push_back(plan);
    }
    return out;
}

PreviewAgendas previewAgendas(const std::vector<PreviewPeerPlan>& plan) {
    PreviewAgendas out;
    for (const PreviewPeerPlan& p : plan) {
        if (p.onAgenda) ++out.onAgendas;
        else if (p.slot && p.status == PreviewStatus::NotYet) ++out.toAdd;
    }
    return out;
}

}  // namespace rapport
