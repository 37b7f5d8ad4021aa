// The desktop's alarm for a 1:1 about to start: checks the notebook at most once per minute of the
// wall clock (and when the notebook changed), shows each due 1:1 once per run of the app, and tells the
// main loop how long it may sleep, so an idle app wakes only when an alarm falls due.
#pragma once

#include <cstdint>
#include <functional>
#include <optional>
#include <set>
#include <string>

#include "core/rules/meeting_alarms.h"

namespace rapport::ui {

class MeetingNotifier {
public:
    using Show = std::function<void(const std::string& title, const std::string& body)>;
    explicit MeetingNotifier(Show show) : m_show(std::move(show)) {}

    // Called once per frame: does the work only when the minute, the notebook or its revision changed.
    // `nowMs` is any steady millisecond count (SDL_GetTicks); `msIntoMinute` places it in the wall minute.
    void check(const Notebook& nb, uint64_t revision, LocalTime now, int32_t msIntoMinute, int64_t nowMs);
    // How long the loop may sleep before the next alarm is due (0: now); -1 when none is due within two
    // days of the last check (a change to the notebook checks again).
    int wakeInMs(int64_t nowMs) const;
    // How many notifications this run has shown.
    size_t shownCount() const { return m_shown.size(); }

private:
    Show m_show;
    std::set<std::string> m_shown;  // once per occurrence and run: a restart shows a due 1:1 again
    const Notebook* m_notebook = nullptr;
    uint64_t m_revision = 0;
    std::optional<int64_t> m_minute;  // the wall minute (days * 1440 + minute) last checked
    std::optional<int64_t> m_dueAtMs;  // steady time the next alarm falls due
};

}  // namespace rapport::ui
