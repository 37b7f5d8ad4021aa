// Internal helpers of the command builders (commands_*.cpp): checks that give the UI a precise message
// before apply(), and small constructors of changes.
#pragma once

#include <string>

#include "core/model/command.h"
#include "core/model/notebook.h"
#include "core/model/validation.h"

namespace rapport::detail {

// Fails unless every `after` of c passes validate() and its references resolve in nb or in c itself.
Status precheck(const Notebook& nb, const Command& c);

// A one-change command after precheck().
Result<Command> single(const Notebook& nb, std::string label, std::optional<Entity> before,
                       std::optional<Entity> after);

// The entity of type T with this id, or an Error "No such peer." naming the kind.
template <class T>
Result<T> existing(const Notebook& nb, EntityId id) {
    if (const T* x = nb.find<T>(id)) return *x;
    return makeError(std::string("No such ") + kindName(kindFor<T>()) + ".");
}

// Fails with "No such peer." unless the notebook has this peer.
Status requirePeer(const Notebook& nb, EntityId peerId);

// "Maria Chen", or "a peer" when the id is unknown (for labels).
std::string peerName(const Notebook& nb, EntityId peerId);

// The first `n` bytes of text with "..." when cut (for labels).
std::string shortened(const std::string& text, size_t n = 40);

}  // namespace rapport::detail
