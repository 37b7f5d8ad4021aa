// Counts over the current period of a series. Occurrences come from the series' rule (rules are stored,
// occurrences are derived), held 1:1s from the meetings index, trust from the peer's history.
#include "core/rules/series_review.h"

#include <algorithm>
#include <optional>
#include <set>
#include <string_view>
#include <unordered_set>

#include "core/model/recurrence.h"
#include "core/rules/load_guard.h"
#include "core/rules/peer_records.h"

namespace rapport {

namespace {

uint8_t trustAsOf(const Peer& p, CivilDate date) {
    uint8_t level = 1;
    for (const TrustRecord& r : p.trustHistory) {
        if (r.date <= date) level = r.level;
    }
    return level;
}

void count(KeptRatio& r, const Commitment& c, CivilDate from, CivilDate to) {
    if (c.isOpen()) {
        if (c.madeOn >= from && c.madeOn <= to) ++r.open;
        return;
    }
    if (!c.resolvedOn || *c.resolvedOn < from || *c.resolvedOn > to) return;
    if (c.status == CommitmentStatus::Kept) ++r.kept;
    else if (c.status == CommitmentStatus::KeptLate) ++r.keptLate;
    else if (c.status == CommitmentStatus::Missed) ++r.missed;
}

CadenceAdvice step(ReviewDecision decision, const Cadence& to, std::string reason) {
    return CadenceAdvice{decision, to, std::move(reason)};
}

std::string cadenceText(const Cadence& c) { return describe(c); }

}  // namespace

Result<ReviewContext> reviewContext(const Notebook& nb, EntityId seriesId, CivilDate today, const LoadStatus* load) {
    const OneOnOneSeries* s = nb.findSeries(seriesId);
    if (!s) return makeError("No such 1:1 series.");
    ReviewContext c;
    c.seriesId = s->id;
    c.peerId = s->peerId;
    c.from = s->start;
    c.to = today;
    std::set<CivilDate> heldOn;
    std::unordered_set<std::string_view> seen;  // texts owned by the notebook, unchanged during the call
    for (const auto& [day, id] : nb.meetingsOfSeries(s->id)) {
        const Meeting* m = nb.findMeeting(id);
        if (!m || !m->held || m->date < c.from || m->date > today) continue;
        ++c.held;
        heldOn.insert(m->date);
        for (const AgendaItem& item : m->agenda) {
            if (item.status == AgendaStatus::CarriedOver) ++c.carriedOver;
            if (item.status != AgendaStatus::Discussed || !seen.insert(item.text).second) continue;
            c.topics.push_back(item.text);
            ++c.topicsByTier[static_cast<int>(item.trust)];
        }
    }
    if (today > c.from) {
        for (const Occurrence& o : occurrences(*s, c.from, today.addDays(-1))) {
            ++c.planned;
            if (!heldOn.count(o.date)) ++c.missed;
        }
    }
    for (const OccurrenceChange& ch : s->changes) {
        if (!ch.movedTo && ch.original >= c.from && ch.original <= today && isRuleOccurrence(*s, ch.original)) {
            ++c.skipped;
            ++c.planned;
        }
    }
    if (const Peer* p = nb.findPeer(s->peerId)) {
        c.trustFrom = trustAsOf(*p, c.from);
        c.trustTo = trustAsOf(*p, today);
    }
    // The peer's own commitments from the notebook's index: This week draws a context per review due,
    // and a scan of every commitment for each made its frame after an edit 32 ms at the large set.
    for (const Commitment* commitment : recordsOf<Commitment>(nb, s->peerId)) {
        if (commitment->peerId != s->peerId) continue;
        count(commitment->direction == CommitmentDirection::MeToThem ? c.mine : c.theirs, *commitment, c.from, today);
    }
    c.advice = adviseCadence(nb, *s, c, load);
    return c;
}

CadenceAdvice adviseCadence(const Notebook& nb, const OneOnOneSeries& series, const ReviewContext& c,
                            const LoadStatus* load) {
    const Cadence now = series.cadence;
    const auto less = lessOften(now);
    const auto more = moreOften(now);
    const int32_t notHeld = c.skipped + c.missed;
    if (less && notHeld >= 2 && notHeld * 3 > c.planned) {
        return step(ReviewDecision::LessOften, *less,
                    std::to_string(notHeld) + " of " + std::to_string(c.planned) +
                        " planned 1:1s did not happen: meet " + cadenceText(*less) + " and keep to it.");
    }
    if (less) {
        std::optional<LoadStatus> computed;
        if (!load) load = &computed.emplace(loadStatus(nb));
        const bool reduce = std::any_of(load->reduceFirst.begin(), load->reduceFirst.end(),
                                        [&](const SeriesLoad& l) { return l.seriesId == series.id; });
        if (load->overBudget && reduce) {
            return step(ReviewDecision::LessOften, *less,
                        "1:1s are over your weekly budget and this one is among the first to reduce: " +
                            cadenceText(*less) + ".");
        }
    }
    if (more && c.held >= 2 && c.carriedOver >= c.held) {
        return step(ReviewDecision::MoreOften, *more,
                    std::to_string(c.carriedOver) + " items carried over in " + std::to_string(c.held) +
                        " 1:1s: the agenda needs more time, meet " + cadenceText(*more) + ".");
    }
    if (const Peer* p = nb.findPeer(series.peerId)) {
        const Cadence fits = recommendedCadence(*p);
        std::string why = std::string(label(p->interdependence)) + " interdependence suggests " + cadenceText(fits);
        why[0] = static_cast<char>(why[0] - 'a' + 'A');  // the labels are lower-case words
        if (meetingsPerWeek(fits) > meetingsPerWeek(now) + 1e-9 && more) {
            return step(ReviewDecision::MoreOften, *more, why + ": meet " + cadenceText(*more) + ".");
        }
        if (meetingsPerWeek(fits) < meetingsPerWeek(now) - 1e-9 && less) {
            return step(ReviewDecision::LessOften, *less, why + ": meet " + cadenceText(*less) + ".");
        }
    }
    return step(ReviewDecision::Keep, now,
                "Held " + std::to_string(c.held) + " of " + std::to_string(c.planned) + " planned: " +
                    cadenceText(now) + " still fits.");
}

}  // namespace rapport
