// Theme and fonts. Glyph ranges cover the languages colleagues' names come in (Latin with accents,
// Greek, Cyrillic, punctuation such as smart quotes and the euro sign), not only ImGui's default Latin-1;
// the web page starts with the Latin set and loads the wide one when a frame needs it.
#include "app/theme.h"

#include <imgui.h>

#include <algorithm>
#include <cstdio>

namespace rapport::ui {

namespace {

// Keep both lists in step with the subsets of the web build (app/CMakeLists.txt).
const ImWchar* latinGlyphRanges() {
    static const ImWchar kRanges[] = {
        0x0020, 0x017F,  // Basic Latin, Latin-1, Latin Extended-A
        0x2000, 0x206F,  // General Punctuation
        0x20A0, 0x20CF,  // currency signs
        0x2190, 0x21FF,  // arrows
        0xFFFD, 0xFFFD,  // the replacement character: what a missing glyph is drawn as (drewMissingGlyph)
        0,
    };
    return kRanges;
}

const ImWchar* wideGlyphRanges() {
    static const ImWchar kRanges[] = {
        0x0020, 0x024F,  // Basic Latin, Latin-1, Latin Extended-A and -B
        0x0300, 0x036F,  // combining diacritical marks
        0x0370, 0x03FF,  // Greek
        0x0400, 0x052F,  // Cyrillic and its supplement
        0x1E00, 0x1EFF,  // Latin Extended Additional (Vietnamese)
        0x2000, 0x206F,  // General Punctuation: dashes, smart quotes, ellipsis
        0x20A0, 0x20CF,  // currency signs
        0x2100, 0x214F,  // letterlike symbols (No, TM)
        0x2190, 0x21FF,  // arrows
        0,
    };
    return kRanges;
}

bool fileReadable(const std::string& path) {
    if (FILE* f = std::fopen(path.c_str(), "rb")) {
        std::fclose(f);
        return true;
    }
    return false;
}

constexpr int kRoles = 5;
ImFont* g_fonts[kRoles] = {};
bool g_latinOnly = false;  // the atlas holds the Latin set only (FontFiles::wide false)

float roleScale(TextRole role) {
    switch (role) {
        case TextRole::Caption: return kCaptionScale;
        case TextRole::Heading: return kHeadingScale;
        case TextRole::Title: return kTitleScale;
        default: return 1.0f;
    }
}

bool roleIsBold(TextRole role) { return role == TextRole::Strong || role == TextRole::Heading || role == TextRole::Title; }

}  // namespace

void loadFonts(const FontFiles& files, float bodyPixels, float pixelRatio, std::string& error) {
    ImGuiIO& io = ImGui::GetIO();
    io.Fonts->Clear();
    // Past 2x the eye cannot tell, and five sizes of ~1,300 glyphs at 3x (or at 200% text) would make
    // an atlas too big for a phone's GPU: raster at most 2x, and no glyph taller than 64 device pixels.
    float ratio = std::min(pixelRatio > 0.5f ? pixelRatio : 1.0f, 2.0f);
    ratio = std::max(1.0f, std::min(ratio, 64.0f / (bodyPixels * kTitleScale)));
    const bool haveFiles = fileReadable(files.regular) && fileReadable(files.bold);
    bool loaded = haveFiles;
    // Body first: the atlas's first font is ImGui's default.
    for (int i = 0; i < kRoles && haveFiles; ++i) {
        const TextRole role = static_cast<TextRole>(i);
        const float pixels = bodyPixels * roleScale(role) * ratio;
        ImFontConfig config;
        config.OversampleH = pixels < 24.0f ? 2 : 1;  // big glyphs gain nothing from oversampling
        config.OversampleV = 1;
        const std::string& path = roleIsBold(role) ? files.bold : files.regular;
        g_fonts[i] = io.Fonts->AddFontFromFileTTF(path.c_str(), pixels, &config,
                                                  files.wide ? wideGlyphRanges() : latinGlyphRanges());
        loaded = loaded && g_fonts[i];
    }
    if (!loaded) {
        error = "The UI fonts " + files.regular + " and " + files.bold + " could not be loaded; using the built-in font.";
        io.Fonts->Clear();
        ImFontConfig config;
        config.SizePixels = 13.0f * ratio;
        ImFont* fallback = io.Fonts->AddFontDefault(&config);
        std::fill(std::begin(g_fonts), std::end(g_fonts), fallback);
    }
    g_latinOnly = loaded && !files.wide;
    // Glyphs are rasterised at device pixels, then drawn at logical size.
    io.FontGlobalScale = 1.0f / ratio;
}

bool drewMissingGlyph(const ImDrawData* drawData) {
    const ImFontAtlas* atlas = ImGui::GetIO().Fonts;
    if (!g_latinOnly || !drawData || !atlas->IsBuilt()) return false;
    // A glyph's quad starts at its top-left texture coordinate; the replacement glyph's is its own.
    ImVec2 fallback[kRoles];
    int count = 0;
    for (const ImFont* font : atlas->Fonts) {
        if (count < kRoles && font->FallbackChar == 0xFFFD && font->FallbackGlyph) {
            fallback[count++] = ImVec2(font->FallbackGlyph->U0, font->FallbackGlyph->V0);
        }
    }
    for (int l = 0; l < drawData->CmdListsCount; ++l) {
        for (const ImDrawVert& v : drawData->CmdLists[l]->VtxBuffer) {
            for (int f = 0; f < count; ++f) {
                if (v.uv.x == fallback[f].x && v.uv.y == fallback[f].y) return true;
            }
        }
    }
    return false;
}

ImFont* fontFor(TextRole role) {
    ImFont* font = g_fonts[static_cast<int>(role)];
    // Only a font of the current atlas: a test may have loaded them into a context since destroyed.
    // Pointers are compared, never followed.
    for (ImFont* loaded : ImGui::GetIO().Fonts->Fonts) {
        if (loaded == font) return font;
    }
    return ImGui::GetFont();
}

namespace {
Theme g_theme = Theme::Light;
bool g_systemDark = false;
}

void setSystemPrefersDark(bool dark) { g_systemDark = dark; }
bool systemPrefersDarkTheme() { return g_systemDark; }

Theme resolveTheme(int choice, bool systemPrefersDark) {
    if (choice == 1) return Theme::Dark;
    if (choice == 2) return systemPrefersDark ? Theme::Dark : Theme::Light;
    return Theme::Light;
}

Theme currentTheme() { return g_theme; }

const style::Palette& currentPalette() { return g_theme == Theme::Dark ? style::darkPalette() : style::lightPalette(); }

ImVec4 toVec4(style::Rgb c, float alpha) { return ImVec4(c.r / 255.0f, c.g / 255.0f, c.b / 255.0f, alpha); }

ImVec4 toneColor(Tone tone) {
    const style::Palette& p = currentPalette();
    switch (tone) {
        case Tone::Muted: return toVec4(p.muted);
        case Tone::Accent: return toVec4(p.accent);
        case Tone::Success: return toVec4(p.success);
        case Tone::Warning: return toVec4(p.warning);
        case Tone::Danger: return toVec4(p.danger);
        default: return toVec4(p.text);
    }
}

ImVec4 accentColor() { return toneColor(Tone::Accent); }

void applyTheme(Theme theme) {
    g_theme = theme;
    ImGuiStyle& style = ImGui::GetStyle();
    if (theme == Theme::Dark) ImGui::StyleColorsDark();
    else ImGui::StyleColorsLight();
    style.WindowRounding = 0.0f;
    style.ChildRounding = 6.0f;
    style.FrameRounding = 5.0f;
    style.PopupRounding = 6.0f;
    style.GrabRounding = 5.0f;
    style.TabRounding = 5.0f;
    style.FramePadding = ImVec2(10.0f, 6.0f);
    style.ItemSpacing = ImVec2(kSpaceItem, kSpaceItem);
    style.ItemInnerSpacing = ImVec2(kSpaceTight + 2.0f, kSpaceTight);
    style.WindowPadding = ImVec2(kSpaceBlock + 2.0f, kSpaceBlock);
    style.CellPadding = ImVec2(kSpaceItem, kSpaceTight + 2.0f);
    style.FrameBorderSize = 1.0f;
    style.ChildBorderSize = 1.0f;
    style.ScrollbarSize = 12.0f;

    const style::Palette& p = currentPalette();
    ImVec4* c = style.Colors;
    c[ImGuiCol_Text] = toVec4(p.text);
    c[ImGuiCol_TextDisabled] = toVec4(p.muted);
    c[ImGuiCol_WindowBg] = toVec4(p.page);
    c[ImGuiCol_ChildBg] = toVec4(p.page, 0.0f);
    c[ImGuiCol_PopupBg] = toVec4(p.card);
    c[ImGuiCol_MenuBarBg] = toVec4(p.card);
    c[ImGuiCol_Border] = toVec4(p.border);
    c[ImGuiCol_FrameBg] = toVec4(p.card);
    c[ImGuiCol_FrameBgHovered] = toVec4(p.selected);
    c[ImGuiCol_FrameBgActive] = toVec4(p.selected);
    c[ImGuiCol_Button] = toVec4(p.button);
    c[ImGuiCol_ButtonHovered] = toVec4(p.buttonHovered);
    c[ImGuiCol_ButtonActive] = toVec4(p.selected);
    c[ImGuiCol_Header] = toVec4(p.selected);
    c[ImGuiCol_HeaderHovered] = toVec4(p.buttonHovered);
    c[ImGuiCol_HeaderActive] = toVec4(p.selected);
    c[ImGuiCol_Tab] = toVec4(p.button);
    c[ImGuiCol_TabHovered] = toVec4(p.buttonHovered);
    c[ImGuiCol_TabActive] = toVec4(p.card);
    c[ImGuiCol_CheckMark] = toVec4(p.accent);
    c[ImGuiCol_SliderGrab] = toVec4(p.accent);
    c[ImGuiCol_SliderGrabActive] = toVec4(p.accent);
    c[ImGuiCol_PlotHistogram] = toVec4(p.success);  // progress bars: "fine" unless a screen says otherwise
    c[ImGuiCol_Separator] = toVec4(p.border);
    c[ImGuiCol_TableHeaderBg] = toVec4(p.button);
    c[ImGuiCol_TableBorderLight] = toVec4(p.border);
    c[ImGuiCol_TableBorderStrong] = toVec4(p.border);
    c[ImGuiCol_TableRowBg] = toVec4(p.card, 0.0f);
    c[ImGuiCol_TableRowBgAlt] = toVec4(p.selected, 0.35f);
    c[ImGuiCol_NavHighlight] = toVec4(p.accent);
    c[ImGuiCol_TextSelectedBg] = toVec4(p.accent, 0.3f);
}

}  // namespace rapport::ui
