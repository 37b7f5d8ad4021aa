// Hidden benchmark ([.bench], run with `core_tests "[.bench]"`): the rules and the snapshot codec on a
// notebook of 1,000 peers, 1,000 series and 50,000 meetings. Prints timings; checks only sanity.
#include <catch2/catch.hpp>

#include <chrono>
#include <cstdio>

#include "core/io/model_io.h"
#include "core/rules/load_guard.h"
#include "core/rules/prep_card.h"
#include "core/rules/relationships.h"
#include "core/rules/week_plan.h"

using namespace rapport;

namespace {

template <class F>
double millis(F&& f) {
    const auto t0 = std::chrono::steady_clock::now();
    f();
    return std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0).count();
}

}  // namespace

TEST_CASE("rules at 1,000 peers and 50,000 meetings", "[.bench]") {
    std::vector<Entity> all;
    const CivilDate start = CivilDate::ymd(2020, 1, 6);
    for (EntityId i = 1; i <= 1000; ++i) {
        Peer p;
        p.id = i;
        p.name = "Peer " + std::to_string(i);
        p.interdependence = Interdependence(uint8_t(i % 3));
        all.push_back(p);
        OneOnOneSeries s;
        s.id = 100000 + i;
        s.peerId = i;
        s.cadence = Cadence{CadenceKind::Weekly, 1};
        s.weekday = Weekday(uint8_t(1 + i % 5));
        s.start = start;
        s.review = start.addMonths(3);
        all.push_back(s);
    }
    for (EntityId j = 0; j < 50000; ++j) {
        Meeting m;
        m.id = 1000000 + j;
        m.peerId = 1 + j % 1000;
        m.seriesId = 100000 + m.peerId;
        m.date = start.addDays(int32_t(7 * (j / 1000)));
        m.held = true;
        m.agenda.push_back(AgendaItem{"Item", TrustTier::Low, AgendaKind::Update, AgendaStatus::Discussed, 0, 0});
        m.notes = "Some notes about the meeting.";
        all.push_back(m);
    }
    Notebook nb;
    const double load = millis([&] { nb = Notebook::fromEntities(all).value(); });
    const CivilDate today = start.addDays(7 * 50);
    size_t n = 0;
    const double plan = millis([&] { n += weekPlan(nb, today).days[0].items.size(); });
    const double drift = millis([&] { n += driftingPeers(nb, today).size(); });
    const double card = millis([&] { n += prepCard(nb, 500, today).value().facts.size(); });
    const double guard = millis([&] { n += loadStatus(nb).reduceFirst.size(); });
    std::string bytes;
    const double enc = millis([&] { bytes = encodeNotebook(nb); });
    const double dec = millis([&] { n += decodeNotebook(bytes).ok(); });
    std::printf("fromEntities %.0f ms, weekPlan %.1f ms, drift %.1f ms, prepCard %.1f ms, loadStatus %.1f ms, "
                "encode %.0f ms, decode %.0f ms, snapshot %zu bytes\n",
                load, plan, drift, card, guard, enc, dec, bytes.size());
    CHECK(n > 0);
}
