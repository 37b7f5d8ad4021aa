// A conflict of the sync inbox in the user's words: which record, which field, the two values and the
// devices that wrote them (the conflicts view of Settings, Sync).
#pragma once

#include <string>

#include "core/model/notebook.h"
#include "core/sync/sync_state.h"

namespace rapport::ui {

struct ConflictText {
    std::string record;  // "Ana Lima (peer)"
    std::string field;   // "role" ("" for an edit met by a delete)
    std::string kept;    // the value the notebook has now ("" for a delete)
    std::string other;   // the value that lost
    std::string keptBy;  // "this device", "\"phone\""
    std::string otherBy;
};

ConflictText describeConflict(const sync::SyncState& s, const sync::Conflict& c);

}  // namespace rapport::ui
