// Load guard computation.
#include "core/rules/load_guard.h"

#include <algorithm>
#include <cstdio>

#include "core/model/recurrence.h"

namespace rapport {
namespace {

std::string hours(double minutes) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.1f h", minutes / 60.0);
    return buf;
}

}  // namespace

LoadStatus loadStatus(const Notebook& nb) {
    LoadStatus st;
    st.budgetMinutes = nb.settings().weeklyBudgetMinutes;
    // The sums run in series id order, as always (a double sum depends on its order); the peer of each
    // series is looked up only when over budget, where the advice needs its name and interdependence.
    const NotebookIndex& index = nb.rulesIndex();
    struct Candidate {
        SeriesLoad load;
        Cadence cadence;
        const Peer* peer;
        Interdependence interdependence;  // copied: the sort compares it often, the peers lie far apart
    };
    std::vector<Candidate> all;
    all.reserve(nb.all<OneOnOneSeries>().size());
    for (const auto& [id, s] : nb.all<OneOnOneSeries>()) {
        if (!s.active || !index.isActivePeer(s.peerId)) continue;
        SeriesLoad l{id, s.peerId, meetingsPerWeek(s.cadence), meetingsPerWeek(s.cadence) * s.durationMinutes};
        st.meetingsPerWeek += l.meetingsPerWeek;
        st.minutesPerWeek += l.minutesPerWeek;
        all.push_back({l, s.cadence, nullptr, Interdependence{}});
    }
    // A small tolerance: monthly 1:1s give fractional minutes.
    st.overBudget = st.minutesPerWeek > st.budgetMinutes + 1e-6;
    if (!st.overBudget) return st;
    for (Candidate& c : all) {
        c.peer = nb.findPeer(c.load.peerId);
        c.interdependence = c.peer->interdependence;
    }
    std::sort(all.begin(), all.end(), [](const Candidate& a, const Candidate& b) {
        // Light (2) before Moderate (1) before Strong (0); then the heaviest; then by name for stability.
        if (a.interdependence != b.interdependence) return uint8_t(a.interdependence) > uint8_t(b.interdependence);
        if (a.load.minutesPerWeek != b.load.minutesPerWeek) return a.load.minutesPerWeek > b.load.minutesPerWeek;
        const int byName = a.peer->name.compare(b.peer->name);
        return byName != 0 ? byName < 0 : a.load.seriesId < b.load.seriesId;
    });
    st.warning = "1:1s take " + hours(st.minutesPerWeek) + " a week, over your " + hours(st.budgetMinutes) +
                 " budget. Meet less often with: ";
    bool first = true;
    for (const Candidate& c : all) {
        if (!lessOften(c.cadence)) continue;
        st.reduceFirst.push_back(c.load);
        if (!st.advice) {
            const Cadence to = *lessOften(c.cadence);
            const std::string& name = c.peer->name;
            st.advice = LoadAdvice{c.load.seriesId, to, "Make " + name.substr(0, name.find(' ')) + "'s 1:1s " + describe(to)};
        }
        if (st.reduceFirst.size() <= 3) {
            st.warning += (first ? "" : ", ") + c.peer->name + " (" + describe(c.cadence) + ")";
            first = false;
        }
    }
    st.warning += first ? "nobody (every series is already at its least frequent)." : ".";
    return st;
}

}  // namespace rapport
