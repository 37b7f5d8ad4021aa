// jsonString: quotes and escapes text for the small JSON summaries the app publishes for tests.
#pragma once

#include <string>

namespace rapport::ui {

std::string jsonString(const std::string& text);

}  // namespace rapport::ui
