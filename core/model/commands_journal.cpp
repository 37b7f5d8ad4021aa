// Command builders for what happened: contacts logged with a peer and journal entries.
#include "core/model/command_util.h"
#include "core/model/commands.h"
#include "core/model/important_dates.h"

#include <algorithm>

namespace rapport {

using detail::existing;
using detail::peerName;
using detail::shortened;
using detail::requirePeer;
using detail::single;

Result<Command> logInteraction(const Notebook& nb, IdSource& ids, EntityId peerId, CivilDate date,
                               InteractionKind kind, std::string note) {
    if (Status s = requirePeer(nb, peerId); !s) return s.error();
    // The same contact noted twice (a second click) is one contact.
    for (const auto& [day, id] : nb.interactionsOfPeer(peerId)) {
        const Interaction* other = nb.find<Interaction>(id);
        if (day == date.dayNumber() && other && other->kind == kind && other->note == note) {
            return makeError("Already noted: " + std::string(label(kind)) + " with " + peerName(nb, peerId) + " on " +
                             date.toIso() + ".");
        }
    }
    Interaction i{ids.next(), peerId, date, kind, std::move(note)};
    return single(nb, "Noted: " + std::string(label(kind)) + " with " + peerName(nb, peerId), std::nullopt, i);
}

Result<Command> addJournalEntry(const Notebook& nb, IdSource& ids, CivilDate date, std::string text,
                                std::string prompt, std::vector<EntityId> peerIds) {
    JournalEntry j{ids.next(), date, std::move(prompt), std::move(text), std::move(peerIds)};
    return single(nb, "Added a journal entry", std::nullopt, j);
}

}  // namespace rapport
