// Desktop: the window tests drive the real window with xdotool and check the data folder, so there
// is nothing to publish.
#include "platform/platform.h"

namespace rapport::platform {

void publishAutomationState(std::function<std::string()> /*describe*/) {}

void publishItemLocator(ItemLocator /*locate*/) {}

}  // namespace rapport::platform
