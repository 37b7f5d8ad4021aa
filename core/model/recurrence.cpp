// Occurrence generation of 1:1 series. Weekly-style cadences step 7*N days from the first occurrence;
// monthly keeps the first occurrence's "n-th weekday of the month" (a 5th becomes "last").
#include "core/model/recurrence.h"

#include <algorithm>

namespace rapport {
namespace {

constexpr double kWeeksPerMonth = 52.0 / 12.0;

double weeksOf(const Cadence& c) {
    switch (c.kind) {
        case CadenceKind::Weekly: return 1;
        case CadenceKind::BiWeekly: return 2;
        case CadenceKind::Monthly: return kWeeksPerMonth;
        case CadenceKind::EveryNWeeks: return c.everyNWeeks;
    }
    return 2;
}

int32_t stepWeeks(const Cadence& c) {
    return c.kind == CadenceKind::Weekly ? 1 : c.kind == CadenceKind::BiWeekly ? 2 : c.everyNWeeks;
}

int32_t ordinalInMonth(CivilDate d) { return (d.day() - 1) / 7 + 1; }

}  // namespace

Cadence recommendedCadence(const Peer& p) {
    switch (p.interdependence) {
        case Interdependence::Strong: return Cadence{CadenceKind::Weekly, 1};
        case Interdependence::Moderate: return Cadence{CadenceKind::BiWeekly, 2};
        case Interdependence::Light: return Cadence{CadenceKind::Monthly, 4};
    }
    return Cadence{};
}

Weekday preferredWeekday(const Peer& p, const Settings& s) {
    switch (p.relationship) {
        case RelationshipKind::DirectReport: return s.directReportWeekday;
        case RelationshipKind::Peer: return s.peerWeekday;
        default: return s.otherWeekday;
    }
}

double meetingsPerWeek(const Cadence& c) { return 1.0 / weeksOf(c); }
int32_t cadenceDays(const Cadence& c) { return c.kind == CadenceKind::Monthly ? 30 : 7 * stepWeeks(c); }

std::optional<Cadence> moreOften(const Cadence& c) {
    const double w = weeksOf(c);
    if (w > kWeeksPerMonth) return Cadence{CadenceKind::Monthly, 4};
    if (w > 2) return Cadence{CadenceKind::BiWeekly, 2};
    if (w > 1) return Cadence{CadenceKind::Weekly, 1};
    return std::nullopt;
}

std::optional<Cadence> lessOften(const Cadence& c) {
    const double w = weeksOf(c);
    if (w < 2) return Cadence{CadenceKind::BiWeekly, 2};
    if (w < kWeeksPerMonth) return Cadence{CadenceKind::Monthly, 4};
    if (c.kind == CadenceKind::Monthly) return Cadence{CadenceKind::EveryNWeeks, 6};
    if (c.everyNWeeks >= 52) return std::nullopt;
    return Cadence{CadenceKind::EveryNWeeks, uint8_t(std::min(52, c.everyNWeeks + 2))};
}

std::string describe(const Cadence& c) {
    if (c.kind == CadenceKind::EveryNWeeks) return "every " + std::to_string(c.everyNWeeks) + " weeks";
    return label(c.kind);
}

CivilDate nthWeekdayOfMonth(int32_t year, int32_t month, Weekday w, int32_t n) {
    const CivilDate first = CivilDate::ymd(year, month, 1);
    const int32_t offset = (int32_t(w) - int32_t(first.weekday()) + 7) % 7;
    CivilDate d = first.addDays(offset + 7 * (std::min(n, 5) - 1));
    while (d.month() != month) d = d.addDays(-7);
    return d;
}

CivilDate firstOccurrence(const OneOnOneSeries& s) {
    const int32_t offset = (int32_t(s.weekday) - int32_t(s.start.weekday()) + 7) % 7;
    return s.start.addDays(offset);
}

std::vector<CivilDate> ruleOccurrences(const OneOnOneSeries& s, CivilDate from, CivilDate to) {
    std::vector<CivilDate> out;
    if (!s.active || to < from) return out;
    const CivilDate first = firstOccurrence(s);
    if (first > to) return out;
    if (s.cadence.kind == CadenceKind::Monthly) {
        const int32_t n = ordinalInMonth(first);
        // Month index relative to the first occurrence, starting at the one containing `from`.
        int32_t k = std::max(0, (from.year() - first.year()) * 12 + from.month() - first.month());
        for (;; ++k) {
            const CivilDate m = first.addMonths(k);
            const CivilDate d = k == 0 ? first : nthWeekdayOfMonth(m.year(), m.month(), s.weekday, n);
            if (d > to) break;
            if (d >= from) out.push_back(d);
        }
        return out;
    }
    const int32_t step = 7 * std::max(1, stepWeeks(s.cadence));
    int32_t k = from > first ? (first.daysUntil(from) + step - 1) / step : 0;
    for (CivilDate d = first.addDays(k * step); d <= to; d = d.addDays(step)) out.push_back(d);
    return out;
}

bool isRuleOccurrence(const OneOnOneSeries& s, CivilDate date) {
    auto v = ruleOccurrences(s, date, date);
    return !v.empty();
}

std::vector<Occurrence> occurrences(const OneOnOneSeries& s, CivilDate from, CivilDate to) {
    std::vector<Occurrence> out;
    for (CivilDate d : ruleOccurrences(s, from, to)) {
        auto it = std::find_if(s.changes.begin(), s.changes.end(), [d](const auto& c) { return c.original == d; });
        if (it == s.changes.end()) out.push_back({d, d});
    }
    for (const OccurrenceChange& c : s.changes) {
        if (c.movedTo && *c.movedTo >= from && *c.movedTo <= to && isRuleOccurrence(s, c.original)) {
            out.push_back({*c.movedTo, c.original});
        }
    }
    std::sort(out.begin(), out.end(), [](const Occurrence& a, const Occurrence& b) {
        return a.date != b.date ? a.date < b.date : a.original < b.original;
    });
    return out;
}

std::optional<Occurrence> nextOccurrence(const OneOnOneSeries& s, CivilDate onOrAfter) {
    // Probe in growing windows: a monthly series needs at most ~5 weeks, a 52-week one a year.
    for (int32_t span : {62, 400, 800}) {
        auto v = occurrences(s, onOrAfter, onOrAfter.addDays(span));
        if (!v.empty()) return v.front();
    }
    return std::nullopt;
}

bool isOnAgenda(const Meeting& m, const std::string& text) {
    return std::any_of(m.agenda.begin(), m.agenda.end(),
                       [&](const AgendaItem& a) { return a.status == AgendaStatus::Pending && a.text == text; });
}

const OneOnOneSeries* activeSeriesOf(const Notebook& nb, EntityId peerId) {
    for (const auto& [id, s] : nb.all<OneOnOneSeries>()) {
        if (s.peerId == peerId && s.active) return &s;
    }
    return nullptr;
}

bool heldInCurrentPeriod(const Notebook& nb, const OneOnOneSeries& s) {
    const DatedIds& meetings = nb.meetingsOfSeries(s.id);
    for (auto it = meetings.lower_bound({s.start.dayNumber(), 0}); it != meetings.end(); ++it) {
        const Meeting* m = nb.findMeeting(it->second);
        if (m && m->held) return true;
    }
    return false;
}

const Meeting* meetingOn(const Notebook& nb, EntityId peerId, CivilDate date) {
    const DatedIds& meetings = nb.meetingsOfPeer(peerId);
    const auto it = meetings.lower_bound({date.dayNumber(), 0});
    return it != meetings.end() && it->first == date.dayNumber() ? nb.findMeeting(it->second) : nullptr;
}

std::vector<AgendaItem> waitingCarryOver(const Notebook& nb, EntityId peerId, CivilDate date) {
    std::vector<AgendaItem> out;
    const DatedIds& meetings = nb.meetingsOfPeer(peerId);
    const Meeting* last = nullptr;
    for (auto it = meetings.lower_bound({date.dayNumber(), 0}); it != meetings.begin();) {
        const Meeting* m = nb.findMeeting((--it)->second);
        if (m && m->held) {
            last = m;
            break;
        }
    }
    if (!last) return out;
    for (const auto& [day, id] : meetings) {
        const Meeting* m = nb.findMeeting(id);
        if (!m || m->id == last->id || day < last->date.dayNumber()) continue;
        for (const AgendaItem& a : m->agenda) {
            if (a.carriedFrom == last->id) return out;  // already copied onto a later 1:1
        }
    }
    for (const AgendaItem& a : last->agenda) {
        if (a.status != AgendaStatus::CarriedOver) continue;
        AgendaItem copy = a;
        copy.status = AgendaStatus::Pending;
        copy.carriedFrom = last->id;
        out.push_back(copy);
    }
    return out;
}

std::optional<OneOnOneSlot> findOneOnOne(const Notebook& nb, EntityId peerId, CivilDate from, CivilDate to) {
    const DatedIds& meetings = nb.meetingsOfPeer(peerId);
    auto it = meetings.lower_bound({from.dayNumber(), 0});
    if (it != meetings.end() && it->first <= to.dayNumber()) {
        const Meeting* m = nb.findMeeting(it->second);
        return OneOnOneSlot{CivilDate::fromDayNumber(it->first), m ? m->seriesId : kNoId, it->second};
    }
    std::optional<OneOnOneSlot> best;
    // The peer's series through the referrer index (id order), not a scan of every series.
    for (const EntityId id : nb.referrersOf(peerId)) {
        const OneOnOneSeries* s = nb.kindOfId(id) == EntityKind::OneOnOneSeries ? nb.findSeries(id) : nullptr;
        if (!s || s->peerId != peerId || !s->active) continue;
        auto v = occurrences(*s, from, to);
        if (!v.empty() && (!best || v.front().date < best->date)) best = OneOnOneSlot{v.front().date, id, kNoId};
    }
    return best;
}

}  // namespace rapport
