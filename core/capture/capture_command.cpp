// Each kind maps onto an existing builder (core/model), so a captured line is validated, labelled and
// undone exactly like the same thing entered in a form.
#include "core/capture/capture_command.h"

#include "core/model/commands.h"
#include "core/model/commands_meeting.h"

namespace rapport {

namespace {

// The 1:1 an insight or conflict about `peerId` goes in: the one being held when it is theirs, else their
// latest on or before today.
const Meeting* meetingFor(const Notebook& nb, const CaptureTarget& target) {
    const Meeting* held = nb.findMeeting(target.meetingId);
    if (held && held->peerId == target.peerId) return held;
    const DatedIds& meetings = nb.meetingsOfPeer(target.peerId);
    for (auto it = meetings.rbegin(); it != meetings.rend(); ++it) {
        if (it->first <= target.today.dayNumber()) return nb.findMeeting(it->second);
    }
    return nullptr;
}

}  // namespace

Result<Command> captureCommand(const Notebook& nb, IdSource& ids, const CaptureLine& line, const CaptureTarget& target) {
    if (!line.problem.empty() && target.kind == line.kind) return makeError(line.problem);
    const EntityId peer = target.peerId;
    const Meeting* inMeeting = nb.findMeeting(target.meetingId);
    const bool live = inMeeting && inMeeting->peerId == peer;
    switch (target.kind) {
        case CaptureKind::Fact:
            return addFact(nb, ids, peer, target.category, line.text, target.today, live ? kLearnedInOneOnOne : "");
        case CaptureKind::Note:
            return logInteraction(nb, ids, peer, target.today, InteractionKind::TalkedToday, line.text);
        case CaptureKind::Commitment:
            return addCommitment(nb, ids, peer, line.direction, line.text, target.today, line.due,
                                 live ? CommitmentOrigin::OneOnOne : CommitmentOrigin::Other,
                                 live ? target.meetingId : kNoId);
        case CaptureKind::ImportantDate: {
            // Switched to "Date" by hand: the text must end with the day.
            auto dated = line.date ? Result<LabelledDate>(LabelledDate{line.text, *line.date})
                                   : parseLabelledDate(line.text, nb.settings().dateOrder);
            if (!dated) return dated.error();
            return addFact(nb, ids, peer, FactCategory::ImportantDate, dated.value().label, std::nullopt, {},
                           dated.value().date);
        }
        case CaptureKind::Insight:
        case CaptureKind::Conflict: {
            if (!nb.findPeer(peer)) return makeError("No such peer.");
            const Meeting* meeting = meetingFor(nb, target);
            if (!meeting) {
                return makeError("There is no 1:1 with " + nb.findPeer(peer)->name +
                                 " yet to keep it in: start one from their prep card.");
            }
            if (target.kind == CaptureKind::Insight) return addInsight(nb, meeting->id, Insight{line.text, line.happened});
            return addConflict(nb, meeting->id, Conflict{line.text, line.mine, line.theirs, "", ConflictStatus::Open});
        }
        case CaptureKind::FollowUp:
            if (!line.due) return makeError("Say when to ask, e.g. \"ask about the launch in 2 weeks\".");
            return addFollowUp(nb, ids, peer, line.text, *line.due, target.today);
    }
    return makeError("Unknown kind of capture.");
}

}  // namespace rapport
