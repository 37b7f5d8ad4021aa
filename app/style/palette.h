// The colours of the design system as plain sRGB values, with no ImGui, so a test can measure the
// contrast of every text colour against every surface it is drawn on (WCAG 2.x).
#pragma once

#include <cstdint>
#include <string>
#include <vector>

namespace rapport::ui::style {

struct Rgb {
    uint8_t r = 0, g = 0, b = 0;
};

// One theme. Text tones are meant for text; the rest are surfaces and lines.
struct Palette {
    // Surfaces: the page, a card (and fields), a button, a selected or hovered row.
    Rgb page, card, button, buttonHovered, selected, border;
    // Text tones. Amber (warning) means "needs attention", never "today" or "fine".
    Rgb text, muted, accent, success, warning, danger;
    // The strongest colour of a button that fills with the accent (the primary action), and its text.
    Rgb primary, onPrimary;
};

const Palette& lightPalette();
const Palette& darkPalette();

// WCAG 2.x contrast ratio of two opaque colours: 1 (same) to 21 (black on white).
double contrastRatio(Rgb a, Rgb b);

// A text tone drawn on a surface, named for messages ("muted on card").
struct TextPair {
    std::string name;
    Rgb text, surface;
};
// Every pair of text tone and surface the screens draw.
std::vector<TextPair> textPairs(const Palette& palette);

}  // namespace rapport::ui::style
