// The calendar does the alarms: each 1:1 at its series' real time and length with an alarm before it,
// the RRULE ending at the review, important dates yearly with an alarm the day before, follow-ups and
// due dates all day with a morning alarm, and UIDs that stay the same between exports and after edits.
#include <catch2/catch.hpp>

#include "core/interchange/ical_export.h"
#include "core/model/commands.h"
#include "tests/core/test_support.h"

using namespace rapport;
using namespace rapport::interchange;
using rapport::test::addPeerOk;
using rapport::test::applyOk;
using rapport::test::createdId;
using rapport::test::d;

namespace {

bool contains(const std::string& s, const std::string& part) { return s.find(part) != std::string::npos; }

std::vector<std::string> uids(const std::string& ics) {
    std::vector<std::string> out;
    for (size_t at = ics.find("\r\nUID:"); at != std::string::npos; at = ics.find("\r\nUID:", at + 1)) {
        out.push_back(ics.substr(at + 6, ics.find("\r\n", at + 2) - at - 6));
    }
    return out;
}

struct Calendar {
    Notebook nb;
    IdSource ids{1};
    EntityId ana = kNoId, ben = kNoId, series = kNoId;
    Calendar() {
        ana = addPeerOk(nb, ids, "Ana Lopez");
        ben = addPeerOk(nb, ids, "Ben Ode");
        const Cadence weekly{CadenceKind::Weekly, 1};
        series = createdId<OneOnOneSeries>(applyOk(nb, addSeries(nb, ids, ana, d(2026, 1, 1), weekly, std::nullopt, 45)));
        applyOk(nb, addSeries(nb, ids, ben, d(2026, 1, 2), weekly));
        applyOk(nb, addFact(nb, ids, ana, FactCategory::ImportantDate, "Birthday", std::nullopt, {}, AnnualDate{1980, 2, 29}));
        applyOk(nb, addFollowUp(nb, ids, ben, "about the offsite", d(2026, 1, 20), d(2026, 1, 6)));
        applyOk(nb, addCommitment(nb, ids, ben, CommitmentDirection::MeToThem, "the hiring plan", d(2026, 1, 6), d(2026, 1, 9)));
    }
};

}  // namespace

TEST_CASE("iCalendar: 1:1s at their own time and length, with an alarm and UNTIL at the review", "[interchange][ics]") {
    Calendar c;
    const std::string ics = exportICalendar(c.nb, IcsOptions{std::nullopt, 1'767'225'600'000});
    // Two peers on Thursday: laid out 14:00-14:45 and 14:45-15:15, not both at 09:00.
    CHECK(contains(ics, "DTSTART:20260101T140000\r\nDURATION:PT45M\r\nRRULE:FREQ=WEEKLY;INTERVAL=1;BYDAY=TH;UNTIL=20260401T235959\r\n"));
    CHECK(contains(ics, "DTSTART:20260108T144500\r\nDURATION:PT30M\r\n"));
    CHECK(contains(ics, "BEGIN:VALARM\r\nACTION:DISPLAY\r\nDESCRIPTION:1:1 with Ana Lopez\r\nTRIGGER:-PT10M\r\nEND:VALARM\r\n"));
    // The birthday every year from 1980, on the last day of February, alarmed at 09:00 the day before.
    CHECK(contains(ics, "DTSTART;VALUE=DATE:19800229\r\nDTEND;VALUE=DATE:19800301\r\nTRANSP:TRANSPARENT\r\n"
                        "RRULE:FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=-1\r\nSUMMARY:Ana Lopez's birthday\r\n"));
    CHECK(contains(ics, "TRIGGER:-PT15H\r\n"));
    // The follow-up and the due date, all day, alarmed at 09:00.
    CHECK(contains(ics, "DTSTART;VALUE=DATE:20260120\r\nDTEND;VALUE=DATE:20260121\r\nTRANSP:TRANSPARENT\r\n"
                        "SUMMARY:Ask Ben Ode about the offsite\r\nBEGIN:VALARM\r\nACTION:DISPLAY\r\n"));
    CHECK(contains(ics, "SUMMARY:Due to Ben Ode: the hiring plan\r\nBEGIN:VALARM\r\nACTION:DISPLAY\r\n"
                        "DESCRIPTION:Due to Ben Ode: the hiring plan\r\nTRIGGER:PT9H\r\n"));
    // The alarm follows the settings; --time puts every 1:1 at one time, as before.
    Settings st = c.nb.settings();
    st.alarmMinutesBefore = 5;
    applyOk(c.nb, saveSettings(c.nb, c.ids, st));
    CHECK(contains(exportICalendar(c.nb, {}), "TRIGGER:-PT5M\r\n"));
    CHECK(contains(exportICalendar(c.nb, IcsOptions{9 * 60, 0}), "DTSTART:20260101T090000\r\n"));
}

TEST_CASE("iCalendar: UIDs stay the same between exports, after an unrelated edit and a series change", "[interchange][ics]") {
    Calendar c;
    const std::string first = exportICalendar(c.nb, IcsOptions{std::nullopt, 1});
    CHECK(uids(first).size() == 5);
    CHECK(exportICalendar(c.nb, IcsOptions{std::nullopt, 1}) == first);
    applyOk(c.nb, renamePeer(c.nb, c.ben, "Ben Odede"));
    applyOk(c.nb, addFact(c.nb, c.ids, c.ben, FactCategory::Hobbies, "Sails", std::nullopt));
    const std::string edited = exportICalendar(c.nb, IcsOptions{std::nullopt, 2});
    CHECK(uids(edited) == uids(first));
    CHECK(contains(edited, "SUMMARY:1:1 with Ben Odede\r\n"));
    // A change mid-period keeps the first period's UID and adds one for the new period.
    applyOk(c.nb, changeSeries(c.nb, c.series, SeriesChange{std::nullopt, std::nullopt, 10 * 60, std::nullopt, 14 * 60}, d(2026, 2, 3)));
    const std::string changed = exportICalendar(c.nb, IcsOptions{std::nullopt, 3});
    const auto after = uids(changed);
    CHECK(after.size() == 6);
    CHECK(std::find(after.begin(), after.end(), uids(first).front()) != after.end());
    CHECK(contains(changed, "DTSTART:20260101T140000\r\nDURATION:PT45M\r\nRRULE:FREQ=WEEKLY;INTERVAL=1;BYDAY=TH;UNTIL=20260204T235959\r\n"));
    CHECK(contains(changed, "DTSTART:20260205T100000\r\nDURATION:PT45M\r\n"));
}
