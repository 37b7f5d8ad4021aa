// The JSON backup's named fields: every model type's list is the shared one (model/fields.h), so the
// backup writer, its strict reader and the binary format cannot drift apart. Settings has its own list
// here: the backup does not carry the date order (Settings format 3), which stays on the device.
#pragma once

#include "core/model/entity.h"
#include "core/model/fields.h"

namespace rapport::interchange {

template <class V> void fields(V& v, Settings& x) {
    v("id", x.id); v("myName", x.myName); v("myInterests", x.myInterests);
    v("weeklyBudgetMinutes", x.weeklyBudgetMinutes); v("directReportWeekday", x.directReportWeekday);
    v("peerWeekday", x.peerWeekday); v("otherWeekday", x.otherWeekday); v("driftGraceDays", x.driftGraceDays);
    v("defaultMeetingMinutes", x.defaultMeetingMinutes); v("theme", x.theme); v("fontSize", x.fontSize);
}

// The backup's key for each entity kind, in EntityKind order (index = kind - 1).
constexpr const char* kBackupKindKeys[kEntityKindCount] = {
    "peers", "facts", "connections", "banterTopics", "projects", "commitments", "rituals",
    "series", "meetings", "previews", "journal", "interactions", "settings", "bankTopics", "followUps"};

}  // namespace rapport::interchange
