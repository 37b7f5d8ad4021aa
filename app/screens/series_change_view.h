// Changing a running 1:1 series from today on (cadence, weekday, time, length: a new period, the old one
// kept in its history), ending it now, and moving its next 1:1 to another day.
#pragma once

#include <string>

#include "app/ui_context.h"

namespace rapport::ui {

// The panel's fields between frames (one series at a time).
struct SeriesChangeForm {
    EntityId seriesId = kNoId;
    bool open = false;
    OneOnOneSeries draft;  // cadence, weekday, time, length as they will be
    int hour = 14, minute = 0;
    CivilDate moveTo;
    std::string moveText;
};

// A "Change from today" button that opens the panel under a running series.
void drawSeriesChange(UiContext& ui, const OneOnOneSeries& series, SeriesChangeForm& form);

}  // namespace rapport::ui
