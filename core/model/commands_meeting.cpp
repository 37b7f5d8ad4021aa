// Builders for what happens during a 1:1. Each changes the meeting (and for a preview item, the preview)
// as one command, so one undo takes the whole step back.
#include "core/model/commands_meeting.h"

#include <algorithm>

#include "core/model/command_util.h"
#include "core/model/recurrence.h"

namespace rapport {

using detail::existing;
using detail::shortened;
using detail::single;

Result<Command> takeUpTopic(const Notebook& nb, EntityId meetingId, const BankTopic& topic, AgendaStatus status) {
    auto m = existing<Meeting>(nb, meetingId);
    if (!m) return m.error();
    if (m.value().held) return makeError("This 1:1 is already finished: add the topic to the next one.");
    const bool listed = std::any_of(m.value().agenda.begin(), m.value().agenda.end(),
                                    [&](const AgendaItem& a) { return a.text == topic.text; });
    if (listed) return makeError("\"" + shortened(topic.text) + "\" is already on this agenda.");
    Meeting after = m.value();
    after.agenda.push_back(AgendaItem{topic.text, topic.trust, topic.kind, status, kNoId, kNoId});
    const std::string what = "\"" + shortened(topic.text) + "\"";
    const std::string text = status == AgendaStatus::Pending ? "Added " + what + " to the agenda"
                                                             : "Marked " + what + " " + label(status);
    return single(nb, text, m.value(), after);
}

Result<Command> discussPreviewItem(const Notebook& nb, EntityId meetingId, size_t index, Stance stance,
                                   std::string feedback) {
    auto m = existing<Meeting>(nb, meetingId);
    if (!m) return m.error();
    if (index >= m.value().agenda.size()) return makeError("No such agenda item.");
    if (!isValid(stance)) return makeError("Unknown stance.");
    Meeting after = m.value();
    AgendaItem& item = after.agenda[index];
    if (item.previewId == kNoId) return makeError("This agenda item presents no preview.");
    item.status = AgendaStatus::Discussed;
    const std::string who = detail::peerName(nb, after.peerId);
    Command cmd{"Previewed \"" + shortened(item.text) + "\" with " + who, {EntityChange{m.value(), after}}};
    if (const ExecPreview* preview = nb.find<ExecPreview>(item.previewId)) {
        ExecPreview changed = *preview;
        auto peer = std::find_if(changed.peers.begin(), changed.peers.end(),
                                 [&](const PreviewPeer& p) { return p.peerId == after.peerId; });
        if (peer != changed.peers.end()) {
            peer->status = PreviewStatus::Previewed;
            peer->stance = stance;
            peer->feedback = std::move(feedback);
            if (!(changed == *preview)) cmd.changes.push_back(EntityChange{*preview, changed});
        }
    }
    if (Status s = detail::precheck(nb, cmd); !s) return s.error();
    return cmd;
}

Result<Command> addInsight(const Notebook& nb, EntityId meetingId, Insight insight) {
    auto m = existing<Meeting>(nb, meetingId);
    if (!m) return m.error();
    if (insight.believed.empty()) return makeError("Say what you believed, e.g. \"I believed she wanted headcount\".");
    Meeting after = m.value();
    after.insights.push_back(std::move(insight));
    return single(nb, "Noted an insight about " + detail::peerName(nb, after.peerId), m.value(), after);
}

Result<Command> addConflict(const Notebook& nb, EntityId meetingId, Conflict conflict) {
    auto m = existing<Meeting>(nb, meetingId);
    if (!m) return m.error();
    if (conflict.issue.empty()) return makeError("Name the issue, e.g. \"conflict: who owns onboarding\".");
    Meeting after = m.value();
    conflict.status = ConflictStatus::Open;
    after.conflicts.push_back(std::move(conflict));
    return single(nb, "Noted a conflict with " + detail::peerName(nb, after.peerId), m.value(), after);
}

Result<Command> setPreviewDependsOn(const Notebook& nb, EntityId previewId, EntityId peerId, bool dependsOn) {
    auto p = existing<ExecPreview>(nb, previewId);
    if (!p) return p.error();
    ExecPreview after = p.value();
    auto it = std::find_if(after.peers.begin(), after.peers.end(), [&](const PreviewPeer& x) { return x.peerId == peerId; });
    if (it == after.peers.end()) return makeError("That peer is not on this preview.");
    const std::string who = detail::peerName(nb, peerId);
    if (it->dependsOn == dependsOn) {
        return makeError(dependsOn ? "The proposal already depends on " + who + "."
                                   : "The proposal already does not depend on " + who + ".");
    }
    it->dependsOn = dependsOn;
    return single(nb, (dependsOn ? "The proposal depends on " : "The proposal no longer depends on ") + who,
                  p.value(), after);
}

}  // namespace rapport
