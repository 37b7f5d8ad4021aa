// The two palettes. Chosen calm (few colours, soft surfaces) and checked by tests/ui/contrast_tests.cpp:
// every text tone reaches 4.5:1 on every surface it is drawn on.
#include "app/style/palette.h"

#include <algorithm>
#include <cmath>
#include <string>
#include <utility>

namespace rapport::ui::style {

namespace {

constexpr Rgb hex(uint32_t v) {
    return Rgb{static_cast<uint8_t>(v >> 16), static_cast<uint8_t>(v >> 8), static_cast<uint8_t>(v)};
}

double channel(uint8_t value) {
    const double c = value / 255.0;
    return c <= 0.04045 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
}

double luminance(Rgb c) { return 0.2126 * channel(c.r) + 0.7152 * channel(c.g) + 0.0722 * channel(c.b); }

}  // namespace

const Palette& lightPalette() {
    static const Palette kLight{
        hex(0xF6F6F4), hex(0xFFFFFF), hex(0xE3EAF3), hex(0xD3DEEC), hex(0xDCE6F2), hex(0xD4D4D0),
        hex(0x1F2328), hex(0x5B6068), hex(0x1D5FA6), hex(0x1C7438), hex(0x8A4B00), hex(0xB42318),
        hex(0x1D5FA6), hex(0xFFFFFF),
    };
    return kLight;
}

const Palette& darkPalette() {
    static const Palette kDark{
        hex(0x1B1D20), hex(0x24272B), hex(0x2E3742), hex(0x384556), hex(0x33404F), hex(0x3A3E44),
        hex(0xE6E8EB), hex(0xA9AFB7), hex(0x8AB8F0), hex(0x72C98E), hex(0xE9B44C), hex(0xF4938A),
        hex(0x8AB8F0), hex(0x10151B),
    };
    return kDark;
}

double contrastRatio(Rgb a, Rgb b) {
    const double la = luminance(a), lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

std::vector<TextPair> textPairs(const Palette& p) {
    const std::pair<const char*, Rgb> tones[] = {{"text", p.text},       {"muted", p.muted},     {"accent", p.accent},
                                                 {"success", p.success}, {"warning", p.warning}, {"danger", p.danger}};
    const std::pair<const char*, Rgb> surfaces[] = {{"page", p.page}, {"card", p.card}, {"selected row", p.selected}};
    std::vector<TextPair> pairs;
    for (const auto& tone : tones) {
        for (const auto& surface : surfaces) {
            pairs.push_back({std::string(tone.first) + " on " + surface.first, tone.second, surface.second});
        }
    }
    // Buttons carry body text; the primary button carries its own text colour.
    pairs.push_back({"text on button", p.text, p.button});
    pairs.push_back({"text on hovered button", p.text, p.buttonHovered});
    pairs.push_back({"text on primary button", p.onPrimary, p.primary});
    return pairs;
}

}  // namespace rapport::ui::style
