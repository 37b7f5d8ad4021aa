// Desktop alarms for 1:1s with an injected wall clock: due exactly alarmMinutesBefore ahead and not a
// minute earlier or once started, moved and skipped occurrences, two at once, once per occurrence, the
// first agenda item in the text, and the minutes the app may sleep until the next one.
#include <catch2/catch.hpp>

#include "core/model/commands.h"
#include "core/rules/meeting_alarms.h"
#include "test_support.h"

using namespace rapport;
using rapport::test::addPeerOk;
using rapport::test::applyOk;
using rapport::test::createdId;
using rapport::test::d;

namespace {

const CivilDate kThursday = d(2026, 12, 3);

LocalTime at(CivilDate date, int32_t hour, int32_t minute) { return LocalTime{date, hour * 60 + minute}; }

// A weekly 30-minute series on Thursdays from 3 Dec 2026 at its own time.
EntityId weeklyAt(Notebook& nb, IdSource& ids, const std::string& name, int32_t startMinutes) {
    const EntityId peer = addPeerOk(nb, ids, name.c_str());
    const EntityId id = createdId<OneOnOneSeries>(applyOk(
        nb, addSeries(nb, ids, peer, kThursday, Cadence{CadenceKind::Weekly, 1}, Weekday::Thursday, 30)));
    OneOnOneSeries s = *nb.find<OneOnOneSeries>(id);
    s.startMinutes = startMinutes;
    applyOk(nb, updateEntity(nb, s, "time"));
    return id;
}

std::vector<std::string> titles(const Notebook& nb, LocalTime now, const std::set<std::string>& shown = {}) {
    std::vector<std::string> out;
    for (const MeetingAlarm& a : dueMeetingAlarms(nb, now, shown)) out.push_back(a.title);
    return out;
}

}  // namespace

TEST_CASE("a 1:1 at 14:00 notifies from 13:50, not at 13:49 and not once it started", "[rules][alarms]") {
    Notebook nb;
    IdSource ids(1);
    const EntityId id = weeklyAt(nb, ids, "Maria Chen", 14 * 60);
    CHECK(titles(nb, at(kThursday, 13, 49)).empty());
    CHECK(minutesUntilNextAlarm(nb, at(kThursday, 13, 49)) == 1);
    CHECK(minutesUntilNextAlarm(nb, at(kThursday, 9, 0)) == 4 * 60 + 50);

    const auto due = dueMeetingAlarms(nb, at(kThursday, 13, 50), {});
    REQUIRE(due.size() == 1);
    CHECK(due[0].title == "1:1 with Maria Chen in 10 minutes");
    CHECK(due[0].body == "14:00-14:30");
    CHECK(due[0].seriesId == id);
    CHECK(due[0].key == "1on1:" + std::to_string(id) + ":2026-12-03");
    // Opened late: the same 1:1, fewer minutes.
    CHECK(titles(nb, at(kThursday, 13, 59)) == std::vector<std::string>{"1:1 with Maria Chen in 1 minute"});
    CHECK(titles(nb, at(kThursday, 14, 0)).empty());
    CHECK(titles(nb, at(kThursday, 14, 10)).empty());
    // After this week's, the next alarm is next Thursday's.
    CHECK(minutesUntilNextAlarm(nb, at(kThursday, 14, 0)) == std::nullopt);  // more than two days away
    CHECK(minutesUntilNextAlarm(nb, at(d(2026, 12, 9), 14, 0)) == 24 * 60 - 10);
}

TEST_CASE("each occurrence notifies once: the keys already shown are left out", "[rules][alarms]") {
    Notebook nb;
    IdSource ids(1);
    const EntityId id = weeklyAt(nb, ids, "Maria Chen", 14 * 60);
    std::set<std::string> shown;
    for (const MeetingAlarm& a : dueMeetingAlarms(nb, at(kThursday, 13, 50), shown)) shown.insert(a.key);
    REQUIRE(shown.size() == 1);
    CHECK(dueMeetingAlarms(nb, at(kThursday, 13, 55), shown).empty());
    // Moved to 14:20 after its alarm: announced already, so no wake-up for it either.
    OneOnOneSeries later = *nb.find<OneOnOneSeries>(id);
    later.startMinutes = 14 * 60 + 20;
    applyOk(nb, updateEntity(nb, later, "time"));
    CHECK(minutesUntilNextAlarm(nb, at(kThursday, 13, 55)) == 15);
    CHECK(minutesUntilNextAlarm(nb, at(kThursday, 13, 55), shown) == std::nullopt);
    CHECK(dueMeetingAlarms(nb, at(kThursday, 14, 10), shown).empty());
    // Next week's occurrence has its own key.
    CHECK(titles(nb, at(d(2026, 12, 10), 14, 10), shown).size() == 1);
}

