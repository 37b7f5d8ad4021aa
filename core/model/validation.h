// Field rules of every entity (what bad input is refused, with which message) and the references
// between entities.
// Notebook::apply runs these; command builders run them early for a precise message.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "core/model/entity.h"
#include "core/util/result.h"

namespace rapport {

// Limits shared by validation and the UI (to size its input fields).
constexpr size_t kMaxNameLength = 120;    // names, titles, tags, interests (bytes of UTF-8)
constexpr size_t kMaxTextLength = 20000;  // notes and free text
constexpr size_t kMaxListLength = 500;    // any list inside one entity
// Dates the notebook accepts (wide enough for birthdays of the oldest colleague and far plans).
CivilDate minNotebookDate();  // 1900-01-01
CivilDate maxNotebookDate();  // 2199-12-31

// A name after trimming spaces; fails when empty or longer than kMaxNameLength. `what` names the field
// in the message ("The peer's name is empty.").
Result<std::string> checkedName(std::string_view name, std::string_view what);

// Checks every field rule of an entity without looking at other entities; fails with the first broken
// rule, naming the entity and the field.
Status validate(const Entity& e);

// A strict reference from one entity to another: the target must exist with this kind, and it cannot be
// deleted while referenced.
struct Reference {
    EntityKind kind;
    EntityId id;
};
// The strict references held by e (ids of kNoId are left out).
std::vector<Reference> referencesOf(const Entity& e);

}  // namespace rapport
