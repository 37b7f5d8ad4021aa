// The design system in one place: the type scale (real font sizes, a bold weight for names and
// headings, from Debian's fonts-noto-core), spacing steps, and semantic colours for the light and dark
// themes (app/style/palette.h holds their values). Screens use these names, never raw colours or sizes.
#pragma once

#include <imgui.h>

#include <string>

#include "app/style/palette.h"

namespace rapport::ui {

// The type scale, relative to the body size the user chose in Settings.
enum class TextRole { Body, Caption, Strong, Heading, Title };
constexpr float kCaptionScale = 0.86f;
constexpr float kHeadingScale = 1.2f;
constexpr float kTitleScale = 1.5f;

// Spacing steps, in logical pixels: between parts of an item, items, blocks, and sections.
constexpr float kSpaceTight = 4.0f;
constexpr float kSpaceItem = 8.0f;
constexpr float kSpaceBlock = 14.0f;
constexpr float kSpaceSection = 24.0f;
// The smallest target a finger can hit.
constexpr float kTouchTarget = 44.0f;

// The UI fonts: Noto Sans regular (body, caption) and bold (names, headings, titles).
struct FontFiles {
    std::string regular;
    std::string bold;
    // Wide: every range colleagues' names come in (Latin Extended-B, Vietnamese, Greek, Cyrillic...).
    // Not wide: the Latin set the web page ships first (Latin-1, Latin Extended-A, punctuation,
    // currency, arrows, U+FFFD), a smaller download and a faster first atlas (app/CMakeLists.txt).
    bool wide = true;
};
// Loads every role's font at its size for a body of `bodyPixels` logical pixels, rasterised at
// `pixelRatio` (devicePixelRatio on the web, drawable/window on HiDPI desktops) so text stays sharp.
// Falls back to ImGui's built-in font and fills `error` when a file is missing or unreadable.
void loadFonts(const FontFiles& files, float bodyPixels, float pixelRatio, std::string& error);
// True when the atlas holds only the Latin set and `drawData` shows a character it lacks (drawn as
// U+FFFD, whose glyph only a missing character uses): time to load the wide set. One pass over the
// frame's vertices; false at once with the wide set.
bool drewMissingGlyph(const ImDrawData* drawData);
// The font of a role; ImGui's default font when none was loaded (headless tests).
ImFont* fontFor(TextRole role);

enum class Theme { Light, Dark };
// Settings::theme: 0 light, 1 dark, 2 follow the system (the OS or browser preference).
Theme resolveTheme(int choice, bool systemPrefersDark);
// What the system prefers (platform::systemPrefersDark, passed on by the frame loop; false in tests).
void setSystemPrefersDark(bool dark);
bool systemPrefersDarkTheme();

// Colours, spacing and rounding for every screen.
void applyTheme(Theme theme);
Theme currentTheme();
const style::Palette& currentPalette();

// Semantic colours of text. Warning (amber) means "needs attention"; accent marks links, today and
// the selected thing; success says "fine" or "done".
enum class Tone { Text, Muted, Accent, Success, Warning, Danger };
ImVec4 toneColor(Tone tone);
// The colour of links and highlights in the current theme (toneColor(Tone::Accent)).
ImVec4 accentColor();
// A surface colour as ImGui wants it.
ImVec4 toVec4(style::Rgb colour, float alpha = 1.0f);

}  // namespace rapport::ui
