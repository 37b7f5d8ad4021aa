// Command builders for getting to know a peer: facts, shared connections and banter topics.
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

Result<Command> addFact(const Notebook& nb, IdSource& ids, EntityId peerId, FactCategory category, std::string text,
                        std::optional<CivilDate> learnedOn, std::string learnedWhere, std::optional<AnnualDate> date) {
    if (Status s = requirePeer(nb, peerId); !s) return s.error();
    Fact f{ids.next(), peerId, category, std::move(text), learnedOn, std::move(learnedWhere), date};
    // An important date says what was noted: "Added Birthday, 3 Dec 1979, for Maria Chen".
    const std::string what = f.date ? f.text + ", " + annualDateText(*f.date) + ", for " : std::string("a fact about ");
    return single(nb, "Added " + what + peerName(nb, peerId), std::nullopt, f);
}

Result<Command> addConnection(const Notebook& nb, IdSource& ids, EntityId peerId, std::string interest,
                              bool fromMyProfile, std::string note) {
    if (Status s = requirePeer(nb, peerId); !s) return s.error();
    Connection c{ids.next(), peerId, std::move(interest), fromMyProfile, std::move(note), {}};
    return single(nb, "Added a shared interest with " + peerName(nb, peerId), std::nullopt, c);
}

Result<Command> addBanterTopic(const Notebook& nb, IdSource& ids, EntityId peerId, std::string text) {
    if (Status s = requirePeer(nb, peerId); !s) return s.error();
    BanterTopic b{ids.next(), peerId, std::move(text), std::nullopt};
    return single(nb, "Added a banter topic for " + peerName(nb, peerId), std::nullopt, b);
}

Result<Command> markBanterUsed(const Notebook& nb, EntityId topicId, CivilDate date) {
    auto b = existing<BanterTopic>(nb, topicId);
    if (!b) return b.error();
    if (b.value().lastUsed == date) return makeError("Already marked used on " + date.toIso() + ".");
    BanterTopic after = b.value();
    after.lastUsed = date;
    return single(nb, "Used \"" + shortened(after.text) + "\" with " + peerName(nb, after.peerId), b.value(), after);
}

}  // namespace rapport
