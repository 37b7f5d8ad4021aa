// iCalendar writer: VEVENTs for series periods, rituals and commitment due dates.
#include "core/interchange/ical_export.h"

#include <cstdio>

#include "core/model/recurrence.h"

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

std::string ritualName(const Ritual& r) {
    static const char* kKinds[] = {"Coffee before the meeting", "Dinner after the offsite", "Quarterly reunion", "Ritual"};
    std::string name = !r.title.empty() ? r.title : kKinds[size_t(r.kind) <= 3 ? size_t(r.kind) : 3];
    if (!r.workEvent.empty()) name += " (" + r.workEvent + ")";
    return name;
}

// Accumulates folded content lines.
class Calendar {
public:
    void line(std::string_view name, std::string_view value) { m_out += foldIcsLine(std::string(name) + ":" + std::string(value)); }
    void text(std::string_view name, std::string_view value) { line(name, escapeIcsText(value)); }
    std::string take() { return std::move(m_out); }

private:
    std::string m_out;
};

std::string peerName(const Notebook& nb, EntityId id) {
    const Peer* p = nb.findPeer(id);
    return p ? p->name : "?";
}

// One period of a series: its rule as RRULE until the review (or the next period), skipped dates as
// EXDATE, then one override per moved occurrence.
void writePeriod(Calendar& cal, const Notebook& nb, const OneOnOneSeries& period, CivilDate until, size_t index,
                 const IcsOptions& o, const std::string& stamp) {
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
    cal.line("DTSTART", localTime(first, o.startMinutes));
    cal.line("DURATION", duration);
    cal.line("RRULE", rule);
    cal.text("SUMMARY", summary);
    cal.text("DESCRIPTION", describe(period.cadence) + " 1:1, review on " + period.review.toIso() + ".");
    for (const OccurrenceChange& c : period.changes) {
        if (c.original >= first && c.original <= until && isRuleOccurrence(period, c.original)) {
            // Skips are excluded; a move keeps its original date as the RECURRENCE-ID of an override below.
            if (!c.movedTo) cal.line("EXDATE", localTime(c.original, o.startMinutes));
        }
    }
    cal.line("END", "VEVENT");
    for (const OccurrenceChange& c : period.changes) {
        if (!c.movedTo || c.original < first || c.original > until || !isRuleOccurrence(period, c.original)) continue;
        cal.line("BEGIN", "VEVENT");
        cal.line("UID", uid);
        cal.line("DTSTAMP", stamp);
        cal.line("RECURRENCE-ID", localTime(c.original, o.startMinutes));
        cal.line("DTSTART", localTime(*c.movedTo, o.startMinutes));
        cal.line("DURATION", duration);
        cal.text("SUMMARY", summary + " (moved)");
        cal.line("END", "VEVENT");
    }
}

void writeSeries(Calendar& cal, const Notebook& nb, const OneOnOneSeries& s, const IcsOptions& o, const std::string& stamp) {
    for (size_t i = 0; i < s.history.size(); ++i) {
        const SeriesPeriod& h = s.history[i];
        OneOnOneSeries p = s;
        p.cadence = h.cadence;
        p.start = h.start;
        p.review = h.review;
        p.active = true;
        // A past period ran until the next one started (its decision could come after its review).
        const bool last = i + 1 == s.history.size();
        const CivilDate until = !last ? s.history[i + 1].start.addDays(-1) : s.active ? s.start.addDays(-1) : h.decidedOn;
        writePeriod(cal, nb, p, until, i, o, stamp);
    }
    if (s.active) writePeriod(cal, nb, s, s.review, s.history.size(), o, stamp);
}

void allDay(Calendar& cal, const std::string& uid, const std::string& stamp, CivilDate day) {
    cal.line("BEGIN", "VEVENT");
    cal.line("UID", uid);
    cal.line("DTSTAMP", stamp);
    cal.line("DTSTART;VALUE=DATE", basicDate(day));
    cal.line("DTEND;VALUE=DATE", basicDate(day.addDays(1)));
    cal.line("TRANSP", "TRANSPARENT");
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
    for (const auto& [id, s] : nb.all<OneOnOneSeries>()) writeSeries(cal, nb, s, o, stamp);
    for (const auto& [id, r] : nb.all<Ritual>()) {
        if (!r.nextDue) continue;
        allDay(cal, "ritual-" + hexId(id) + "@rapport", stamp, *r.nextDue);
        if (r.unit != RecurrenceUnit::None) {
            cal.line("RRULE", std::string(r.unit == RecurrenceUnit::Weeks ? "FREQ=WEEKLY" : "FREQ=MONTHLY") +
                                  ";INTERVAL=" + std::to_string(r.every));
        }
        std::string with;
        for (EntityId p : r.participants) with += (with.empty() ? "" : ", ") + peerName(nb, p);
        cal.text("SUMMARY", ritualName(r));
        cal.text("DESCRIPTION", "With " + with + ".");
        cal.line("END", "VEVENT");
    }
    for (const auto& [id, c] : nb.all<Commitment>()) {
        if (!c.due || !c.isOpen()) continue;
        allDay(cal, "commitment-" + hexId(id) + "@rapport", stamp, *c.due);
        const std::string who = peerName(nb, c.peerId);
        cal.text("SUMMARY", (c.direction == CommitmentDirection::MeToThem ? "Due to " + who + ": " : "Due from " + who + ": ") + c.text);
        cal.line("END", "VEVENT");
    }
    cal.line("END", "VCALENDAR");
    return cal.take();
}

}  // namespace rapport::interchange
