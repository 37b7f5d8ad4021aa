// Desktop notifications on the web: none. A browser tab cannot promise to be open at the time, and a
// permission prompt for it would ask too much; the calendar export carries the alarms there.
#include "platform/platform.h"

namespace rapport::platform {

void showNotification(const std::string& /*title*/, const std::string& /*body*/) {}

}  // namespace rapport::platform
