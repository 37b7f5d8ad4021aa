// ChangeRecord: what one log record holds (one command the user did, undid or redid, stamped with an
// HLC and the device id), and the store-level snapshot state. Encoded with fixed-width fields around
// the model's own versioned cereal encoding (core/io/model_io.h).
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "core/model/command.h"
#include "core/model/notebook.h"
#include "core/store/hlc.h"
#include "core/store/open_profile.h"
#include "core/util/result.h"

namespace rapport::store {

// Version of the record and state layouts below; newer ones are refused, never misread.
constexpr uint8_t kChangeRecordVersion = 1;

enum class ChangeKind : uint8_t {
    edit = 1,  // a command the user ran
    undo = 2,  // the inverse of the edit stamped `ref`
    redo = 3,  // the edit stamped `ref`, again
};

struct ChangeRecord {
    ChangeKind kind = ChangeKind::edit;
    Hlc hlc = 0;
    uint64_t deviceId = 0;
    Hlc ref = 0;      // undo/redo: the HLC of the original edit; 0 for an edit
    Command command;  // exactly what was applied (for an undo: already inverted)
};

// Layout: u8 version | u8 kind | u64 hlc | u64 deviceId | u64 ref | u32 length + encodeCommand bytes.
std::string encodeChangeRecord(const ChangeRecord& r);
// Fails with a message on truncated or malformed bytes, an unknown kind or a newer version.
Result<ChangeRecord> decodeChangeRecord(std::string_view bytes);

// One undoable step: the original edit's HLC and its forward command.
struct UndoStep {
    Hlc hlc = 0;
    Command command;
};

// What a snapshot holds beyond the log: the notebook, the undo/redo stacks and the clock.
struct StoreState {
    Notebook notebook;
    std::vector<UndoStep> undo;  // oldest first
    std::vector<UndoStep> redo;  // next redo last
    Hlc lastHlc = 0;
};

// Layout: u8 version | u64 lastHlc | u32 length + encodeNotebook bytes | u32 n + n x (u64 hlc, u32
// length + command) for undo, then the same for redo.
std::string encodeStoreState(const StoreState& s);
// Fails with a message on any damage or a newer version (a checksummed snapshot rarely is).
// With `profile`, adds the time spent decoding and building the notebook to its phases.
Result<StoreState> decodeStoreState(std::string_view bytes, OpenProfile* profile = nullptr);

}  // namespace rapport::store
