// Last interaction, drift, review due and important-date queries.
#include "core/rules/relationships.h"

#include <algorithm>
#include <limits>
#include <unordered_map>

#include "core/model/recurrence.h"

namespace rapport {

namespace {

// Latest contact from logged interactions and held meetings (rituals are passed in: finding them
// means a pass over every ritual, which driftingPeers does once for all peers).
std::optional<CivilDate> lastContact(const Notebook& nb, EntityId peerId, CivilDate today,
                                     std::optional<CivilDate> lastRitual) {
    std::optional<CivilDate> best = lastRitual;
    auto consider = [&](CivilDate d) {
        if (d <= today && (!best || d > *best)) best = d;
    };
    const auto upTo = std::make_pair(today.dayNumber(), std::numeric_limits<EntityId>::max());
    const DatedIds& interactions = nb.interactionsOfPeer(peerId);
    auto it = interactions.upper_bound(upTo);
    if (it != interactions.begin()) consider(CivilDate::fromDayNumber(std::prev(it)->first));
    // Meetings: walk back from today to the latest held one (prepared ones are not contact yet).
    const DatedIds& meetings = nb.meetingsOfPeer(peerId);
    for (auto m = meetings.upper_bound(upTo); m != meetings.begin();) {
        --m;
        if (best && m->first <= best->dayNumber()) break;
        const Meeting* meeting = nb.findMeeting(m->second);
        if (meeting && meeting->held) {
            consider(meeting->date);
            break;
        }
    }
    return best;
}

// The latest "done" date of a ritual on or before today, for each participant: one pass.
std::unordered_map<EntityId, CivilDate> lastRitualByPeer(const Notebook& nb, CivilDate today) {
    std::unordered_map<EntityId, CivilDate> out;
    for (const auto& [id, r] : nb.all<Ritual>()) {
        if (!r.lastDone || *r.lastDone > today) continue;
        for (const EntityId peer : r.participants) {
            auto [it, inserted] = out.emplace(peer, *r.lastDone);
            if (!inserted && *r.lastDone > it->second) it->second = *r.lastDone;
        }
    }
    return out;
}

// The shortest cadence (days) of each peer's active series: one pass.
std::unordered_map<EntityId, int32_t> seriesDaysByPeer(const Notebook& nb) {
    std::unordered_map<EntityId, int32_t> out;
    for (const auto& [id, s] : nb.all<OneOnOneSeries>()) {
        if (!s.active) continue;
        const int32_t days = cadenceDays(s.cadence);
        auto [it, inserted] = out.emplace(s.peerId, days);
        if (!inserted) it->second = std::min(it->second, days);
    }
    return out;
}

int32_t gapDays(const Notebook& nb, const Peer& p, const std::unordered_map<EntityId, int32_t>& seriesDays) {
    const auto series = seriesDays.find(p.id);
    const int32_t gap = series != seriesDays.end() ? series->second : cadenceDays(recommendedCadence(p));
    return gap + nb.settings().driftGraceDays;
}

}  // namespace

std::optional<CivilDate> lastInteraction(const Notebook& nb, EntityId peerId, CivilDate today) {
    std::optional<CivilDate> ritual;
    for (const auto& [id, r] : nb.all<Ritual>()) {
        if (r.lastDone && *r.lastDone <= today && (!ritual || *r.lastDone > *ritual) &&
            std::find(r.participants.begin(), r.participants.end(), peerId) != r.participants.end()) {
            ritual = r.lastDone;
        }
    }
    return lastContact(nb, peerId, today, ritual);
}

int32_t allowedGapDays(const Notebook& nb, const Peer& p) { return gapDays(nb, p, seriesDaysByPeer(nb)); }

std::string driftText(const Drift& drift) {
    const std::string days = std::to_string(drift.daysSince) + (drift.daysSince == 1 ? " day" : " days");
    return drift.neverLogged ? "no contact yet (met " + days + " ago)" : days + " since last contact";
}

std::vector<Drift> driftingPeers(const Notebook& nb, CivilDate today) {
    // Rituals and series are indexed once here, so the cost grows with the data, not with its square.
    const auto rituals = lastRitualByPeer(nb, today);
    const auto seriesDays = seriesDaysByPeer(nb);
    std::vector<Drift> out;
    for (const auto& [id, p] : nb.peers()) {
        if (p.archived) continue;
        Drift d;
        d.peerId = id;
        const auto ritual = rituals.find(id);
        const auto last = lastContact(nb, id, today,
                                      ritual == rituals.end() ? std::nullopt : std::optional<CivilDate>(ritual->second));
        if (last) {
            d.since = *last;
        } else if (p.metOn && *p.metOn <= today) {
            d.since = *p.metOn;
            d.neverLogged = true;
        } else {
            continue;
        }
        d.daysSince = d.since.daysUntil(today);
        d.allowedDays = gapDays(nb, p, seriesDays);
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
    std::vector<UpcomingDate> out;
    for (const auto& [id, f] : nb.all<Fact>()) {
        if (!f.date || f.category != FactCategory::ImportantDate) continue;
        const Peer* p = nb.findPeer(f.peerId);
        if (!p || p->archived) continue;
        const CivilDate next = nextAnnualOccurrence(*f.date, from);
        if (from.daysUntil(next) >= days) continue;
        out.push_back(UpcomingDate{id, f.peerId, next, f.date->year ? next.year() - f.date->year : 0});
    }
    std::sort(out.begin(), out.end(), [](const UpcomingDate& a, const UpcomingDate& b) {
        return a.date != b.date ? a.date < b.date : a.factId < b.factId;
    });
    return out;
}

}  // namespace rapport
