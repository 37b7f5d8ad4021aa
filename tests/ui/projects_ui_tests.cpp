// The Projects board and a project's page in the real app: start a project, see its day count, move
// it through the phases, note an observation and a commitment.
#include "tests/ui/app_fixture.h"

using namespace rapport;
using test::AppOnFreshStore;

TEST_CASE("projects: start one from the board, open it, move phase, observe, commit", "[ui][projects]") {
    AppOnFreshStore app;
    const EntityId omar = app.seedPeer("Omar Haddad");
    app.open(ui::Page::Projects);
    app.imgui.type("Shared on-call rota", app.draw);  // the title field has the keyboard
    app.click("Omar Haddad");
    app.click("Start project");
    auto projects = app.all<JointProject>();
    REQUIRE(projects.size() == 1);
    const EntityId id = projects[0]->id;
    CHECK(projects[0]->peerIds == std::vector<EntityId>{omar});
    CHECK(projects[0]->phase == ProjectPhase::Explore);
    CHECK(app.imgui.shows("Shared on-call rota"));

    app.click("Shared on-call rota");
    REQUIRE(app.ui().route() == ui::Route{ui::Page::Project, id});
    app.click("converge");
    CHECK(app.notebook().find<JointProject>(id)->phase == ProjectPhase::Converge);

    app.click("Observation");
    app.typeAndEnter("Wants the numbers before the story");
    const JointProject* project = app.notebook().find<JointProject>(id);
    REQUIRE(project->observations.size() == 1);
    CHECK(project->observations[0].peerId == omar);

    app.click("Commitment");
    app.typeAndEnter("Draft the rota");
    const auto commitments = app.all<Commitment>();
    REQUIRE(commitments.size() == 1);
    CHECK(commitments[0]->origin == CommitmentOrigin::Project);
    CHECK(commitments[0]->originId == id);

    app.click("done");
    CHECK(app.notebook().find<JointProject>(id)->phase == ProjectPhase::Done);
    app.ui().undo();
    CHECK(app.notebook().find<JointProject>(id)->phase == ProjectPhase::Converge);
}
