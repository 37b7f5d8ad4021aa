// Settings (a singleton: my profile and the knobs of the rules) and the user's topic bank entries.
#pragma once

#include <cstdint>
#include <string>
#include <tuple>
#include <vector>

#include "core/model/enums.h"
#include "core/model/ids.h"
#include "core/util/civil_date.h"
#include "core/util/date_parse.h"

namespace rapport {

struct Settings {
    EntityId id = kNoId;
    std::string myName;
    std::vector<std::string> myInterests;  // matched against facts to suggest connections
    int32_t weeklyBudgetMinutes = 300;     // load guard: 5 hours of 1:1s a week
    Weekday directReportWeekday = Weekday::Tuesday;
    Weekday peerWeekday = Weekday::Thursday;
    Weekday otherWeekday = Weekday::Thursday;  // managers and others
    int32_t driftGraceDays = 7;                // drift: no interaction for cadence + this
    int32_t defaultMeetingMinutes = 30;
    // How the app looks (format 2; a format-1 notebook loads with these defaults). The app applies them.
    static constexpr int32_t kMinFontSize = 12;
    static constexpr int32_t kMaxFontSize = 34;  // 200% of the default: readable for low vision
    static constexpr int32_t kDefaultFontSize = 17;
    // 0 light, 1 dark, 2 follow the system (the default; a value, not a format change: format 2 holds it)
    uint8_t theme = 2;
    int32_t fontSize = kDefaultFontSize;  // logical pixels of body text, kMinFontSize..kMaxFontSize
    // How typed numeric dates ("9/12") are read (format 3); unset refuses the ambiguous ones.
    DateOrder dateOrder = DateOrder::Unset;
    // Format 4: when the weekday blocks start (1:1s without their own time are laid out one after another
    // from there), how far ahead Coming up looks, the calendar alarm, and the reminders dismissed (keys
    // from rules/reminders.h, each ending with its day, so old ones are pruned).
    int32_t directReportStartMinutes = 9 * 60;
    int32_t peerStartMinutes = 14 * 60;  // peers and others
    int32_t reminderDays = 14;
    int32_t alarmMinutesBefore = 10;
    std::vector<std::string> dismissedReminders;

    auto tie() const {
        return std::tie(id, myName, myInterests, weeklyBudgetMinutes, directReportWeekday, peerWeekday, otherWeekday,
                        driftGraceDays, defaultMeetingMinutes, theme, fontSize, dateOrder, directReportStartMinutes,
                        peerStartMinutes, reminderDays, alarmMinutesBefore, dismissedReminders);
    }
    bool operator==(const Settings& o) const { return tie() == o.tie(); }
    bool operator!=(const Settings& o) const { return !(*this == o); }
};

// One agenda topic of the bank ("What would make our teams' hand-off smoother?").
struct BankTopic {
    EntityId id = kNoId;
    std::string text;
    TrustTier trust = TrustTier::Low;
    AgendaKind kind = AgendaKind::Update;

    auto tie() const { return std::tie(id, text, trust, kind); }
    bool operator==(const BankTopic& o) const { return tie() == o.tie(); }
    bool operator!=(const BankTopic& o) const { return !(*this == o); }
};

}  // namespace rapport
