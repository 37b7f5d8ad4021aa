// Setup codes: plain words separated by spaces, so a code survives being pasted through a chat or an
// e-mail that wraps it; only what could break that (spaces, %, control characters) is %-encoded.
#include "app/sync_setup_code.h"

#include <cctype>
#include <sstream>

namespace rapport::ui {
namespace {

constexpr const char* kPrefix = "rapport-sync/1";

std::string encodePart(const std::string& s) {
    static const char* hex = "0123456789ABCDEF";
    std::string out;
    for (const char ch : s) {
        const auto c = static_cast<unsigned char>(ch);
        if (c <= 0x20 || c == '%' || c == 0x7F) {
            out += '%';
            out += hex[c >> 4];
            out += hex[c & 15];
        } else {
            out += ch;
        }
    }
    return out;
}

int hexValue(char c) {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
}

Result<std::string> decodePart(const std::string& s) {
    std::string out;
    for (size_t i = 0; i < s.size(); ++i) {
        if (s[i] != '%') {
            out += s[i];
            continue;
        }
        const bool complete = i + 2 < s.size();
        const int hi = complete ? hexValue(s[i + 1]) : -1, lo = complete ? hexValue(s[i + 2]) : -1;
        if (hi < 0 || lo < 0) return makeError("The setup code is damaged (a % not followed by two hex digits); copy it again.");
        out += static_cast<char>(hi * 16 + lo);
        i += 2;
    }
    return out;
}

bool isVaultId(const std::string& s) {
    if (s.size() != 32) return false;
    for (const char c : s) {
        if (!std::isxdigit(static_cast<unsigned char>(c))) return false;
    }
    return true;
}

}  // namespace

std::string encodeSetupCode(const SetupCode& code) {
    return std::string(kPrefix) + " vault=" + code.vaultId + " user=" + encodePart(code.user) + " url=" + encodePart(code.url);
}

Result<SetupCode> decodeSetupCode(const std::string& text) {
    std::istringstream in(text);
    std::string word;
    if (!(in >> word) || word != kPrefix) {
        return makeError("This is not a Rapport setup code; copy the whole code from Settings, Sync on the other device.");
    }
    SetupCode code;
    bool sawUrl = false;
    while (in >> word) {
        const auto eq = word.find('=');
        const std::string key = word.substr(0, eq == std::string::npos ? word.size() : eq);
        auto value = decodePart(eq == std::string::npos ? std::string() : word.substr(eq + 1));
        if (!value) return value.error();
        if (key == "vault") code.vaultId = value.value();
        else if (key == "user") code.user = value.value();
        else if (key == "url") code.url = value.value(), sawUrl = true;
        // Unknown parts are left for newer versions of the code.
    }
    if (!isVaultId(code.vaultId)) return makeError("The setup code's vault id is missing or cut short; copy the whole code again.");
    if (!sawUrl || (code.url.rfind("http://", 0) != 0 && code.url.rfind("https://", 0) != 0)) {
        return makeError("The setup code has no server address; copy the whole code again.");
    }
    return code;
}

}  // namespace rapport::ui
