// Command builders that correct or remove what was written: any record edited as a whole, deleted
// (a peer with its own notes), agenda items and trust records edited inside their owner. Labels say
// what happened in the user's words: "Changed Maria's birthday", "Deleted the fact 'Kids: Léa'".
#pragma once

#include <cstddef>
#include <string>

#include "core/model/command.h"
#include "core/model/notebook.h"
#include "core/util/result.h"

namespace rapport {

// How a record is named in a status line: "Maria Chen", "Maria's birthday", "the fact 'Kids: Léa'",
// "the 1:1 series with Maria". Never fails (unknown peers read "a peer").
std::string describeRecord(const Notebook& nb, const Entity& record);

// Replaces a record by its edited copy, labelled "Changed <record>". A copy equal to the stored one
// gives a command with no changes (nothing to save). Fails on an unknown record, a kind change or any
// field rule (the message names the field), and on a new cadence, weekday, time or length of a running
// 1:1 series once a 1:1 of its current period was held (that is a change from a day on: changeSeries).
Result<Command> editRecord(const Notebook& nb, Entity edited);

// Deletes a record, labelled "Deleted <record>". A peer goes through deletePeer(). Fails on an unknown
// record, or while other records refer to it (the message says what to do instead).
Result<Command> deleteRecord(const Notebook& nb, EntityId id);

// What refers to a peer, split into what deleting the peer takes along (their own notes: facts,
// connections, banter topics, contacts, commitments) and what makes deleting wrong (shared records:
// 1:1 series and meetings, projects, rituals, previews, journal entries), where archiving keeps history.
struct PeerUse {
    size_t ownRecords = 0;
    size_t meetings = 0;     // 1:1 meetings and series
    size_t sharedRecords = 0;  // projects, rituals, previews, journal entries
    bool deletable() const { return meetings == 0 && sharedRecords == 0; }
};
PeerUse peerUse(const Notebook& nb, EntityId peerId);

// Deletes a peer and their own notes in one undoable command ("Deleted Sam Okafor and 4 notes about
// them"). Fails on an unknown peer, or when meetings or shared records refer to them: the message
// offers archiving, which hides the peer and keeps the history.
Result<Command> deletePeer(const Notebook& nb, EntityId peerId);

// Edits one agenda item's text, trust tier and kind. Fails on an unknown meeting or index, or empty text.
Result<Command> editAgendaItem(const Notebook& nb, EntityId meetingId, size_t index, std::string text,
                               TrustTier trust, AgendaKind kind);
// Removes one agenda item. Fails on an unknown meeting or index.
Result<Command> deleteAgendaItem(const Notebook& nb, EntityId meetingId, size_t index);
// Moves an agenda item one place up or down among the items of its group (carried-over items come
// first on the page, so an item moves only past items of its own group). Fails on an unknown meeting
// or index, or when it is already first (last) of its group.
Result<Command> moveAgendaItem(const Notebook& nb, EntityId meetingId, size_t index, bool up);

// Changes the note of one trust record (index into the peer's history). Fails on an unknown peer or index.
Result<Command> editTrustNote(const Notebook& nb, EntityId peerId, size_t index, std::string note);
// Removes one trust record. Fails on an unknown peer or index.
Result<Command> deleteTrustRecord(const Notebook& nb, EntityId peerId, size_t index);

}  // namespace rapport
