// Coming up: the reminders This week and the prep card show before the moment, each with one action:
// important dates, follow-ups asked for, rituals due tomorrow, timeboxes ending, previews still owed to
// a peer the proposal depends on, commitments due today either way, relationships drifting. Dismissed
// ones (model/commands.h dismissReminder) are left out.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "core/model/notebook.h"

namespace rapport {

enum class ReminderKind : uint8_t { ImportantDate, FollowUp, Ritual, TimeboxEnding, PreviewOwed, CommitmentDue, Drift };

// The one-click action offered with a reminder (the UI names and runs it).
enum class ReminderAction : uint8_t {
    NoteCongratulation,  // a commitment to myself for the day ("Wish Maria a happy birthday")
    FollowUpDone,        // also offers "Snooze a week"
    RitualDone,          // marked done on its due day
    OpenProject,
    PutPreviewOnAgenda,  // onto the peer's last 1:1 before the staff meeting
    OpenPreviews,        // no 1:1 before the staff meeting: find time
    CommitmentKept,
    LogContact,          // "talked today"
};

struct Reminder {
    ReminderKind kind = ReminderKind::ImportantDate;
    ReminderAction action = ReminderAction::NoteCongratulation;
    CivilDate date;             // the day it is about
    int32_t daysAway = 0;       // negative when past (an overdue follow-up)
    EntityId peerId = kNoId;    // kNoId for a project with several peers
    EntityId entityId = kNoId;  // the fact, follow-up, ritual, project, preview, commitment or peer
    std::string key;            // stable per reminder and day, for dismissing ("date:<id>:2026-12-09")
    std::string text;           // "Maria Chen's birthday: 9 Dec, in 9 days, turns 47"
    std::string actionLabel;    // "Note to congratulate", "Done", ...
    bool actionDone = false;    // the action is already taken ("Noted"): the UI shows the state
};

// What Coming up shows on `today`, soonest first, dismissed ones left out. With a peer (the prep card),
// only theirs, and follow-ups due up to `until` (the 1:1's day) instead of tomorrow. Important dates look
// the settings' reminderDays ahead.
std::vector<Reminder> comingUp(const Notebook& nb, CivilDate today, EntityId peerId = kNoId,
                               std::optional<CivilDate> until = std::nullopt);

// A ritual's name: its title, else its kind ("Coffee before the meeting").
std::string ritualName(const Ritual& r);

// "Dismissed the reminder ..." wording: what a reminder is about in a few words ("Maria Chen's birthday").
std::string reminderSubject(const Reminder& r);

}  // namespace rapport
