// QR codes of the sync setup code, so a phone's camera can read it off the laptop's screen. Built with
// Debian's libqrencode where the build has it (qr_code.cpp); elsewhere (the web build) there is none
// (qr_code_none.cpp) and the text code is shown alone.
#pragma once

#include <string>
#include <vector>

namespace rapport::ui {

struct QrCode {
    int size = 0;                // modules per side; 0 = no code
    std::vector<bool> dark;      // size * size, row by row
};

QrCode makeQrCode(const std::string& text);

}  // namespace rapport::ui
