// The desktop's 1:1 alarms between frames (see meeting_notifier.h).
#include "app/meeting_notifier.h"

#include <algorithm>
#include <limits>

namespace rapport::ui {

void MeetingNotifier::check(const Notebook& nb, uint64_t revision, LocalTime now, int32_t msIntoMinute, int64_t nowMs) {
    const int64_t minute = int64_t{now.date.dayNumber()} * 24 * 60 + now.minute;
    if (m_minute == minute && m_notebook == &nb && m_revision == revision) return;
    m_minute = minute;
    m_notebook = &nb;
    m_revision = revision;
    for (const MeetingAlarm& alarm : dueMeetingAlarms(nb, now, m_shown)) {
        m_shown.insert(alarm.key);
        m_show(alarm.title, alarm.body);
    }
    // Wake at the start of the minute the next alarm falls due (a little after, so that minute is read).
    m_dueAtMs.reset();
    if (const auto minutes = minutesUntilNextAlarm(nb, now, m_shown)) m_dueAtMs = nowMs + int64_t{*minutes} * 60000 - msIntoMinute + 50;
}

int MeetingNotifier::wakeInMs(int64_t nowMs) const {
    if (!m_dueAtMs) return -1;
    const int64_t left = std::max<int64_t>(0, *m_dueAtMs - nowMs);
    return static_cast<int>(std::min<int64_t>(left, std::numeric_limits<int>::max()));
}

}  // namespace rapport::ui
