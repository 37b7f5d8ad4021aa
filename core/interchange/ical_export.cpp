// iCalendar writer: VEVENTs for series periods, important dates, rituals, follow-ups and commitment due
// dates, with VALARMs.
#include "core/interchange/ical_export.h"

#include <cstdio>

#include "core/model/important_dates.h"
#include "core/model/recurrence.h"
#include "core/rules/reminders.h"
#include "core/rules/series_layout.h"

namespace rapport::interchange {
namespace {

constexpr const char* kByDay[8] = {"", "MO", "TU", "WE", "TH", "FR", "SA", "SU"};

std::string hexId(EntityId id) {
    char buf[24];
    std::snprintf(buf, sizeof buf, "%016llx", static_cast<unsigned long long>(id));
    return buf;
}

std::string basicDate(CivilDate d) {
    char buf[16];
    std::snprintf(buf, sizeof buf, "%04d%02d%02d", int(d.year()), int(d.month()), int(d.day()));
    return buf;
}

std::string localTime(CivilDate d, int32_t minutes) {
    char buf[16];
    std::snprintf(buf, sizeof buf, "T%02d%02d00", int(minutes / 60 % 24), int(minutes % 60));
    return basicDate(d) + buf;
}

std::string utcStamp(int64_t millis) {
    const int64_t s = millis / 1000;
    char buf[16];
    std::snprintf(buf, sizeof buf, "T%02d%02d%02dZ", int(s % 86400 / 3600), int(s % 3600 / 60), int(s % 60));
    return basicDate(CivilDate::fromDayNumber(int32_t(s / 86400))) + buf;
}

// "Coffee before the meeting (staff meeting)".
std::string ritualWithEvent(const Ritual& r) {
    std::string name = ritualName(r);
    if (!r.workEvent.empty()) name += " (" + r.workEvent + ")";
    return name;
}

// Accumulates folded content lines.
class Calendar {
public:
    void line(std::string_view name, std::string_view value) { m_out += foldIcsLine(std::string(name) + ":" + std::string(value)); }
    void text(std::string_view name, std::string_view value) { line(name, escapeIcsText(value)); }
    // A display alarm at `trigger` (a duration relative to the event's start: "-PT10M", "PT9H").
    void alarm(const std::string& trigger, std::string_view description) {
        line("BEGIN", "VALARM");
        line("ACTION", "DISPLAY");
        text("DESCRIPTION", description);
        line("TRIGGER", trigger);
        line("END", "VALARM");
    }
    std::string take() { return std::move(m_out); }

private:
    std::string m_out;
};

std::string peerName(const Notebook& nb, EntityId id) {
    const Peer* p = nb.findPeer(id);
    return p ? p->name : "?";
}

// One period of a series: its rule as RRULE until the review (or the next period), at its time and
// length, an alarm before each, skipped dates as EXDATE, then one override per moved occurrence.
void writePeriod(Calendar& cal, const Notebook& nb, const OneOnOneSeries& period, CivilDate until, size_t index,
                 int32_t startMinutes, const std::string& stamp) {
    const CivilDate first = firstOccurrence(period);
    if (first > until) return;
    const std::string uid = "series-" + hexId(period.id) + "-" + std::to_string(index) + "@rapport";
    const std::string summary = "1:1 with " + peerName(nb, period.peerId);
    std::string rule;
    if (period.cadence.kind == CadenceKind::Monthly) {
        const int n = (first.day() - 1) / 7 + 1;
        rule = "FREQ=MONTHLY;INTERVAL=1;BYDAY=" + std::to_string(n == 5 ? -1 : n) + kByDay[int(period.weekday)];
    } else {
        const int weeks = period.cadence.kind == CadenceKind::Weekly ? 1 : period.cadence.kind == CadenceKind::BiWeekly ? 2 : period.cadence.everyNWeeks;
        rule = "FREQ=WEEKLY;INTERVAL=" + std::to_string(weeks) + ";BYDAY=" + kByDay[int(period.weekday)];
    }
    rule += ";UNTIL=" + basicDate(until) + "T235959";  // local, like DTSTART (RFC 5545 3.3.10)
    const std::string duration = "PT" + std::to_string(period.durationMinutes) + "M";
    cal.line("BEGIN", "VEVENT");
    cal.line("UID", uid);
    cal.line("DTSTAMP", stamp);
    cal.line("DTSTART", localTime(first, startMinutes));
    cal.line("DURATION", duration);
    cal.line("RRULE", rule);
    cal.text("SUMMARY", summary);
    cal.text("DESCRIPTION", describe(period.cadence) + " 1:1, review on " + period.review.toIso() + ".");
    const std::string alarm = "-PT" + std::to_string(nb.settings().alarmMinutesBefore) + "M";
    cal.alarm(alarm, summary);
    for (const OccurrenceChange& c : period.changes) {
        if (c.original >= first && c.original <= until && isRuleOccurrence(period, c.original)) {
            // Skips are excluded; a move keeps its original date as the RECURRENCE-ID of an override below.
            if (!c.movedTo) cal.line("EXDATE", localTime(c.original, startMinutes));
        }
    }
    cal.line("END", "VEVENT");
    for (const OccurrenceChange& c : period.changes) {
        if (!c.movedTo || c.original < first || c.original > until || !isRuleOccurrence(period, c.original)) continue;
        cal.line("BEGIN", "VEVENT");
        cal.line("UID", uid);
        cal.line("DTSTAMP", stamp);
        cal.line("RECURRENCE-ID", localTime(c.original, startMinutes));
        cal.line("DTSTART", localTime(*c.movedTo, startMinutes));
        cal.line("DURATION", duration);
        cal.text("SUMMARY", summary + " (moved)");
        cal.alarm(alarm, summary);
        cal.line("END", "VEVENT");
    }
}

void allDay(Calendar& cal, const std::string& uid, const std::string& stamp, CivilDate day) {
    cal.line("BEGIN", "VEVENT");
    cal.line("UID", uid);
    cal.line("DTSTAMP", stamp);
    cal.line("DTSTART;VALUE=DATE", basicDate(day));
    cal.line("DTEND;VALUE=DATE", basicDate(day.addDays(1)));
    cal.line("TRANSP", "TRANSPARENT");
}

void writeSeries(Calendar& cal, const Notebook& nb, const OneOnOneSeries& s, const SeriesTime& now, const IcsOptions& o,
                 const std::string& stamp) {
    for (size_t i = 0; i < s.history.size(); ++i) {
        const SeriesPeriod& h = s.history[i];
        OneOnOneSeries p = s;
        p.cadence = h.cadence;
        p.start = h.start;
        p.review = h.review;
        p.active = true;
        // Periods saved before series had times (or a weekday per period) take the series' own.
        if (h.weekday) p.weekday = *h.weekday;
        if (h.durationMinutes) p.durationMinutes = *h.durationMinutes;
        const int32_t at = o.startMinutes ? *o.startMinutes : h.startMinutes ? *h.startMinutes : now.startMinutes;
        // A past period ran until the next one started (its decision could come after its review).
        const bool last = i + 1 == s.history.size();
        const CivilDate until = !last ? s.history[i + 1].start.addDays(-1) : s.active ? s.start.addDays(-1) : h.decidedOn;
        writePeriod(cal, nb, p, until, i, at, stamp);
    }
    if (s.active) writePeriod(cal, nb, s, s.review, s.history.size(), o.startMinutes.value_or(now.startMinutes), stamp);
}

// An important date every year, all day, with an alarm at 09:00 the day before. A known year is the
// first occurrence (leap year 2000 otherwise); 29 February falls on the 28th in common years.
void writeImportantDate(Calendar& cal, const Notebook& nb, const Fact& f, const std::string& stamp) {
    const AnnualDate& d = *f.date;
    const int32_t year = d.year != 0 ? d.year : 2000;
    auto first = CivilDate::fromYmd(year, d.month, d.day);
    if (!first) return;  // validated dates always exist; nothing to write otherwise
    const Peer* p = nb.findPeer(f.peerId);
    const std::string whose = p ? p->name : "?";
    const std::string summary = isBirthday(f) ? whose + "'s birthday" : f.text + " (" + whose + ")";
    allDay(cal, "date-" + hexId(f.id) + "@rapport", stamp, first.value());
    const bool leapDay = d.month == 2 && d.day == 29;
    cal.line("RRULE", leapDay ? "FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=-1" : "FREQ=YEARLY");
    cal.text("SUMMARY", summary);
    if (d.year != 0) cal.text("DESCRIPTION", annualDateText(d) + ".");
    cal.alarm("-PT15H", summary + " tomorrow");
    cal.line("END", "VEVENT");
}


}  // namespace

std::string escapeIcsText(std::string_view text) {
    std::string out;
    for (size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (c == '\\' || c == ';' || c == ',') {
            out += '\\';
            out += c;
        } else if (c == '\n') {
            out += "\\n";
        } else if (c == '\r') {
            if (i + 1 >= text.size() || text[i + 1] != '\n') out += "\\n";
        } else if (static_cast<unsigned char>(c) >= 0x20 || c == '\t') {
            out += c;  // other control characters are not allowed in TEXT
        }
    }
    return out;
}

std::string foldIcsLine(std::string_view line) {
    std::string out;
    size_t limit = 75;
    while (line.size() > limit) {
        size_t cut = limit;
        // Never split a UTF-8 sequence: back up to the start of the character.
        while (cut > 0 && (static_cast<unsigned char>(line[cut]) & 0xC0) == 0x80) --cut;
        out.append(line.substr(0, cut));
        out += "\r\n ";
        line.remove_prefix(cut);
        limit = 74;  // continuation lines start with a space
    }
    out.append(line);
    out += "\r\n";
    return out;
}

std::string exportICalendar(const Notebook& nb, const IcsOptions& o) {
    Calendar cal;
    const std::string stamp = utcStamp(o.nowMillis);
    cal.line("BEGIN", "VCALENDAR");
    cal.line("VERSION", "2.0");
    cal.line("PRODID", "-//Rapport//Rapport notebook//EN");
    cal.line("CALSCALE", "GREGORIAN");
    cal.line("METHOD", "PUBLISH");
    cal.line("X-WR-CALNAME", "Rapport");
    const auto times = seriesTimes(nb);
    for (const auto& [id, s] : nb.all<OneOnOneSeries>()) writeSeries(cal, nb, s, times.at(id), o, stamp);
    for (const auto& [id, f] : nb.all<Fact>()) {
        const Peer* p = nb.findPeer(f.peerId);
        if (isImportantDate(f) && p && !p->archived) writeImportantDate(cal, nb, f, stamp);
    }
    for (const auto& [id, r] : nb.all<Ritual>()) {
        if (!r.nextDue) continue;
        allDay(cal, "ritual-" + hexId(id) + "@rapport", stamp, *r.nextDue);
        if (r.unit != RecurrenceUnit::None) {
            cal.line("RRULE", std::string(r.unit == RecurrenceUnit::Weeks ? "FREQ=WEEKLY" : "FREQ=MONTHLY") +
                                  ";INTERVAL=" + std::to_string(r.every));
        }
        std::string with;
        for (EntityId p : r.participants) with += (with.empty() ? "" : ", ") + peerName(nb, p);
        cal.text("SUMMARY", ritualWithEvent(r));
        cal.text("DESCRIPTION", "With " + with + ".");
        cal.line("END", "VEVENT");
    }
    for (const auto& [id, c] : nb.all<Commitment>()) {
        if (!c.due || !c.isOpen()) continue;
        allDay(cal, "commitment-" + hexId(id) + "@rapport", stamp, *c.due);
        const std::string who = peerName(nb, c.peerId);
        const std::string summary =
            (c.direction == CommitmentDirection::MeToThem ? "Due to " + who + ": " : "Due from " + who + ": ") + c.text;
        cal.text("SUMMARY", summary);
        cal.alarm("PT9H", summary);  // 09:00 that morning
        cal.line("END", "VEVENT");
    }
    for (const auto& [id, f] : nb.all<FollowUp>()) {
        if (!f.isOpen()) continue;
        allDay(cal, "followup-" + hexId(id) + "@rapport", stamp, f.due);
        const std::string summary = "Ask " + peerName(nb, f.peerId) + " " + f.text;
        cal.text("SUMMARY", summary);
        cal.alarm("PT9H", summary);
        cal.line("END", "VEVENT");
    }
    cal.line("END", "VCALENDAR");
    return cal.take();
}

}  // namespace rapport::interchange
