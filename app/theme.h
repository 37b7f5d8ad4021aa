// The look of Rapport: calm light and dark themes and the UI font (Noto Sans from Debian's
// fonts-noto-core).
#pragma once

#include <imgui.h>

#include <string>

namespace rapport::ui {

// Loads the UI font at `sizePixels` logical pixels, rasterised at `pixelRatio` (devicePixelRatio on
// the web, drawable/window on HiDPI desktops) so text stays sharp. Falls back to ImGui's built-in
// font and fills `error` when the file is missing or unreadable.
void loadFonts(const std::string& fontPath, float sizePixels, float pixelRatio, std::string& error);

enum class Theme { Light, Dark };

// Colours, spacing and rounding for every screen.
void applyTheme(Theme theme);
Theme currentTheme();
// The colour of links and highlights in the current theme.
ImVec4 accentColor();

}  // namespace rapport::ui
