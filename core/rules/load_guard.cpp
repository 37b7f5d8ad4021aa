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
    struct Candidate {
        SeriesLoad load;
        Interdependence interdependence;
        std::string name;
        Cadence cadence;
    };
    std::vector<Candidate> all;
    for (const auto& [id, s] : nb.all<OneOnOneSeries>()) {
        const Peer* p = nb.findPeer(s.peerId);
        if (!s.active || !p || p->archived) continue;
        SeriesLoad l{id, s.peerId, meetingsPerWeek(s.cadence), meetingsPerWeek(s.cadence) * s.durationMinutes};
        st.meetingsPerWeek += l.meetingsPerWeek;
        st.minutesPerWeek += l.minutesPerWeek;
        all.push_back({l, p->interdependence, p->name, s.cadence});
    }
    // A small tolerance: monthly 1:1s give fractional minutes.
    st.overBudget = st.minutesPerWeek > st.budgetMinutes + 1e-6;
    if (!st.overBudget) return st;
    std::sort(all.begin(), all.end(), [](const Candidate& a, const Candidate& b) {
        // Light (2) before Moderate (1) before Strong (0); then the heaviest; then by name for stability.
        if (a.interdependence != b.interdependence) return uint8_t(a.interdependence) > uint8_t(b.interdependence);
        if (a.load.minutesPerWeek != b.load.minutesPerWeek) return a.load.minutesPerWeek > b.load.minutesPerWeek;
        return a.name != b.name ? a.name < b.name : a.load.seriesId < b.load.seriesId;
    });
    st.warning = "1:1s take " + hours(st.minutesPerWeek) + " a week, over your " + hours(st.budgetMinutes) +
                 " budget. Meet less often with: ";
    bool first = true;
    for (const Candidate& c : all) {
        if (!lessOften(c.cadence)) continue;
        st.reduceFirst.push_back(c.load);
        if (!st.advice) {
            const Cadence to = *lessOften(c.cadence);
            st.advice = LoadAdvice{c.load.seriesId, to, "Make " + c.name.substr(0, c.name.find(' ')) + "'s 1:1s " + describe(to)};
        }
        if (st.reduceFirst.size() <= 3) {
            st.warning += (first ? "" : ", ") + c.name + " (" + describe(c.cadence) + ")";
            first = false;
        }
    }
    st.warning += first ? "nobody (every series is already at its least frequent)." : ".";
    return st;
}

}  // namespace rapport
