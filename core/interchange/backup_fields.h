// The JSON backup's named fields: every model type's list is the shared one (model/fields.h), so the
// backup writer, its strict reader and the binary format cannot drift apart. Settings has its own list
// here (its binary format is a hand-written serialize that grew by version): every field of it, so a
// backup restored on a new device gives back the same settings. The third argument is the Settings
// version that added the field; a backup written before it (format 1 or 2) may lack it and then
// leaves the default.
#pragma once

#include "core/model/entity.h"
#include "core/model/fields.h"

namespace rapport::interchange {

template <class V> void fields(V& v, Settings& x) {
    v("id", x.id); v("myName", x.myName); v("myInterests", x.myInterests);
    v("weeklyBudgetMinutes", x.weeklyBudgetMinutes); v("directReportWeekday", x.directReportWeekday);
    v("peerWeekday", x.peerWeekday); v("otherWeekday", x.otherWeekday); v("driftGraceDays", x.driftGraceDays);
    v("defaultMeetingMinutes", x.defaultMeetingMinutes); v("theme", x.theme); v("fontSize", x.fontSize);
    // Backup format 3: the fields of Settings versions 3 and 4.
    v("dateOrder", x.dateOrder, 3); v("directReportStartMinutes", x.directReportStartMinutes, 4);
    v("peerStartMinutes", x.peerStartMinutes, 4); v("reminderDays", x.reminderDays, 4);
    v("alarmMinutesBefore", x.alarmMinutesBefore, 4); v("dismissedReminders", x.dismissedReminders, 4);
}

// The backup's key for each entity kind, in EntityKind order (index = kind - 1).
constexpr const char* kBackupKindKeys[kEntityKindCount] = {
    "peers", "facts", "connections", "banterTopics", "projects", "commitments", "rituals",
    "series", "meetings", "previews", "journal", "interactions", "settings", "bankTopics", "followUps"};

}  // namespace rapport::interchange
