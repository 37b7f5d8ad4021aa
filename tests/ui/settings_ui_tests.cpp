// The Settings page in the real app: fields typed or clicked are saved as settings, one undoable step each.
#include "tests/ui/app_fixture.h"

using namespace rapport;
using test::AppOnFreshStore;

TEST_CASE("settings: my name by keyboard, the dark theme by a click, undo and interests", "[ui][settings]") {
    AppOnFreshStore app;
    app.open(ui::Page::Settings);
    app.typeAndEnter("Alex Morgan");  // the name field has the keyboard when the page opens
    CHECK(app.notebook().settings().myName == "Alex Morgan");

    app.click("Dark");
    CHECK(app.notebook().settings().theme == 1);
    CHECK(app.notebook().settings().fontSize == 17);
    app.ui().undo();
    app.imgui.settle(app.draw);
    CHECK(app.notebook().settings().theme == 0);
    CHECK(app.notebook().settings().myName == "Alex Morgan");

    app.click("My interests");
    app.typeAndEnter("cycling,  jazz ,");
    CHECK(app.notebook().settings().myInterests == std::vector<std::string>{"cycling", "jazz"});
}
