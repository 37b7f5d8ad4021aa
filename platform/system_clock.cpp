// The real clock, the same on both targets: UTC milliseconds for change stamps, and today's date in
// the user's time zone (the browser's zone on the web) for every calendar rule.
#include <chrono>
#include <ctime>

#include "platform/platform.h"

namespace rapport::platform {
namespace {

class SystemClock final : public Clock {
public:
    int64_t unixMillis() const override {
        using namespace std::chrono;
        return duration_cast<milliseconds>(system_clock::now().time_since_epoch()).count();
    }
    CivilDate today() const override {
        const std::time_t now = std::time(nullptr);
        std::tm local{};
        localtime_r(&now, &local);
        // Days since 1970-01-01 of the local date: timegm of the local fields, divided by a day.
        const int64_t seconds = static_cast<int64_t>(timegm(&local));
        return CivilDate::fromDayNumber(static_cast<int32_t>(seconds / 86400 - (seconds % 86400 < 0 ? 1 : 0)));
    }
};

}  // namespace

const Clock& systemClock() {
    static const SystemClock clock;
    return clock;
}

LocalClockReading localClock() {
    using namespace std::chrono;
    const int64_t millis = duration_cast<milliseconds>(system_clock::now().time_since_epoch()).count();
    const std::time_t now = static_cast<std::time_t>(millis / 1000);
    std::tm local{};
    localtime_r(&now, &local);
    const int64_t seconds = static_cast<int64_t>(timegm(&local));
    LocalClockReading out;
    out.date = CivilDate::fromDayNumber(static_cast<int32_t>(seconds / 86400 - (seconds % 86400 < 0 ? 1 : 0)));
    out.minuteOfDay = local.tm_hour * 60 + local.tm_min;
    out.msIntoMinute = static_cast<int32_t>(local.tm_sec * 1000 + millis % 1000);
    return out;
}

}  // namespace rapport::platform
