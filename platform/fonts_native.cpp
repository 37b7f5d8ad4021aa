// Desktop: the full UI fonts sit beside the program (or in <prefix>/share/rapport) from the start.
#include "platform/platform.h"

namespace rapport::platform {

UiFonts uiFonts() { return UiFonts{assetPath("ui_font.ttf"), assetPath("ui_font_bold.ttf"), true, 0}; }

void requestWideFonts() {}

}  // namespace rapport::platform
