// The desktop's 1:1 alarm between frames (app/meeting_notifier.h): one notification per occurrence,
// the notebook read once per wall-clock minute (or after a change), and the idle loop's wake-up time.
#include <catch2/catch.hpp>

#include "app/meeting_notifier.h"
#include "core/model/commands.h"
#include "tests/ui/app_fixture.h"

using namespace rapport;
using namespace rapport::test;

TEST_CASE("the alarm notifies once per 1:1, reads the notebook once a minute and wakes the idle loop", "[ui][alarms]") {
    AppOnFreshStore app;  // today: Mon 24 Nov 2025
    const EntityId maria = app.seedPeer("Maria Chen");
    const EntityId series = app.seed(addSeries(app.notebook(), app.ui().ids(), maria, app.today(),
                                               Cadence{CadenceKind::Weekly, 1}, Weekday::Monday, 30));
    OneOnOneSeries s = *app.notebook().find<OneOnOneSeries>(series);
    s.startMinutes = 14 * 60;
    app.seed(updateEntity(app.notebook(), s, "time"));

    std::vector<std::string> shown;
    ui::MeetingNotifier notifier([&](const std::string& title, const std::string& body) { shown.push_back(title + " | " + body); });
    CHECK(notifier.wakeInMs(0) == -1);  // nothing checked yet
    // 13:49:30: not yet; the loop may sleep until just after 13:50:00.
    notifier.check(app.notebook(), app.ui().revision(), LocalTime{app.today(), 13 * 60 + 49}, 30'000, 1'000);
    CHECK(shown.empty());
    CHECK(notifier.wakeInMs(1'000) == 30'050);
    CHECK(notifier.wakeInMs(40'000) == 0);  // overdue: draw now
    notifier.check(app.notebook(), app.ui().revision(), LocalTime{app.today(), 13 * 60 + 50}, 50, 31'050);
    REQUIRE(shown.size() == 1);
    CHECK(shown[0] == "1:1 with Maria Chen in 10 minutes | 14:00-14:30");
    // The same minute again, and the next minutes: no second notification for the same 1:1.
    notifier.check(app.notebook(), app.ui().revision(), LocalTime{app.today(), 13 * 60 + 50}, 900, 31'900);
    notifier.check(app.notebook(), app.ui().revision(), LocalTime{app.today(), 13 * 60 + 55}, 0, 331'000);
    CHECK(shown.size() == 1);
    CHECK(notifier.shownCount() == 1);
    // Next Monday's is more than two days away: the loop sleeps until an event.
    CHECK(notifier.wakeInMs(331'000) == -1);

    // A 1:1 moved to 14:20 today after its alarm: a change to the notebook is looked at within the
    // minute, but the occurrence has been announced already.
    s = *app.notebook().find<OneOnOneSeries>(series);
    s.startMinutes = 14 * 60 + 20;
    app.seed(updateEntity(app.notebook(), s, "time"));
    notifier.check(app.notebook(), app.ui().revision(), LocalTime{app.today(), 13 * 60 + 55}, 10, 331'010);
    CHECK(shown.size() == 1);
    CHECK(notifier.wakeInMs(331'010) == -1);
}
