// Folding tables cover U+00C0..U+017F (Latin-1 Supplement letters and Latin Extended-A), which is
// where the accents of Western and Central European names live.
#include "core/search/text_fold.h"

#include <cstdint>

namespace rapport {
namespace {

// Base letters of U+00C0..U+00FF; "" means "not a letter to fold" (kept as is), "ss" for ß.
const char* const kLatin1[64] = {
    "a", "a", "a", "a", "a", "a", "ae", "c", "e", "e", "e", "e", "i", "i", "i", "i",   // C0-CF
    "d", "n", "o", "o", "o", "o", "o", "",  "o", "u", "u", "u", "u", "y", "th", "ss",  // D0-DF
    "a", "a", "a", "a", "a", "a", "ae", "c", "e", "e", "e", "e", "i", "i", "i", "i",   // E0-EF
    "d", "n", "o", "o", "o", "o", "o", "",  "o", "u", "u", "u", "u", "y", "th", "y",   // F0-FF
};
// Base letters of U+0100..U+017F, two code points (upper, lower) per letter mostly.
const char kExtendedA[] =
    "aaaaaaccccccccdddd"  // 0100-0111
    "eeeeeeeeeegggggggg"  // 0112-0123
    "hhhhiiiiiiiiii"      // 0124-0131
    "jjjjkkkllllllllll"   // 0132-0142 (the ĳ ligature as j: close enough)
    "nnnnnnnnnoooooo"     // 0143-0151
    "oorrrrrrssssssss"    // 0152-0161 (Œ œ -> o)
    "ttttttuuuuuuuuuuuu"  // 0162-0173
    "wwyyyzzzzzzs";       // 0174-017F

// Decodes one UTF-8 character at text[i]; returns its code point and advances i (bad bytes: one byte).
uint32_t decode(std::string_view text, size_t& i) {
    const auto byte = [&](size_t k) { return static_cast<uint8_t>(text[k]); };
    const uint8_t b0 = byte(i);
    if (b0 < 0x80) {
        ++i;
        return b0;
    }
    const int extra = b0 >= 0xF0 ? 3 : b0 >= 0xE0 ? 2 : b0 >= 0xC0 ? 1 : 0;
    if (extra == 0 || i + static_cast<size_t>(extra) >= text.size()) {
        ++i;
        return 0xFFFD;
    }
    uint32_t cp = b0 & (0x3F >> extra);
    for (int k = 1; k <= extra; ++k) {
        if ((byte(i + k) & 0xC0) != 0x80) {
            ++i;
            return 0xFFFD;
        }
        cp = (cp << 6) | (byte(i + k) & 0x3F);
    }
    i += static_cast<size_t>(extra) + 1;
    return cp;
}

bool isSeparator(char c) {
    const auto u = static_cast<unsigned char>(c);
    return u < 0x80 && !((u >= 'a' && u <= 'z') || (u >= '0' && u <= '9'));
}

}  // namespace

std::string foldText(std::string_view text) {
    std::string out;
    appendFolded(out, text);
    return out;
}

void appendFolded(std::string& out, std::string_view text) {
    out.reserve(out.size() + text.size());
    size_t i = 0;
    while (i < text.size()) {
        // A run of plain ASCII (most text) is lower-cased in one pass, without decoding.
        const size_t runStart = i;
        while (i < text.size() && static_cast<uint8_t>(text[i]) < 0x80) ++i;
        if (i > runStart) {
            const size_t at = out.size();
            out.append(text.data() + runStart, i - runStart);
            for (size_t k = at; k < out.size(); ++k) {
                if (out[k] >= 'A' && out[k] <= 'Z') out[k] = static_cast<char>(out[k] + 32);
            }
            if (i == text.size()) break;
        }
        const size_t start = i;
        const uint32_t cp = decode(text, i);
        if (cp < 0x80) {
            out += static_cast<char>(cp);  // not reached: ASCII runs are handled above
        } else if (cp >= 0xC0 && cp <= 0xFF && kLatin1[cp - 0xC0][0] != '\0') {
            out += kLatin1[cp - 0xC0];
        } else if (cp >= 0x100 && cp <= 0x17F && cp - 0x100 < sizeof kExtendedA - 1) {
            out += kExtendedA[cp - 0x100];
            if (cp == 0x152 || cp == 0x153) out += 'e';  // Œ œ
        } else {
            out.append(text.substr(start, i - start));
        }
    }
}

void appendWords(std::string_view folded, std::vector<std::string_view>& out) {
    size_t i = 0;
    while (i < folded.size()) {
        while (i < folded.size() && isSeparator(folded[i])) ++i;
        const size_t start = i;
        while (i < folded.size() && !isSeparator(folded[i])) ++i;
        if (i > start) out.push_back(clipView(folded.substr(start, i - start), kMaxWordBytes));
    }
}

std::vector<std::string> foldedWords(std::string_view text) {
    const std::string folded = foldText(text);
    std::vector<std::string_view> views;
    appendWords(folded, views);
    return std::vector<std::string>(views.begin(), views.end());
}

std::string clipText(std::string_view text, size_t maxBytes) { return std::string(clipView(text, maxBytes)); }

std::string_view clipView(std::string_view text, size_t maxBytes) {
    if (text.size() <= maxBytes) return text;
    size_t cut = maxBytes;
    while (cut > 0 && (static_cast<uint8_t>(text[cut]) & 0xC0) == 0x80) --cut;  // not inside a character
    return text.substr(0, cut);
}

}  // namespace rapport
