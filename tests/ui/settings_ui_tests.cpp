// The Settings page in the real app: fields typed or clicked are saved as settings, one undoable step each.
#include "tests/ui/app_fixture.h"

#include "app/theme.h"

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
    CHECK(app.notebook().settings().theme == 2);  // the default: follow the system
    CHECK(app.notebook().settings().myName == "Alex Morgan");

    app.click("My interests");
    app.typeAndEnter("cycling,  jazz ,");
    CHECK(app.notebook().settings().myInterests == std::vector<std::string>{"cycling", "jazz"});
}

TEST_CASE("settings: the theme follows the system, or is chosen; text at 200%", "[ui][settings]") {
    AppOnFreshStore app;
    app.open(ui::Page::Settings);
    REQUIRE(app.notebook().settings().theme == 2);
    ui::setSystemPrefersDark(true);
    app.imgui.settle(app.draw);
    CHECK(ui::currentTheme() == ui::Theme::Dark);  // System follows the device
    ui::setSystemPrefersDark(false);
    app.imgui.settle(app.draw);
    CHECK(ui::currentTheme() == ui::Theme::Light);
    app.click("Dark");
    CHECK(app.notebook().settings().theme == 1);
    CHECK(ui::currentTheme() == ui::Theme::Dark);
    app.click("Light");
    CHECK(app.notebook().settings().theme == 0);
    CHECK(ui::currentTheme() == ui::Theme::Light);
    app.click("System");
    CHECK(app.notebook().settings().theme == 2);

    app.click("Largest (200%)");
    CHECK(app.notebook().settings().fontSize == 34);
    CHECK(app.app.wantedFontSize() == 34.0f);  // the frame loop rebuilds the fonts at this size
    app.click("Standard");
    CHECK(app.notebook().settings().fontSize == 17);
}
