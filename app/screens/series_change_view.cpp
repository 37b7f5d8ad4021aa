// The series change panel: what the series will be from today, applied as one undoable change.
#include "app/screens/series_change_view.h"

#include <imgui.h>

#include <algorithm>

#include "app/form_widgets.h"
#include "app/widgets.h"
#include "core/model/commands.h"
#include "core/model/recurrence.h"
#include "core/rules/series_layout.h"

namespace rapport::ui {
namespace {

constexpr const char* kWeekdays[] = {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"};

void openFor(const Notebook& nb, const OneOnOneSeries& s, SeriesChangeForm& form) {
    form = SeriesChangeForm{};
    form.seriesId = s.id;
    form.open = true;
    form.draft = s;
    const SeriesTime at = seriesTime(nb, s);
    form.hour = at.startMinutes / 60;
    form.minute = at.startMinutes % 60;
}

void apply(UiContext& ui, const OneOnOneSeries& s, SeriesChangeForm& form) {
    const SeriesTime at = seriesTime(ui.notebook(), s);
    SeriesChange change;
    if (form.draft.cadence != s.cadence) change.cadence = form.draft.cadence;
    if (form.draft.weekday != s.weekday) change.weekday = form.draft.weekday;
    const int32_t minutes = form.hour * 60 + form.minute;
    if (minutes != at.startMinutes) change.startMinutes = minutes;
    if (form.draft.durationMinutes != s.durationMinutes) change.durationMinutes = form.draft.durationMinutes;
    change.laidOutMinutes = at.startMinutes;
    if (ui.run(changeSeries(ui.notebook(), s.id, change, ui.today()))) form.open = false;
}

}  // namespace

void drawSeriesChange(UiContext& ui, const OneOnOneSeries& s, SeriesChangeForm& form) {
    if (!s.active || ui.readOnly()) return;
    ImGui::PushID("series-change");
    const bool shown = form.open && form.seriesId == s.id;
    if (!shown) {
        if (ImGui::SmallButton("Change from today")) openFor(ui.notebook(), s, form);
        // Why there is no Edit once 1:1s were held: the change keeps them in the period they had.
        if (ImGui::IsItemHovered()) ImGui::SetTooltip("A new period starts today; the 1:1s held so far keep the rhythm they had.");
        ImGui::PopID();
        return;
    }
    const Notebook& nb = ui.notebook();
    const float width = ImGui::GetFontSize() * 8.0f;
    ImGui::SetNextItemWidth(width);
    enumCombo("Cadence", form.draft.cadence.kind, static_cast<int>(CadenceKind::EveryNWeeks) + 1);
    if (form.draft.cadence.kind == CadenceKind::EveryNWeeks) {
        int weeks = form.draft.cadence.everyNWeeks;
        ImGui::SetNextItemWidth(width);
        if (ImGui::InputInt("Every N weeks", &weeks)) form.draft.cadence.everyNWeeks = static_cast<uint8_t>(std::clamp(weeks, 1, 52));
    }
    int weekday = static_cast<int>(form.draft.weekday) - 1;
    ImGui::SetNextItemWidth(width);
    if (optionCombo("Weekday", weekday, kWeekdays, 7)) form.draft.weekday = static_cast<Weekday>(weekday + 1);
    ImGui::SetNextItemWidth(width);
    if (ImGui::InputInt("Hour", &form.hour)) form.hour = std::clamp(form.hour, 0, 23);
    ImGui::SetNextItemWidth(width);
    if (ImGui::InputInt("Minute", &form.minute, 5)) form.minute = std::clamp(form.minute, 0, 59);
    ImGui::SetNextItemWidth(width);
    if (ImGui::InputInt("Length (min)", &form.draft.durationMinutes, 5)) {
        form.draft.durationMinutes = std::clamp(form.draft.durationMinutes, 5, 480);
    }
    if (ImGui::Button("Apply from today")) apply(ui, s, form);
    ImGui::SameLine();
    if (ImGui::Button("End the 1:1s now")) {
        if (ui.run(endSeries(nb, s.id, ui.today()))) form.open = false;
    }
    ImGui::SameLine();
    if (ImGui::SmallButton("Close")) form.open = false;
    if (const auto next = nextOccurrence(s, ui.today())) {
        // One occurrence moves; the rule stays (across a month's or a year's end too).
        if (dateField("Move the next 1:1 to", form.moveTo, form.moveText)) {
            if (ui.run(rescheduleOccurrence(nb, s.id, next->original, form.moveTo))) form.moveText.clear();
        }
    }
    ImGui::PopID();
}

}  // namespace rapport::ui
