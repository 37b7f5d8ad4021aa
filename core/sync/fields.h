// Per-field access to an entity, by position in its tie() list, so sync can stamp, compare and copy
// single fields (last writer wins per field) without naming any entity type.
#pragma once

#include <cstddef>

#include "core/model/entity.h"

namespace rapport::sync {

// Number of fields of the entity's type (its tie() list, the id included at position 0).
size_t fieldCount(const Entity& e);
// Field i of a and b (same kind) is equal.
bool fieldEqual(const Entity& a, const Entity& b, size_t i);
// Sets field i of dst (same kind as src) to src's.
void copyField(Entity& dst, const Entity& src, size_t i);

}  // namespace rapport::sync
