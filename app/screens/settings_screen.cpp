// Settings are edited on a copy and saved (saveSettings) when a field is committed, so each change is
// one undoable step and a refused value (the core's rules) leaves the stored settings as they were.
#include "app/screens/settings_screen.h"

#include <imgui.h>
#include <imgui_stdlib.h>

#include <sstream>

#include "app/form_widgets.h"
#include "app/widgets.h"
#include "core/model/commands.h"

namespace rapport::ui {

namespace {

std::string joined(const std::vector<std::string>& items) {
    std::string text;
    for (const std::string& item : items) text += (text.empty() ? "" : ", ") + item;
    return text;
}

std::vector<std::string> split(const std::string& text) {
    std::vector<std::string> items;
    std::stringstream in(text);
    std::string item;
    while (std::getline(in, item, ',')) {
        const size_t begin = item.find_first_not_of(" \t");
        if (begin == std::string::npos) continue;
        items.push_back(item.substr(begin, item.find_last_not_of(" \t") - begin + 1));
    }
    return items;
}

bool weekdayCombo(const char* label, Weekday& day) {
    bool changed = false;
    ImGui::SetNextItemWidth(140.0f);
    if (ImGui::BeginCombo(label, weekdayName(day))) {
        for (int d = 1; d <= 7; ++d) {
            const Weekday option = static_cast<Weekday>(d);
            if (ImGui::Selectable(weekdayName(option), option == day)) {
                day = option;
                changed = true;
            }
        }
        ImGui::EndCombo();
    }
    return changed;
}

// An integer field: typed values are committed on Enter or when left, the +/- buttons at once.
bool numberField(const char* label, int32_t& value, int step) {
    ImGui::SetNextItemWidth(140.0f);
    int v = value;
    const bool changed = ImGui::InputInt(label, &v, step, step * 5);
    value = v;
    return (changed && !ImGui::GetIO().WantTextInput) || ImGui::IsItemDeactivatedAfterEdit();
}

}  // namespace

void SettingsScreen::save(UiContext& ui) {
    if (m_edit == ui.notebook().settings() || ui.readOnly()) return;
    if (!ui.run(saveSettings(ui.notebook(), ui.ids(), m_edit))) m_revision = 0;  // show the stored values again
}

void SettingsScreen::draw(UiContext& ui) {
    if (m_revision != ui.revision() && !ImGui::IsAnyItemActive()) {
        m_revision = ui.revision();
        m_edit = ui.notebook().settings();
        m_interests = joined(m_edit.myInterests);
    }
    ImGui::TextUnformatted("Settings");
    drawProfile(ui);
    drawRhythm(ui);
    drawLook(ui);
}

void SettingsScreen::drawProfile(UiContext& ui) {
    sectionTitle("About me");
    focusIfAsked(ui, m_focusName);
    ImGui::SetNextItemWidth(ui.narrow() ? -1.0f : 300.0f);
    ImGui::InputTextWithHint("My name", "your name", &m_edit.myName);
    if (ImGui::IsItemDeactivatedAfterEdit()) save(ui);
    ImGui::SetNextItemWidth(ui.narrow() ? -1.0f : 300.0f);
    ImGui::InputTextWithHint("My interests", "cycling, jazz, cooking", &m_interests);
    if (ImGui::IsItemDeactivatedAfterEdit()) {
        m_edit.myInterests = split(m_interests);
        save(ui);
    }
    mutedText("Your interests are matched with what you learn about peers, to suggest what you share.");
}

void SettingsScreen::drawRhythm(UiContext& ui) {
    sectionTitle("1:1 rhythm");
    mutedText("Grouping 1:1s on set weekdays keeps the rest of the week free for deep work.");
    if (weekdayCombo("direct reports' day", m_edit.directReportWeekday)) save(ui);
    if (weekdayCombo("peers' day", m_edit.peerWeekday)) save(ui);
    if (weekdayCombo("others' day", m_edit.otherWeekday)) save(ui);
    if (numberField("weekly 1:1 budget (minutes)", m_edit.weeklyBudgetMinutes, 30)) save(ui);
    if (numberField("default 1:1 length (minutes)", m_edit.defaultMeetingMinutes, 5)) save(ui);
    if (numberField("drift grace (days)", m_edit.driftGraceDays, 1)) save(ui);
    mutedText("A relationship drifts when you have not been in touch for its cadence plus the grace days.");
}

void SettingsScreen::drawLook(UiContext& ui) {
    sectionTitle("Look");
    int theme = m_edit.theme;
    if (ImGui::RadioButton("Light", theme == 0)) theme = 0;
    ImGui::SameLine();
    if (ImGui::RadioButton("Dark", theme == 1)) theme = 1;
    if (theme != m_edit.theme) {
        m_edit.theme = static_cast<uint8_t>(theme);
        save(ui);
    }
    ImGui::SetNextItemWidth(200.0f);
    int size = m_edit.fontSize;
    ImGui::SliderInt("font size", &size, Settings::kMinFontSize, Settings::kMaxFontSize);
    m_edit.fontSize = size;
    if (ImGui::IsItemDeactivatedAfterEdit()) save(ui);

    sectionTitle("Dates");
    mutedText("How a typed date like 9/12 is read. Until you choose, such dates are refused as ambiguous "
              "(\"9 Dec\", \"fri\" or \"in 2 weeks\" always work).");
    int order = static_cast<int>(m_edit.dateOrder);
    if (ImGui::RadioButton("day/month (9/12 is 9 Dec)", order == 1)) order = 1;
    if (!ui.narrow()) ImGui::SameLine();
    if (ImGui::RadioButton("month/day (9/12 is Sep 12)", order == 2)) order = 2;
    if (!ui.narrow()) ImGui::SameLine();
    if (ImGui::RadioButton("not set", order == 0)) order = 0;
    if (order != static_cast<int>(m_edit.dateOrder)) {
        m_edit.dateOrder = static_cast<DateOrder>(order);
        save(ui);
    }
}

}  // namespace rapport::ui
