// The words are matched in ASCII lower case with the original's byte positions kept (capture_words.h), so
// what is filed keeps the user's own spelling and accents.
#include "core/capture/capture_meeting_phrases.h"

#include <algorithm>
#include <initializer_list>
#include <iterator>
#include <string_view>
#include <vector>

#include "core/capture/capture_words.h"

namespace rapport::capture {

namespace {

constexpr const char* kInsightStarts[] = {"i believed ", "i thought ", "i assumed ", "i expected "};
constexpr const char* kConflictStarts[] = {"conflict:", "conflict over ", "conflict about ", "conflict on ",
                                           "disagreement:", "disagreement over ", "disagreement about ",
                                           "disagreement on ", "we disagree on ", "we disagree about ",
                                           "we disagree over ", "we disagreed on ", "we disagreed about "};
constexpr const char* kInsightExample = "e.g. \"I believed she wanted headcount / actually she wanted budget\".";

const char* matchingStart(const std::string& lower, const char* const* starts, size_t count) {
    for (size_t i = 0; i < count; ++i) {
        if (startsWith(lower, starts[i])) return starts[i];
    }
    return nullptr;
}

bool isSeparator(char c) { return c == ' ' || c == '/' || c == ',' || c == ';' || c == '-' || c == ':' || c == '.'; }

// Cuts separators (and a trailing "but") off the end, and separators off the start.
std::string tidy(std::string text) {
    for (bool changed = true; changed;) {
        changed = false;
        while (!text.empty() && isSeparator(text.back())) text.pop_back(), changed = true;
        if (text.size() >= 4 && lowerAscii(text.substr(text.size() - 4)) == " but") text.resize(text.size() - 4), changed = true;
    }
    size_t start = 0;
    while (start < text.size() && isSeparator(text[start])) ++start;
    return text.substr(start);
}

// Where the "actually" that turns an insight starts in `lower`, or npos: the first one (a whole word)
// after a separator or "but" ("... / actually ..."), else the first one after something was believed
// (so "I believed Actually Inc was a client - actually a partner" turns at the second).
size_t actuallyAt(const std::string& lower) {
    size_t fallback = std::string::npos;
    for (size_t at = lower.find("actually"); at != std::string::npos; at = lower.find("actually", at + 1)) {
        const bool wordStart = at == 0 || isSeparator(lower[at - 1]);
        const size_t end = at + 8;
        const bool wordEnd = end == lower.size() || isSeparator(lower[end]);
        if (!wordStart || !wordEnd) continue;
        size_t before = at;
        while (before > 0 && lower[before - 1] == ' ') --before;
        const bool turned = before > 0 && (isSeparator(lower[before - 1]) ||
                                           (before >= 3 && lower.compare(before - 3, 3, "but") == 0));
        if (turned) return at;
        if (fallback == std::string::npos && before > 0) fallback = at;
    }
    return fallback;
}

// Splits at a '/' with a space on either side ("Q3/Q4" stays whole).
std::vector<std::string> positionParts(const std::string& text) {
    std::vector<std::string> parts;
    size_t begin = 0;
    for (size_t i = 0; i < text.size(); ++i) {
        if (text[i] != '/') continue;
        const bool spaced = (i > 0 && text[i - 1] == ' ') || (i + 1 < text.size() && text[i + 1] == ' ');
        if (!spaced) continue;
        parts.push_back(trim(text.substr(begin, i - begin)));
        begin = i + 1;
    }
    parts.push_back(trim(text.substr(begin)));
    return parts;
}

// "me: my team" -> mine "my team"; "I want my team to own it" -> mine, as typed. False when whose it is
// cannot be told.
bool readPosition(const std::string& part, CaptureLine& out) {
    const std::string lower = lowerAscii(part);
    struct Side {
        std::initializer_list<const char*> labels;  // cut off: "me: my team" -> "my team"
        std::initializer_list<const char*> starts;  // kept: "I want my team to own it"
        std::string* position;
    };
    const Side sides[] = {
        {{"me:", "mine:", "my position:", "i:"}, {"i want", "i think", "i'd ", "i would", "i prefer", "i propose", "my "}, &out.mine},
        {{"them:", "theirs:", "their position:", "they:", "him:", "her:", "he:", "she:"},
         {"they want", "they think", "they'd ", "they would", "he wants", "she wants", "he thinks", "she thinks", "their ",
          "his ", "her "},
         &out.theirs},
    };
    for (const Side& side : sides) {
        for (const char* label : side.labels) {
            if (!startsWith(lower, label)) continue;
            *side.position = trim(part.substr(std::string_view(label).size()));
            return true;
        }
    }
    for (const Side& side : sides) {
        for (const char* start : side.starts) {
            if (!startsWith(lower, start)) continue;
            *side.position = part;
            return true;
        }
    }
    return false;
}

}  // namespace

bool startsMeetingPhrase(const std::string& text) {
    const std::string lower = lowerAscii(trim(text)) + " ";
    return matchingStart(lower, kInsightStarts, std::size(kInsightStarts)) ||
           matchingStart(lower, kConflictStarts, std::size(kConflictStarts));
}

bool readInsight(const std::string& input, CaptureLine& out) {
    const std::string text = trim(input);
    const char* start = matchingStart(lowerAscii(text) + " ", kInsightStarts, std::size(kInsightStarts));
    if (!start) return false;
    out.kind = CaptureKind::Insight;
    std::string rest = text.substr(std::min(text.size(), std::string_view(start).size()));
    if (startsWith(lowerAscii(rest), "that ")) rest = rest.substr(5);
    const size_t at = actuallyAt(lowerAscii(rest));
    if (at == std::string::npos) {
        out.text = tidy(rest);
        out.problem = std::string("Say what really happened after \"actually\", ") + kInsightExample;
        return true;
    }
    out.text = tidy(rest.substr(0, at));
    out.happened = tidy(rest.substr(at + 8));
    if (out.text.empty()) out.problem = std::string("Say what you believed, ") + kInsightExample;
    else if (out.happened.empty()) out.problem = std::string("Say what really happened after \"actually\", ") + kInsightExample;
    return true;
}

bool readConflict(const std::string& input, CaptureLine& out) {
    const std::string text = trim(input);
    const char* start = matchingStart(lowerAscii(text) + " ", kConflictStarts, std::size(kConflictStarts));
    if (!start) return false;
    out.kind = CaptureKind::Conflict;
    const std::vector<std::string> parts =
        positionParts(text.substr(std::min(text.size(), std::string_view(start).size())));
    out.text = tidy(parts.front());
    for (size_t i = 1; i < parts.size(); ++i) {
        if (parts[i].empty() || readPosition(parts[i], out)) continue;
        out.problem = "Say whose position \"" + parts[i] + "\" is: \"/ me: ...\" or \"/ them: ...\".";
        return true;
    }
    if (out.text.empty()) out.problem = "Name the issue, e.g. \"conflict: who owns onboarding / me: my team / them: hers\".";
    return true;
}

}  // namespace rapport::capture
