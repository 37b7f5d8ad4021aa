// Filing a read capture line (capture_line.h): the one command it becomes, for quick capture (Ctrl+N) and
// for the capture line of live 1:1 mode alike.
#pragma once

#include "core/capture/capture_line.h"
#include "core/model/command.h"
#include "core/util/result.h"

namespace rapport {

// For whom, as what and where a line is filed.
struct CaptureTarget {
    EntityId peerId = kNoId;
    CaptureKind kind = CaptureKind::Fact;           // the reader's guess, or the user's choice
    FactCategory category = FactCategory::Other;    // for a fact
    EntityId meetingId = kNoId;                     // the 1:1 being held (live mode), else kNoId
    CivilDate today;
};

// The command that files `line` as `target` says: a fact (learned today; "at a 1:1" in live mode), a
// logged contact (note), a commitment (made in the 1:1 in live mode), an important date, or an insight
// or conflict kept in the 1:1 being held, else in the peer's latest 1:1 on or before today. Fails with
// the reader's problem when the kind is the one it read, with a builder's reason, or when an insight or
// conflict has no 1:1 to go in.
Result<Command> captureCommand(const Notebook& nb, IdSource& ids, const CaptureLine& line, const CaptureTarget& target);

}  // namespace rapport
