// Desktop: the dark preference as GTK states it (GTK_THEME=Adwaita:dark, the variable GNOME, Xfce and
// most toolkits honour); no desktop bus is needed for it.
#include <cstdlib>
#include <cstring>

#include "platform/platform.h"

namespace rapport::platform {

bool systemPrefersDark() {
    const char* theme = std::getenv("GTK_THEME");
    return theme && std::strstr(theme, ":dark") != nullptr;
}

}  // namespace rapport::platform
