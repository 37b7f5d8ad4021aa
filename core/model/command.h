// Command: one undoable user action as a list of full before/after entity images. Undo applies the
// inverse; a future multi-device merge can diff before/after per field without a format change.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "core/model/entity.h"

namespace rapport {

// Create: no before. Delete: no after. Update: both, with the same id and kind.
struct EntityChange {
    std::optional<Entity> before;
    std::optional<Entity> after;

    bool operator==(const EntityChange& o) const { return before == o.before && after == o.after; }
    bool operator!=(const EntityChange& o) const { return !(*this == o); }
};

struct Command {
    std::string label;  // what an Undo menu shows: "Add peer Maria Chen"
    std::vector<EntityChange> changes;

    bool operator==(const Command& o) const { return label == o.label && changes == o.changes; }
    bool operator!=(const Command& o) const { return !(*this == o); }
};

// The command that undoes c: before and after swapped, changes in reverse order; same label.
Command inverted(const Command& c);

}  // namespace rapport
