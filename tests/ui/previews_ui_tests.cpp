// The Previews page in the real app: add a preview, put it on the 1:1 agendas, warn about a peer with
// no 1:1 in the week before, record that a peer was previewed.
#include "tests/ui/app_fixture.h"

#include "core/rules/previews.h"

using namespace rapport;
using test::AppOnFreshStore;

TEST_CASE("previews: add, put on agendas, flag a peer with no 1:1, mark previewed", "[ui][previews]") {
    AppOnFreshStore app;
    const EntityId maria = app.seedPeer("Maria Chen");
    const EntityId omar = app.seedPeer("Omar Haddad");
    app.seed(addSeries(app.notebook(), app.ui().ids(), maria, app.today(), Cadence{CadenceKind::Weekly, 1}));
    const CivilDate staff = app.today().addDays(10);
    app.open(ui::Page::Previews);
    app.imgui.type("Merge the two support queues", app.draw);  // the proposal field has the keyboard
    app.click("staff meeting");
    app.imgui.type(staff.toIso(), app.draw);
    app.click("Maria Chen");
    app.click("Omar Haddad");
    app.click("Add preview");
    const auto previews = app.all<ExecPreview>();
    REQUIRE(previews.size() == 1);
    const EntityId id = previews[0]->id;
    CHECK(previews[0]->staffMeetingOn == staff);
    CHECK(previews[0]->peers.size() == 2);

    const auto plan = previewPlan(app.notebook(), id);
    for (const PreviewPeerPlan& p : plan) CHECK(p.needsAttention() == (p.peerId == omar));

    app.click("Put on their 1:1 agendas");
    bool onAgenda = false;
    for (const Meeting* m : app.all<Meeting>()) {
        for (const AgendaItem& item : m->agenda) onAgenda |= item.previewId == id && m->peerId == maria;
    }
    CHECK(onAgenda);

    app.click("previewed");  // the last row drawn: Omar's
    const ExecPreview* preview = app.notebook().find<ExecPreview>(id);
    int previewed = 0;
    for (const PreviewPeer& p : preview->peers) previewed += p.status == PreviewStatus::Previewed;
    CHECK(previewed == 1);
}
