// Exec-staff preview planning: for each peer on a preview, the 1:1 in the week before the staff meeting
// where it goes on the agenda, or a flag that there is none.
#pragma once

#include <optional>
#include <vector>

#include "core/model/notebook.h"
#include "core/model/recurrence.h"

namespace rapport {

struct PreviewPeerPlan {
    EntityId peerId = kNoId;
    PreviewStatus status = PreviewStatus::NotYet;
    std::optional<OneOnOneSlot> slot;  // the 1:1 in [staff - 7, staff - 1]
    bool onAgenda = false;             // the slot's meeting already lists the preview
    bool needsAttention() const { return status == PreviewStatus::NotYet && !slot; }  // no 1:1 that week
};

// The plan of one preview (empty for an unknown id).
std::vector<PreviewPeerPlan> previewPlan(const Notebook& nb, EntityId previewId);

// Where a preview stands on the 1:1 agendas: on how many it already is, and on how many more
// "Put on their 1:1 agendas" would put it now (not-yet-previewed peers with a 1:1 that week).
struct PreviewAgendas {
    int onAgendas = 0;
    int toAdd = 0;
};
PreviewAgendas previewAgendas(const std::vector<PreviewPeerPlan>& plan);

}  // namespace rapport
