// Rows that wrap instead of clipping: an action goes after what came before it when it fits on the
// line, else on the next line (phones, 200% text). Text itself wraps (widgets.h, style/text.h).
#pragma once

namespace rapport::ui {

// Puts the next item, `width` logical pixels wide, on the current line when it fits, else below.
void sameLineIfFits(float width);
// A small button placed after the previous item when it fits (sameLineIfFits).
bool flowButton(const char* label);
// A radio button placed after the previous item when it fits.
bool flowRadio(const char* label, bool active);
// The width a button with this label takes (small: no vertical padding).
float buttonWidth(const char* label, bool small = true);

}  // namespace rapport::ui
