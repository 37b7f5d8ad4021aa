// Help > About: opens from the menu, names the version the packages carry, closes again.
#include "tests/ui/app_fixture.h"

#include "app/version.h"

using namespace rapport;
using test::AppOnFreshStore;

TEST_CASE("Help > About opens a dialog with the version, and Close closes it", "[ui][about]") {
    AppOnFreshStore app;
    CHECK_FALSE(app.imgui.shows("Close"));
    app.click("Help");
    app.click("About Rapport");
    app.imgui.settle(app.draw);
    CHECK(app.imgui.shows("Close"));
    // The dialog itself says which version this is: the one in CMakeLists.txt, the packages' names
    // and `rapport --version` (the package suite compares those).
    CHECK(app.imgui.shows(std::string("Rapport ") + kVersion));
    CHECK(std::string(kVersion).find('.') != std::string::npos);
    CHECK(app.app.describeForAutomation().find("\"version\":\"" + std::string(kVersion) + "\"") != std::string::npos);
    app.click("Close");
    app.imgui.settle(app.draw);
    CHECK_FALSE(app.imgui.shows("Close"));
    CHECK_FALSE(app.imgui.shows(std::string("Rapport ") + kVersion));
}
