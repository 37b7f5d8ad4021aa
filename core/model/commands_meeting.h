// Command builders for what happens during a 1:1 (live mode, the 1:1 page, quick capture): a bank topic
// taken up with its outcome, a preview item discussed (which records the peer as previewed), an insight
// and a conflict noted. Like every builder, each returns a Command or the reason it cannot.
#pragma once

#include <string>

#include "core/model/command.h"
#include "core/model/notebook.h"
#include "core/util/result.h"

namespace rapport {

// Where a fact learned in a 1:1 says it was learned (Fact::learnedWhere): the 1:1's summary finds it by it.
inline constexpr const char* kLearnedInOneOnOne = "1:1";

// Puts a bank topic on a 1:1's agenda with its outcome in one step: Discussed (it was talked about),
// CarriedOver (next time), Dropped (not now; topic suggestions then leave it out for three 1:1s) or
// Pending. Fails on an unknown meeting, a held one, or a topic already on its agenda.
Result<Command> takeUpTopic(const Notebook& nb, EntityId meetingId, const BankTopic& topic, AgendaStatus status);

// Marks a preview agenda item discussed and records the meeting's peer as previewed with their stance and
// feedback, as one undoable step. When the peer is no longer on that preview only the item is marked.
// Fails on an unknown meeting or index, or an item that presents no preview.
Result<Command> discussPreviewItem(const Notebook& nb, EntityId meetingId, size_t index, Stance stance,
                                   std::string feedback);

// Adds "what I believed / what really happened" to a 1:1. Fails on an unknown meeting or an empty belief.
Result<Command> addInsight(const Notebook& nb, EntityId meetingId, Insight insight);
// Adds an open conflict (issue, my position, theirs) to a 1:1. Fails on an unknown meeting or no issue.
Result<Command> addConflict(const Notebook& nb, EntityId meetingId, Conflict conflict);

// Sets whether a preview's proposal depends on a peer's support. Fails when the peer is not on the
// preview, or it is already set that way (saying so).
Result<Command> setPreviewDependsOn(const Notebook& nb, EntityId previewId, EntityId peerId, bool dependsOn);

}  // namespace rapport
