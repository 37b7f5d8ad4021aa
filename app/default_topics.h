// The default topic bank (assets/topic_bank.txt), compiled into the program so a new notebook starts
// with agenda suggestions across the trust spectrum on every target, with no file to find.
#pragma once

#include <string_view>

namespace rapport::ui {

std::string_view defaultTopicBankText();

}  // namespace rapport::ui
