// libqrencode: 8-bit mode, error correction M (a screen photographed at an angle still reads).
#include <qrencode.h>

#include "app/qr_code.h"

namespace rapport::ui {

QrCode makeQrCode(const std::string& text) {
    QrCode out;
    QRcode* code = QRcode_encodeData(static_cast<int>(text.size()), reinterpret_cast<const unsigned char*>(text.data()), 0, QR_ECLEVEL_M);
    if (!code) return out;
    out.size = code->width;
    out.dark.resize(static_cast<size_t>(code->width) * static_cast<size_t>(code->width));
    for (size_t i = 0; i < out.dark.size(); ++i) out.dark[i] = (code->data[i] & 1) != 0;  // bit 0: dark module
    QRcode_free(code);
    return out;
}

}  // namespace rapport::ui
