// The theme's colours as values (app/style/palette.h, no ImGui and no core): every text tone reaches
// WCAG AA (4.5:1) on every surface it is drawn on, in the light and the dark theme.
#include <catch2/catch.hpp>

#include "app/style/palette.h"

using namespace rapport::ui::style;

TEST_CASE("contrast ratio follows WCAG 2.x", "[contrast]") {
    CHECK(contrastRatio(Rgb{0, 0, 0}, Rgb{255, 255, 255}) == Approx(21.0));
    CHECK(contrastRatio(Rgb{255, 255, 255}, Rgb{0, 0, 0}) == Approx(21.0));
    CHECK(contrastRatio(Rgb{120, 30, 200}, Rgb{120, 30, 200}) == Approx(1.0));
    // #777777 on white is the well-known near miss: 4.48:1.
    CHECK(contrastRatio(Rgb{0x77, 0x77, 0x77}, Rgb{255, 255, 255}) == Approx(4.48).epsilon(0.01));
}

TEST_CASE("every text tone reaches AA contrast on every surface, light and dark", "[contrast]") {
    for (const auto* palette : {&lightPalette(), &darkPalette()}) {
        const bool dark = palette == &darkPalette();
        const auto pairs = textPairs(*palette);
        CHECK(pairs.size() >= 18);  // six tones on three surfaces, and the buttons
        for (const TextPair& pair : pairs) {
            INFO((dark ? "dark: " : "light: ") << pair.name);
            CHECK(contrastRatio(pair.text, pair.surface) >= 4.5);
        }
    }
}

TEST_CASE("warning is not the accent: amber means needs attention, never today or fine", "[contrast]") {
    for (const auto* palette : {&lightPalette(), &darkPalette()}) {
        const Rgb a = palette->warning, b = palette->accent, c = palette->success;
        CHECK(contrastRatio(a, b) > 1.0);
        CHECK((a.r != b.r || a.g != b.g || a.b != b.b));
        CHECK((a.r != c.r || a.g != c.g || a.b != c.b));
        CHECK(a.r > a.b);  // warm: amber, not blue or green
    }
}
