// A card is a one-cell table: the table gives its content a proper region (fields of width -1 and
// wrapped text stop at the card's edge), clips it, and draws the surface and the border.
#include "app/style/card.h"

#include <imgui.h>

#include <algorithm>
#include <vector>

#include "app/style/text.h"
#include "app/theme.h"

namespace rapport::ui {

void beginCard(const char* id) {
    ImGui::PushStyleVar(ImGuiStyleVar_CellPadding, ImVec2(kSpaceBlock, kSpaceBlock - 4.0f));
    const ImGuiTableFlags flags = ImGuiTableFlags_BordersOuter | ImGuiTableFlags_PadOuterX | ImGuiTableFlags_NoSavedSettings;
    ImGui::BeginTable(id, 1, flags);
    ImGui::PopStyleVar();
    ImGui::TableNextRow();
    ImGui::TableSetBgColor(ImGuiTableBgTarget_RowBg0, ImGui::GetColorU32(toVec4(currentPalette().card)));
    ImGui::TableSetColumnIndex(0);
    ImGui::PushTextWrapPos(0.0f);  // wrap at the cell's edge
}

void endCard() {
    ImGui::PopTextWrapPos();
    ImGui::EndTable();
    ImGui::Dummy(ImVec2(0.0f, kSpaceTight));
}

void beginCardSection(const char* title) {
    beginCard(title);
    headingText(title);
}

std::string initials(const std::string& name) {
    std::vector<std::string> letters;  // the first character of every word, whole UTF-8 sequences
    bool atWordStart = true;
    for (size_t i = 0; i < name.size();) {
        const unsigned char c = static_cast<unsigned char>(name[i]);
        const size_t length = c < 0x80 ? 1 : (c >> 5) == 0x6 ? 2 : (c >> 4) == 0xE ? 3 : (c >> 3) == 0x1E ? 4 : 1;
        if (c == ' ' || c == '-' || c == '\t') atWordStart = true;
        else if (atWordStart) {
            letters.push_back(name.substr(i, std::min(length, name.size() - i)));
            atWordStart = false;
        }
        i += length;
    }
    if (letters.empty()) return "?";
    std::string out = letters.front() + (letters.size() > 1 ? letters.back() : "");
    for (char& ch : out) {
        if (ch >= 'a' && ch <= 'z') ch = static_cast<char>(ch - 'a' + 'A');
    }
    return out;
}

void initialsAvatar(const std::string& name, float diameter) {
    const std::string letters = initials(name);
    const ImVec2 corner = ImGui::GetCursorScreenPos();
    ImGui::Dummy(ImVec2(diameter, diameter));
    ImDrawList* draw = ImGui::GetWindowDrawList();
    const ImVec2 centre(corner.x + diameter * 0.5f, corner.y + diameter * 0.5f);
    const style::Palette& p = currentPalette();
    draw->AddCircleFilled(centre, diameter * 0.5f, ImGui::GetColorU32(toVec4(p.primary)), 32);
    FontScope font(TextRole::Heading);
    const ImVec2 size = ImGui::CalcTextSize(letters.c_str());
    draw->AddText(ImVec2(centre.x - size.x * 0.5f, centre.y - size.y * 0.5f), ImGui::GetColorU32(toVec4(p.onPrimary)),
                  letters.c_str());
}

}  // namespace rapport::ui
