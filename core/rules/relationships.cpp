// Last interaction, drift, review due and important-date queries.
#include "core/rules/relationships.h"

#include <algorithm>
#include <limits>

#include "core/model/recurrence.h"

namespace rapport {

namespace {

// The latest contact day on or before today: held 1:1s, logged interactions and rituals done all land in
// one per-peer index (NotebookIndex::contactDaysOf), so this is one search.
std::optional<CivilDate> lastContact(const NotebookIndex& index, EntityId peerId, CivilDate today) {
    const Days& days = index.contactDaysOf(peerId);
    const auto it = std::upper_bound(days.begin(), days.end(), today.dayNumber());
    if (it == days.begin()) return std::nullopt;
    return CivilDate::fromDayNumber(*std::prev(it));
}

int32_t gapDays(const NotebookIndex& index, const Peer& p, int32_t graceDays) {
    const Days& cadences = index.activeCadencesOf(p.id);
    const int32_t gap = cadences.empty() ? cadenceDays(recommendedCadence(p)) : cadences.front();
    return gap + graceDays;
}

}  // namespace

std::optional<CivilDate> lastInteraction(const Notebook& nb, EntityId peerId, CivilDate today) {
    return lastContact(nb.rulesIndex(), peerId, today);
}

int32_t allowedGapDays(const Notebook& nb, const Peer& p) {
    return gapDays(nb.rulesIndex(), p, nb.settings().driftGraceDays);
}

std::string driftText(const Drift& drift) {
    const std::string days = std::to_string(drift.daysSince) + (drift.daysSince == 1 ? " day" : " days");
    return drift.neverLogged ? "no contact yet (met " + days + " ago)" : days + " since last contact";
}

std::vector<Drift> driftingPeers(const Notebook& nb, CivilDate today) {
    // Contact days and cadences are indexed per peer, so each peer costs a lookup, not a scan.
    const NotebookIndex& index = nb.rulesIndex();
    const int32_t grace = nb.settings().driftGraceDays;
    std::vector<Drift> out;
    for (const auto& [id, p] : nb.peers()) {
        if (p.archived) continue;
        Drift d;
        d.peerId = id;
        const auto last = lastContact(index, id, today);
        if (last) {
            d.since = *last;
        } else if (p.metOn && *p.metOn <= today) {
            d.since = *p.metOn;
            d.neverLogged = true;
        } else {
            continue;
        }
        d.daysSince = d.since.daysUntil(today);
        d.allowedDays = gapDays(index, p, grace);
        if (d.daysSince > d.allowedDays) out.push_back(d);
    }
    std::sort(out.begin(), out.end(), [](const Drift& a, const Drift& b) {
        const int32_t oa = a.daysSince - a.allowedDays, ob = b.daysSince - b.allowedDays;
        return oa != ob ? oa > ob : a.peerId < b.peerId;
    });
    return out;
}

std::vector<ReviewDue> seriesDueForReview(const Notebook& nb, CivilDate today) {
    std::vector<ReviewDue> out;
    for (const auto& [id, s] : nb.all<OneOnOneSeries>()) {
        if (!s.active || s.review > today) continue;
        const Peer* p = nb.findPeer(s.peerId);
        if (p && p->archived) continue;
        out.push_back(ReviewDue{id, s.peerId, s.review, s.review.daysUntil(today)});
    }
    std::sort(out.begin(), out.end(), [](const ReviewDue& a, const ReviewDue& b) {
        return a.daysOverdue != b.daysOverdue ? a.daysOverdue > b.daysOverdue : a.seriesId < b.seriesId;
    });
    return out;
}

CivilDate nextAnnualOccurrence(const AnnualDate& d, CivilDate from) {
    for (int32_t y = from.year();; ++y) {
        const int32_t day = std::min<int32_t>(d.day, daysInMonth(y, d.month));
        const CivilDate c = CivilDate::ymd(y, d.month, day);
        if (c >= from) return c;
    }
}

std::vector<UpcomingDate> upcomingImportantDates(const Notebook& nb, CivilDate from, int32_t days) {
    // Each day of the window looks up the facts on its month and day (on a month's last day also the
    // later days a shorter month folds onto it: Feb 29 on Feb 28), instead of every fact being tried.
    const DayKeyedIds& byDay = nb.rulesIndex().importantDatesByDay();
    std::vector<UpcomingDate> out;
    for (int32_t k = 0; k < days; ++k) {
        const CivilDate date = from.addDays(k);
        const int32_t year = date.year(), month = date.month(), day = date.day();
        const int32_t lastKey = NotebookIndex::annualKey(month, day == daysInMonth(year, month) ? 31 : day);
        for (auto it = byDay.lower_bound({NotebookIndex::annualKey(month, day), 0});
             it != byDay.end() && it->first <= lastKey; ++it) {
            const Fact* f = nb.find<Fact>(it->second);
            if (!f || !f->date || f->category != FactCategory::ImportantDate) continue;
            const Peer* p = nb.findPeer(f->peerId);
            if (!p || p->archived) continue;
            // The fact's next occurrence from `from` is this day (not a day in an earlier year's window).
            if (nextAnnualOccurrence(*f->date, from) != date) continue;
            out.push_back(UpcomingDate{f->id, f->peerId, date, f->date->year ? year - f->date->year : 0});
        }
    }
    std::sort(out.begin(), out.end(), [](const UpcomingDate& a, const UpcomingDate& b) {
        return a.date != b.date ? a.date < b.date : a.factId < b.factId;
    });
    return out;
}

}  // namespace rapport
