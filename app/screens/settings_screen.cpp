// Settings are edited on a copy and saved (saveSettings) when a field is committed, so each change is
// one undoable step and a refused value (the core's rules) leaves the stored settings as they were.
#include "app/screens/settings_screen.h"

#include <imgui.h>
#include <imgui_stdlib.h>

#include <sstream>

#include "app/form_widgets.h"
#include "app/style/flow.h"
#include "app/style/text.h"
#include "app/sync_panel.h"
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

bool weekdayCombo(const char* text, Weekday& day) {
    bool changed = false;
    LabelAbove label(text);
    ImGui::SetNextItemWidth(ImGui::GetFontSize() * 9.0f);
    if (ImGui::BeginCombo(label.id(), weekdayName(day))) {
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
bool numberField(const char* text, int32_t& value, int step) {
    LabelAbove label(text);
    ImGui::SetNextItemWidth(ImGui::GetFontSize() * 9.0f);
    int v = value;
    const bool changed = ImGui::InputInt(label.id(), &v, step, step * 5);
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
    pageTitle("Settings");
    drawProfile(ui);
    drawRhythm(ui);
    drawLook(ui);
    if (SyncPanel* sync = ui.sync()) {
        sync->drawSettings(ui);
    } else {
        sectionTitle("Sync");
        mutedText(ui.whyNoSync().c_str());
    }
}

void SettingsScreen::drawProfile(UiContext& ui) {
    sectionTitle("About me");
    focusIfAsked(ui, m_focusName);
    {
        LabelAbove label("My name");
        ImGui::SetNextItemWidth(ui.narrow() ? -1.0f : 300.0f);
        ImGui::InputTextWithHint(label.id(), "your name", &m_edit.myName);
        if (ImGui::IsItemDeactivatedAfterEdit()) save(ui);
    }
    {
        LabelAbove label("My interests");
        ImGui::SetNextItemWidth(ui.narrow() ? -1.0f : 300.0f);
        ImGui::InputTextWithHint(label.id(), "cycling, jazz, cooking", &m_interests);
        if (ImGui::IsItemDeactivatedAfterEdit()) {
            m_edit.myInterests = split(m_interests);
            save(ui);
        }
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
    if (numberField("alarm before a 1:1 (minutes)", m_edit.alarmMinutesBefore, 5)) save(ui);
    mutedText("The calendar export's alarm; on the desktop also a notification while Rapport is open (0: none).");
}

void SettingsScreen::drawLook(UiContext& ui) {
    sectionTitle("Look");
    // Radio rows: every choice visible, each a target a finger can hit.
    ImGui::TextUnformatted("Theme");
    constexpr const char* kThemes[] = {"System", "Light", "Dark"};
    constexpr uint8_t kThemeValues[] = {2, 0, 1};
    for (int i = 0; i < 3; ++i) {
        const bool active = m_edit.theme == kThemeValues[i];
        if ((i == 0 ? ImGui::RadioButton(kThemes[i], active) : flowRadio(kThemes[i], active)) && !active) {
            m_edit.theme = kThemeValues[i];
            save(ui);
        }
    }
    captionText("System follows the light or dark setting of your device.");
    ImGui::TextUnformatted("Text size");
    constexpr const char* kSizes[] = {"Small", "Standard", "Large", "Largest (200%)"};
    constexpr int32_t kSizeValues[] = {14, Settings::kDefaultFontSize, 22, Settings::kMaxFontSize};
    for (int i = 0; i < 4; ++i) {
        const bool active = m_edit.fontSize == kSizeValues[i];
        if ((i == 0 ? ImGui::RadioButton(kSizes[i], active) : flowRadio(kSizes[i], active)) && !active) {
            m_edit.fontSize = kSizeValues[i];
            save(ui);
        }
    }
    ImGui::SetNextItemWidth(ui.narrow() ? -1.0f : ImGui::GetFontSize() * 12.0f);
    int size = m_edit.fontSize;
    ImGui::SliderInt("##font-size", &size, Settings::kMinFontSize, Settings::kMaxFontSize, "%d px");
    m_edit.fontSize = size;
    if (ImGui::IsItemDeactivatedAfterEdit()) save(ui);

    sectionTitle("Dates");
    mutedText("How a typed date like 9/12 is read. Until you choose, such dates are refused as ambiguous "
              "(\"9 Dec\", \"fri\" or \"in 2 weeks\" always work).");
    int order = static_cast<int>(m_edit.dateOrder);
    if (ImGui::RadioButton("day/month (9/12 is 9 Dec)", order == 1)) order = 1;
    if (flowRadio("month/day (9/12 is Sep 12)", order == 2)) order = 2;
    if (flowRadio("not set", order == 0)) order = 0;
    if (order != static_cast<int>(m_edit.dateOrder)) {
        m_edit.dateOrder = static_cast<DateOrder>(order);
        save(ui);
    }
}

}  // namespace rapport::ui
