// Topic bank text format: forgiving about spaces and letter case, strict about meaning.
#include "core/io/topic_bank_io.h"

#include <cctype>

#include "core/model/validation.h"

namespace rapport {
namespace {

std::string_view trim(std::string_view s) {
    while (!s.empty() && std::isspace(static_cast<unsigned char>(s.front()))) s.remove_prefix(1);
    while (!s.empty() && std::isspace(static_cast<unsigned char>(s.back()))) s.remove_suffix(1);
    return s;
}

std::string lower(std::string_view s) {
    std::string out(s);
    for (char& c : out) c = char(std::tolower(static_cast<unsigned char>(c)));
    return out;
}

template <class E>
bool parseEnum(std::string_view word, E& out, int count) {
    const std::string w = lower(word);
    for (int i = 0; i < count; ++i) {
        if (w == label(E(i))) {
            out = E(i);
            return true;
        }
    }
    return false;
}

}  // namespace

Result<std::vector<BankTopic>> parseTopicBank(std::string_view text) {
    std::vector<BankTopic> out;
    int lineNo = 0;
    while (!text.empty()) {
        ++lineNo;
        const size_t nl = text.find('\n');
        std::string_view line = trim(text.substr(0, nl));
        text = nl == std::string_view::npos ? std::string_view() : text.substr(nl + 1);
        if (line.empty() || line.front() == '#') continue;
        const std::string where = "Topic bank line " + std::to_string(lineNo) + ": ";
        const size_t a = line.find('|');
        const size_t b = a == std::string_view::npos ? a : line.find('|', a + 1);
        if (b == std::string_view::npos) return makeError(where + "expected \"trust | kind | text\".");
        BankTopic t;
        if (!parseEnum(trim(line.substr(0, a)), t.trust, 3)) {
            return makeError(where + "the trust level must be low, medium or high.");
        }
        if (!parseEnum(trim(line.substr(a + 1, b - a - 1)), t.kind, 9)) {
            return makeError(where + "unknown kind \"" + std::string(trim(line.substr(a + 1, b - a - 1))) +
                             "\" (update, priority, dependency, preview, ask, feedback, insight, conflict, personal).");
        }
        t.text = std::string(trim(line.substr(b + 1)));
        if (Status s = validate(Entity(t)); !s) return makeError(where + s.error().message);
        out.push_back(std::move(t));
    }
    return out;
}

std::string formatTopicBank(const std::vector<BankTopic>& topics) {
    std::string out;
    for (const BankTopic& t : topics) {
        out += std::string(label(t.trust)) + " | " + label(t.kind) + " | " + t.text + "\n";
    }
    return out;
}

}  // namespace rapport