TEST_CASE("a moved occurrence notifies at its new day, a skipped one never", "[rules][alarms]") {
    Notebook nb;
    IdSource ids(1);
    const EntityId maria = weeklyAt(nb, ids, "Maria Chen", 14 * 60);
    const EntityId tom = weeklyAt(nb, ids, "Tom Berg", 16 * 60);
    applyOk(nb, rescheduleOccurrence(nb, maria, kThursday, d(2026, 12, 4)));
    applyOk(nb, skipOccurrence(nb, tom, kThursday));
    CHECK(titles(nb, at(kThursday, 13, 50)).empty());
    CHECK(titles(nb, at(kThursday, 15, 50)).empty());
    const auto moved = dueMeetingAlarms(nb, at(d(2026, 12, 4), 13, 50), {});
    REQUIRE(moved.size() == 1);
    CHECK(moved[0].date == d(2026, 12, 4));
    CHECK(moved[0].title == "1:1 with Maria Chen in 10 minutes");
    // Thursday morning: the next alarm is Friday's moved 1:1, not the skipped one.
    CHECK(minutesUntilNextAlarm(nb, at(kThursday, 13, 0)) == 24 * 60 + 50);
}

TEST_CASE("two 1:1s at the same time give two alarms; ended, archived and held ones none", "[rules][alarms]") {
    Notebook nb;
    IdSource ids(1);
    weeklyAt(nb, ids, "Maria Chen", 14 * 60);
    weeklyAt(nb, ids, "Ana Lopez", 14 * 60);
    const EntityId ended = weeklyAt(nb, ids, "Ben Ode", 14 * 60);
    const EntityId archived = weeklyAt(nb, ids, "Cy Park", 14 * 60);
    const EntityId held = weeklyAt(nb, ids, "Dee Rao", 14 * 60);
    applyOk(nb, endSeries(nb, ended, kThursday));
    Peer cy = *nb.findPeer(nb.find<OneOnOneSeries>(archived)->peerId);
    cy.archived = true;
    applyOk(nb, updateEntity(nb, cy, "archive"));
    // Dee's 1:1 was held in the morning.
    const EntityId deePeer = nb.find<OneOnOneSeries>(held)->peerId;
    const EntityId meeting = createdId<Meeting>(applyOk(nb, addMeeting(nb, ids, deePeer, kThursday, held)));
    applyOk(nb, finishMeeting(nb, ids, meeting));
    const auto due = titles(nb, at(kThursday, 13, 50));
    CHECK(due == std::vector<std::string>{"1:1 with Ana Lopez in 10 minutes", "1:1 with Maria Chen in 10 minutes"});
}

TEST_CASE("the text names the first carried-over or planned item of the 1:1", "[rules][alarms]") {
    Notebook nb;
    IdSource ids(1);
    const EntityId id = weeklyAt(nb, ids, "Maria Chen", 14 * 60);
    const EntityId peer = nb.find<OneOnOneSeries>(id)->peerId;
    const EntityId meeting = createdId<Meeting>(applyOk(nb, addMeeting(nb, ids, peer, kThursday, id)));
    applyOk(nb, addAgendaItem(nb, meeting, "Q1 budget", TrustTier::Low, AgendaKind::Update));
    applyOk(nb, addAgendaItem(nb, meeting, "Hiring plan", TrustTier::Low, AgendaKind::Update));
    const auto due = dueMeetingAlarms(nb, at(kThursday, 13, 50), {});
    REQUIRE(due.size() == 1);
    CHECK(due[0].body == "14:00-14:30 \xC2\xB7 First: Q1 budget");
}

TEST_CASE("alarms follow the setting, reach past midnight, and stop at 0", "[rules][alarms]") {
    Notebook nb;
    IdSource ids(1);
    weeklyAt(nb, ids, "Night Owl", 5);  // Thursdays at 00:05
    // Wednesday 23:58: Thursday's 00:05 is 7 minutes away.
    CHECK(titles(nb, at(d(2026, 12, 2), 23, 58)) == std::vector<std::string>{"1:1 with Night Owl in 7 minutes"});
    Settings st = nb.settings();
    st.alarmMinutesBefore = 30;
    applyOk(nb, saveSettings(nb, ids, st));
    CHECK(titles(nb, at(d(2026, 12, 2), 23, 35)) == std::vector<std::string>{"1:1 with Night Owl in 30 minutes"});
    CHECK(titles(nb, at(d(2026, 12, 2), 23, 34)).empty());
    st.alarmMinutesBefore = 0;
    applyOk(nb, saveSettings(nb, ids, st));
    CHECK(titles(nb, at(d(2026, 12, 3), 0, 4)).empty());
    CHECK(minutesUntilNextAlarm(nb, at(d(2026, 12, 2), 20, 0)) == std::nullopt);
}
