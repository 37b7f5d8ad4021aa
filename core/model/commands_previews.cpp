// Command builders for exec-staff previews: the proposal, each peer's stance, and the items it puts on
// 1:1 agendas the week before.
#include "core/model/command_util.h"
#include "core/model/commands.h"
#include "core/model/recurrence.h"

#include <algorithm>
#include <set>

namespace rapport {

using detail::existing;
using detail::shortened;
using detail::single;

Result<Command> addPreview(const Notebook& nb, IdSource& ids, std::string proposal, CivilDate staffMeetingOn,
                           std::vector<EntityId> peerIds, std::vector<EntityId> dependsOn) {
    ExecPreview p;
    p.id = ids.next();
    p.proposal = std::move(proposal);
    p.staffMeetingOn = staffMeetingOn;
    for (EntityId id : peerIds) {
        const bool depends = std::find(dependsOn.begin(), dependsOn.end(), id) != dependsOn.end();
        p.peers.push_back(PreviewPeer{id, PreviewStatus::NotYet, Stance::Unknown, {}, depends});
    }
    for (EntityId id : dependsOn) {
        if (std::find(peerIds.begin(), peerIds.end(), id) == peerIds.end()) {
            return makeError("A peer the proposal depends on must be on the preview list.");
        }
    }
    return single(nb, "Added the preview \"" + shortened(p.proposal) + "\"", std::nullopt, p);
}

Result<Command> setPreviewPeer(const Notebook& nb, EntityId previewId, EntityId peerId, PreviewStatus status,
                               Stance stance, std::string feedback) {
    auto p = existing<ExecPreview>(nb, previewId);
    if (!p) return p.error();
    ExecPreview after = p.value();
    auto it = std::find_if(after.peers.begin(), after.peers.end(), [&](const auto& x) { return x.peerId == peerId; });
    if (it == after.peers.end()) return makeError("That peer is not on this preview.");
    it->status = status;
    it->stance = stance;
    it->feedback = std::move(feedback);
    return single(nb, "Updated the preview with " + detail::peerName(nb, peerId), p.value(), after);
}

Result<Command> putPreviewOnAgendas(const Notebook& nb, IdSource& ids, EntityId previewId) {
    auto p = existing<ExecPreview>(nb, previewId);
    if (!p) return p.error();
    const ExecPreview& preview = p.value();
    const CivilDate from = preview.staffMeetingOn.addDays(-7);
    const CivilDate to = preview.staffMeetingOn.addDays(-1);
    Command cmd{"", {}};
    int onAgendas = 0;  // agendas that already list it
    for (const PreviewPeer& pp : preview.peers) {
        if (pp.status == PreviewStatus::Previewed) continue;
        auto slot = findOneOnOne(nb, pp.peerId, from, to);
        if (!slot) continue;
        AgendaItem item{"Preview: " + shortened(preview.proposal, 200), TrustTier::Medium, AgendaKind::Preview,
                        AgendaStatus::Pending, kNoId, preview.id};
        if (slot->meetingId != kNoId) {
            Meeting before = *nb.findMeeting(slot->meetingId);
            const bool already = std::any_of(before.agenda.begin(), before.agenda.end(),
                                             [&](const AgendaItem& a) { return a.previewId == preview.id; });
            if (already) {
                ++onAgendas;
                continue;
            }
            Meeting after = before;
            after.agenda.push_back(item);
            cmd.changes.push_back(EntityChange{before, after});
        } else {
            Meeting m;
            m.id = ids.next();
            m.seriesId = slot->seriesId;
            m.peerId = pp.peerId;
            m.date = slot->date;
            m.agenda.push_back(item);
            cmd.changes.push_back(EntityChange{std::nullopt, m});
        }
    }
    if (cmd.changes.empty() && onAgendas > 0) {
        return makeError("Already on " + std::to_string(onAgendas) + (onAgendas == 1 ? " 1:1 agenda." : " 1:1 agendas."));
    }
    if (cmd.changes.empty()) return makeError("None of its peers has a 1:1 in the week before the staff meeting.");
    const size_t n = cmd.changes.size();
    cmd.label = "Put \"" + shortened(preview.proposal) + "\" on " + std::to_string(n) + (n == 1 ? " 1:1 agenda" : " 1:1 agendas");
    if (Status s = detail::precheck(nb, cmd); !s) return s.error();
    return cmd;
}

}  // namespace rapport
