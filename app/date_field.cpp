// The date fields of widgets.h: typed text read by core/util/date_parse, the date it reads shown beside it,
// and a keyboard-operable calendar popup. The popup has no ImGui navigation of its own (NoNav), so the
// arrow keys move its day instead of jumping between widgets.
#include <imgui.h>
#include <imgui_internal.h>
#include <imgui_stdlib.h>

#include "app/style/flow.h"
#include "app/widgets.h"

namespace rapport::ui {

namespace {

CivilDate g_today = CivilDate::ymd(2000, 1, 1);
DateOrder g_order = DateOrder::Unset;

// Text the parser reads back to the same day: "4 Dec 2026".
std::string canonicalText(CivilDate d) { return dayMonthText(d.day(), d.month()) + " " + std::to_string(d.year()); }

struct Typed {
    bool committed = false;
    std::optional<CivilDate> picked;  // chosen in the calendar this frame
};

// The calendar under a field. The highlighted day lives in ImGui's state storage under the popup's id.
// Returns the day picked with Enter or a click.
std::optional<CivilDate> calendarPopup(CivilDate start) {
    const ImGuiID popup = ImGui::GetID("calendar");
    ImGuiStorage* storage = ImGui::GetStateStorage();
    if (ImGui::SmallButton("Pick")) {
        storage->SetInt(popup, start.dayNumber());
        ImGui::OpenPopup("calendar");
    }
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("Pick a day (arrows, PgUp/PgDn, Enter)");
    std::optional<CivilDate> picked;
    if (!ImGui::BeginPopup("calendar", ImGuiWindowFlags_NoNav)) return picked;
    CivilDate cursor = CivilDate::fromDayNumber(storage->GetInt(popup, start.dayNumber()));
    const auto key = [](ImGuiKey k) { return ImGui::IsKeyPressed(ImGui::GetKeyIndex(k)); };
    if (key(ImGuiKey_LeftArrow)) cursor = cursor.addDays(-1);
    if (key(ImGuiKey_RightArrow)) cursor = cursor.addDays(1);
    if (key(ImGuiKey_UpArrow)) cursor = cursor.addDays(-7);
    if (key(ImGuiKey_DownArrow)) cursor = cursor.addDays(7);
    if (key(ImGuiKey_PageUp)) cursor = cursor.addMonths(-1);
    if (key(ImGuiKey_PageDown)) cursor = cursor.addMonths(1);
    if (key(ImGuiKey_Enter) || key(ImGuiKey_KeyPadEnter)) picked = cursor;
    if (key(ImGuiKey_Escape)) ImGui::CloseCurrentPopup();

    if (ImGui::SmallButton("<##previous-month")) cursor = cursor.addMonths(-1);
    ImGui::SameLine();
    static const char* const kMonthNames[] = {"January", "February", "March", "April", "May", "June", "July",
                                              "August", "September", "October", "November", "December"};
    ImGui::Text("%s %d", kMonthNames[cursor.month() - 1], cursor.year());
    ImGui::SameLine();
    if (ImGui::SmallButton(">##next-month")) cursor = cursor.addMonths(1);
    const float cell = ImGui::GetFontSize() * 2.2f;
    if (ImGui::BeginTable("days", 7, ImGuiTableFlags_SizingFixedSame)) {
        for (const char* d : {"Mo", "Tu", "We", "Th", "Fr", "Sa", "Su"}) {
            ImGui::TableNextColumn();
            ImGui::TextDisabled("%s", d);
        }
        const CivilDate first = cursor.addDays(1 - cursor.day());
        const int32_t lead = static_cast<int32_t>(first.weekday()) - 1;
        for (int32_t i = 0; i < lead; ++i) ImGui::TableNextColumn();
        for (int32_t day = 1; day <= daysInMonth(cursor.year(), cursor.month()); ++day) {
            ImGui::TableNextColumn();
            const CivilDate date = first.addDays(day - 1);
            const std::string text = std::to_string(day) + (date == g_today ? "*" : "");
            ImGui::PushID(day);
            if (ImGui::Selectable(text.c_str(), date == cursor, 0, ImVec2(cell, 0.0f))) picked = date;
            ImGui::PopID();
        }
        ImGui::EndTable();
    }
    ImGui::TextDisabled("* today");
    storage->SetInt(popup, cursor.dayNumber());
    if (picked) ImGui::CloseCurrentPopup();
    ImGui::EndPopup();
    return picked;
}

// The text field, its calendar button and what it reads as; `current` starts the calendar.
Typed typedDate(const char* label, const char* hint, std::string& text, DateDirection direction,
                std::optional<CivilDate> current) {
    Typed out;
    ImGui::SetNextItemWidth(ImGui::GetFontSize() * 8.0f);
    ImGui::InputTextWithHint(label, hint, &text);
    out.committed = ImGui::IsItemDeactivatedAfterEdit();
    ImGui::PushID(label);
    ImGui::SameLine(0.0f, ImGui::GetStyle().ItemInnerSpacing.x);
    const auto read = readTypedDate(text, direction);
    const CivilDate start = read && read.value() ? *read.value() : current.value_or(g_today);
    if (const auto picked = calendarPopup(start)) {
        text = canonicalText(*picked);
        out.picked = picked;
        out.committed = true;
    }
    ImGui::PopID();
    if (!text.empty() && !out.picked) {
        if (!read) {
            sameLineIfFits(ImGui::GetFontSize() * 8.0f);
            warningText(read.error().message.c_str());
        } else if (read.value()) {
            // A disabled selectable: muted like a caption, and named, so tests can see what was read.
            const std::string shown = "= " + longDate(*read.value());
            sameLineIfFits(ImGui::CalcTextSize(shown.c_str()).x);
            ImGui::Selectable(shown.c_str(), false, ImGuiSelectableFlags_Disabled, ImGui::CalcTextSize(shown.c_str()));
        }
    }
    return out;
}

}  // namespace

void setDateTyping(CivilDate today, DateOrder order) {
    g_today = today;
    g_order = order;
}

Result<std::optional<CivilDate>> readTypedDate(const std::string& text, DateDirection direction) {
    if (text.find_first_not_of(" \t") == std::string::npos) return std::optional<CivilDate>();
    auto date = parseDate(text, {g_today, g_order, direction});
    if (!date) return date.error();
    return std::optional<CivilDate>(date.value());
}

bool dateField(const char* label, CivilDate& date, std::string& buffer, DateDirection direction) {
    if (buffer.empty() && ImGui::GetActiveID() != ImGui::GetID(label)) buffer = canonicalText(date);
    const Typed typed = typedDate(label, "e.g. fri, 14 March", buffer, direction, date);
    if (!typed.committed) return false;
    const auto read = readTypedDate(buffer, direction);
    if (!read || !read.value()) return false;  // the refusal is shown beside the field
    date = *read.value();
    buffer = canonicalText(date);
    return true;
}

bool optionalDateField(const char* label, const char* hint, std::string& text, DateDirection direction) {
    return typedDate(label, hint, text, direction, std::nullopt).committed;
}

}  // namespace rapport::ui
