// Hostile text typed or pasted into the app's fields: huge names and notes, right-to-left scripts,
// combining marks, emoji, dates at the ends of the calendar. Each gives a clear message or is kept
// byte for byte, and no frame freezes.
#include "tests/hostile/hostile_fixture.h"

using namespace rapport;
using namespace rapport::test;

TEST_CASE("a pasted 10,000-character name is refused with the limit, in any script", "[hostile]") {
    HostileApp app;
    for (const std::string unit : {"a", "\xd9\x85", "\xf0\x9f\x99\x82"}) {  // Latin, Arabic meem, emoji
        app.replaceFocusedText(repeat(unit, 10'000));
        app.imgui.press(ImGuiKey_Enter, app.draw);
        app.imgui.settle(app.draw);
        INFO(app.status());
        CHECK(app.ui().statusIsError());
        CHECK(app.status().find("longer than 120 characters") != std::string::npos);
        CHECK(app.notebook().peers().empty());
    }
    app.checkFrames("paste 10,000-character names (3 scripts)");
}

TEST_CASE("a pasted 1 MB note is refused with the limit and the saved note stays", "[hostile]") {
    HostileApp app;
    const EntityId ana = app.seedPeer("Ana Lima");
    app.open(ui::Page::Peer, ana);
    app.click("Notes");
    app.paste(repeat("Ana said the launch slips a week. ", 1'000'000 / 34 + 1));  // ~1 MB, many lines
    app.imgui.settle(app.draw, 5);                                                // scrolling the big text
    app.click("Role");                                                             // leaving the field saves it
    INFO(app.status());
    CHECK(app.status().find("notes is longer than 20000 characters") != std::string::npos);
    CHECK(app.notebook().findPeer(ana)->notes.empty());
    app.checkFrames("paste a 1 MB note, edit, leave the field");
}

TEST_CASE("a 10,000-character search query finds nothing and does not freeze", "[hostile]") {
    HostileApp app;
    app.seedPeer("Maria Chen");
    app.open(ui::Page::ThisWeek);
    app.ctrlExtra(HeadlessImGui::kExtraKeys.k);
    app.paste(repeat("mar\xc3\xad", 2'500));  // "marí" x 2,500
    app.imgui.settle(app.draw, 3);
    CHECK_FALSE(app.imgui.shows("Maria Chen"));
    app.imgui.press(ImGuiKey_Escape, app.draw);
    app.checkFrames("search for a 10,000-character query");
}

TEST_CASE("right-to-left, combining and emoji names are kept byte for byte", "[hostile]") {
    const std::vector<std::string> names = {
        "\xd9\x85\xd8\xb1\xd9\x8a\xd9\x85 \xd8\xa7\xd9\x84\xd8\xad\xd8\xb3\xd9\x86",  // Arabic: Maryam al-Hassan
        "\xd7\xa9\xd7\xa8\xd7\x94 \xd7\x9b\xd7\x94\xd7\x9f",                          // Hebrew: Sarah Cohen
        "Zoe\xcc\x88 Ngu\xcc\x9b\xcc\x83 Ha\xcc\x81",                                  // combining diaeresis, horn, tilde, acute
        "\xf0\x9f\xa7\x91\xe2\x80\x8d\xf0\x9f\x92\xbb Dev \xf0\x9f\x91\xa9\xf0\x9f\x8f\xbd\xe2\x80\x8d\xf0\x9f\x9a\x80",  // ZWJ emoji
        "Ana \xe2\x80\xae" "evil.exe",                                                 // a right-to-left override
    };
    std::string dir;
    {
        HostileApp app;
        dir = app.dir;
        for (const auto& name : names) app.addPeerWithKeyboard(name);
        INFO(app.status());
        auto stored = peerNames(*app.app.notebookStore());
        std::sort(stored.begin(), stored.end());
        auto wanted = names;
        std::sort(wanted.begin(), wanted.end());
        CHECK(stored == wanted);
        for (const auto& name : names) CHECK(app.imgui.shows(name));
        // Filtering by a Hebrew word finds that peer only.
        // Into the filter (Tab from the add field now stops at "Add peer" first: every control is a Tab stop).
        REQUIRE(app.imgui.click("##filter", app.draw));
        app.paste("\xd7\x9b\xd7\x94\xd7\x9f");
        app.imgui.settle(app.draw);
        CHECK(app.imgui.shows(names[1]));
        CHECK_FALSE(app.imgui.shows(names[0]));
        app.checkFrames("add and filter RTL, combining, emoji names");
    }
    store::PosixMedium medium;
    FixedClock clock(1'764'000'000'000, CivilDate::fromDayNumber(20'416));
    auto reopened = openStore(medium, dir, clock);
    auto names2 = peerNames(*reopened);
    CHECK(names2.size() == names.size());
}

TEST_CASE("dates in year 1, 9999 and past the calendar are refused with a reason", "[hostile]") {
    HostileApp app;
    const EntityId ana = app.seedPeer("Ana Lima");
    app.open(ui::Page::Peer, ana);
    app.click("Add date we met");  // today, then typed over
    const auto before = app.notebook().findPeer(ana)->metOn;
    REQUIRE(before.has_value());
    for (const char* date : {"0001-01-01", "9999-12-31", "0000-00-00", "2024-02-30"}) {
        app.click("date we met");
        app.replaceFocusedText(date);
        app.imgui.press(ImGuiKey_Enter, app.draw);
        app.imgui.settle(app.draw);
        INFO(date << ": " << app.status());
        CHECK(app.notebook().findPeer(ana)->metOn == before);
    }
    // Year 1 and 9999 are real dates, so the notebook's own rule answers (and says its range).
    app.click("date we met");
    app.replaceFocusedText("9999-12-31");
    app.imgui.press(ImGuiKey_Enter, app.draw);
    app.imgui.settle(app.draw);
    CHECK(app.status().find("out of range (1900 to 2199)") != std::string::npos);
    app.checkFrames("dates in year 1 and 9999");
}
