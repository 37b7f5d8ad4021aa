// Rebasing a command built against an older state of the notebook: the UI builds commands while it
// draws and applies them once the frame is drawn, so a second command of the same frame may carry a
// before image that an earlier one has already changed. Rebasing keeps both users' edits.
#pragma once

#include "core/model/command.h"
#include "core/model/notebook.h"

namespace rapport {

// `current` with the fields that `mine` changed from `base` (all three the same kind and id). Fields
// are the entity's tie() list; a list field changed on both sides keeps every element either side
// changed or appended (mine wins for an element both changed; an element both appended is kept once).
// Mismatched kinds return `mine`.
Entity mergeEdit(const Entity& base, const Entity& mine, const Entity& current);

// The command c with every stale before image replaced by the notebook's current entity and its after
// image merged onto it (mergeEdit). A change whose entity no longer exists, or that creates an id now
// taken, is left as it is, so apply() fails with its usual message. Same label.
Command rebased(const Notebook& nb, Command c);

}  // namespace rapport
