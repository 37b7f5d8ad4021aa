// Theme and fonts. Glyph ranges cover the languages colleagues' names come in (Latin with accents,
// Greek, Cyrillic, punctuation such as smart quotes and the euro sign), not only ImGui's default Latin-1.
#include "app/theme.h"

#include <imgui.h>

#include <cstdio>

namespace rapport::ui {

namespace {

const ImWchar* glyphRanges() {
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

}  // namespace

void loadFonts(const std::string& fontPath, float sizePixels, float pixelRatio, std::string& error) {
    ImGuiIO& io = ImGui::GetIO();
    io.Fonts->Clear();
    const float ratio = pixelRatio > 0.5f ? pixelRatio : 1.0f;
    ImFont* font = nullptr;
    if (fileReadable(fontPath)) {
        ImFontConfig config;
        config.OversampleH = 2;
        config.OversampleV = 1;
        font = io.Fonts->AddFontFromFileTTF(fontPath.c_str(), sizePixels * ratio, &config, glyphRanges());
    }
    if (!font) {
        error = "The UI font " + fontPath + " could not be loaded; using the built-in font.";
        ImFontConfig config;
        config.SizePixels = 13.0f * ratio;
        io.Fonts->AddFontDefault(&config);
    }
    // Glyphs are rasterised at device pixels, then drawn at logical size.
    io.FontGlobalScale = 1.0f / ratio;
}

namespace {
Theme g_theme = Theme::Light;
}

Theme currentTheme() { return g_theme; }

ImVec4 accentColor() {
    return g_theme == Theme::Light ? ImVec4(0.12f, 0.38f, 0.66f, 1.0f) : ImVec4(0.45f, 0.70f, 0.98f, 1.0f);
}

void applyTheme(Theme theme) {
    g_theme = theme;
    ImGuiStyle& style = ImGui::GetStyle();
    style.WindowRounding = 0.0f;
    style.ChildRounding = 4.0f;
    style.FrameRounding = 4.0f;
    style.PopupRounding = 4.0f;
    style.GrabRounding = 4.0f;
    style.TabRounding = 4.0f;
    style.FramePadding = ImVec2(8.0f, 5.0f);
    style.ItemSpacing = ImVec2(8.0f, 7.0f);
    style.WindowPadding = ImVec2(14.0f, 12.0f);
    style.FrameBorderSize = 1.0f;
    ImVec4* c = style.Colors;
    if (theme == Theme::Dark) {
        ImGui::StyleColorsDark();
        c[ImGuiCol_WindowBg] = ImVec4(0.11f, 0.12f, 0.13f, 1.0f);
        c[ImGuiCol_ChildBg] = ImVec4(0.13f, 0.14f, 0.15f, 1.0f);
        c[ImGuiCol_Text] = ImVec4(0.90f, 0.91f, 0.92f, 1.0f);
        c[ImGuiCol_Button] = ImVec4(0.20f, 0.30f, 0.42f, 1.0f);
        c[ImGuiCol_ButtonHovered] = ImVec4(0.26f, 0.38f, 0.52f, 1.0f);
        c[ImGuiCol_ButtonActive] = ImVec4(0.30f, 0.44f, 0.60f, 1.0f);
        c[ImGuiCol_Header] = ImVec4(0.22f, 0.30f, 0.40f, 1.0f);
        c[ImGuiCol_HeaderHovered] = ImVec4(0.26f, 0.36f, 0.48f, 1.0f);
        c[ImGuiCol_FrameBg] = ImVec4(0.17f, 0.18f, 0.20f, 1.0f);
        c[ImGuiCol_Border] = ImVec4(0.28f, 0.29f, 0.31f, 1.0f);
        return;
    }
    ImGui::StyleColorsLight();
    c[ImGuiCol_WindowBg] = ImVec4(0.97f, 0.97f, 0.96f, 1.0f);
    c[ImGuiCol_ChildBg] = ImVec4(1.0f, 1.0f, 1.0f, 1.0f);
    c[ImGuiCol_Text] = ImVec4(0.13f, 0.14f, 0.16f, 1.0f);
    c[ImGuiCol_TextDisabled] = ImVec4(0.45f, 0.46f, 0.48f, 1.0f);
    c[ImGuiCol_Button] = ImVec4(0.84f, 0.89f, 0.95f, 1.0f);
    c[ImGuiCol_ButtonHovered] = ImVec4(0.74f, 0.83f, 0.93f, 1.0f);
    c[ImGuiCol_ButtonActive] = ImVec4(0.64f, 0.76f, 0.90f, 1.0f);
    c[ImGuiCol_FrameBg] = ImVec4(1.0f, 1.0f, 1.0f, 1.0f);
    c[ImGuiCol_Border] = ImVec4(0.80f, 0.80f, 0.78f, 1.0f);
    c[ImGuiCol_Header] = ImVec4(0.86f, 0.90f, 0.94f, 1.0f);
    c[ImGuiCol_HeaderHovered] = ImVec4(0.80f, 0.87f, 0.93f, 1.0f);
    c[ImGuiCol_TableRowBgAlt] = ImVec4(0.96f, 0.96f, 0.95f, 1.0f);
}

}  // namespace rapport::ui
