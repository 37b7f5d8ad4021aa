// No QR library in this build (the web build): the setup code is shown as text only.
#include "app/qr_code.h"

namespace rapport::ui {

QrCode makeQrCode(const std::string& /*text*/) { return {}; }

}  // namespace rapport::ui
