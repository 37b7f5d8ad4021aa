// Kind and category are guesses from a few words; the overlay shows them and the user can switch.
#include "app/overlays/capture_line.h"

#include <algorithm>

#include "core/search/text_fold.h"

namespace rapport::ui {

namespace {

std::string trim(const std::string& text) {
    const size_t begin = text.find_first_not_of(" \t");
    if (begin == std::string::npos) return "";
    return text.substr(begin, text.find_last_not_of(" \t") - begin + 1);
}

bool hasWord(const std::vector<std::string>& words, std::initializer_list<const char*> any) {
    for (const char* w : any) {
        if (std::find(words.begin(), words.end(), w) != words.end()) return true;
    }
    return false;
}

FactCategory guessCategory(const std::vector<std::string>& words) {
    if (hasWord(words, {"kid", "kids", "son", "daughter", "wife", "husband", "partner", "children", "baby", "family",
                        "mother", "father", "mum", "mom", "dad", "brother", "sister"})) {
        return FactCategory::Family;
    }
    if (hasWord(words, {"dog", "cat", "pet", "puppy", "horse"})) return FactCategory::Pets;
    if (hasWord(words, {"band", "music", "concert", "jazz", "guitar", "piano", "song"})) return FactCategory::Music;
    if (hasWord(words, {"football", "soccer", "tennis", "runs", "running", "marathon", "cycling", "golf", "match",
                        "team", "ski", "skiing", "swim", "yoga"})) {
        return FactCategory::Sport;
    }
    if (hasWord(words, {"food", "cook", "cooking", "vegan", "vegetarian", "wine", "coffee", "restaurant"})) {
        return FactCategory::Food;
    }
    if (hasWord(words, {"trip", "travel", "vacation", "holiday", "flight"})) return FactCategory::Travel;
    if (hasWord(words, {"hobby", "reads", "reading", "paints", "garden", "gardening", "chess"})) return FactCategory::Hobbies;
    return FactCategory::Other;
}

// "by friday" / "by tomorrow" / "by 2025-12-01" at the end of the text: the date, and the text without it.
std::optional<CivilDate> takeDue(std::string& text, CivilDate today) {
    const std::string folded = foldText(text);
    const size_t by = folded.rfind(" by ");
    if (by == std::string::npos || by + 4 >= folded.size()) return std::nullopt;
    const std::string when = trim(folded.substr(by + 4));
    std::optional<CivilDate> due;
    if (when == "today") due = today;
    else if (when == "tomorrow") due = today.addDays(1);
    else if (auto iso = CivilDate::parseIso(when)) due = iso.value();
    else {
        static const char* const kDays[] = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"};
        for (int d = 0; d < 7; ++d) {
            const std::string day = kDays[d];
            if (when != day && when != day.substr(0, 3)) continue;
            const int todayIndex = static_cast<int>(today.weekday()) - 1;
            due = today.addDays((d - todayIndex + 7) % 7);
        }
    }
    // The fold keeps ASCII positions, and " by " is ASCII, so the cut is right for a trimmed suffix of
    // ASCII words; a non-ASCII due phrase is not a date anyway.
    if (due && folded.size() == text.size()) text = trim(text.substr(0, by));
    else if (due) due.reset();
    return due;
}

std::vector<EntityId> matchPeers(const Notebook& nb, const std::string& namePart) {
    const std::string needle = trim(foldText(namePart));
    std::vector<EntityId> exact, starts;
    if (needle.empty()) return {};
    for (const auto& [id, peer] : nb.peers()) {
        if (peer.archived) continue;
        const std::string name = foldText(peer.name);
        if (name == needle) exact.push_back(id);
        else if (name.rfind(needle, 0) == 0) starts.push_back(id);
        else {
            for (const std::string& word : foldedWords(peer.name)) {
                if (word.rfind(needle, 0) == 0) {
                    starts.push_back(id);
                    break;
                }
            }
        }
    }
    return exact.empty() ? starts : exact;
}

}  // namespace

CaptureLine readCaptureLine(const Notebook& nb, const std::string& line, CivilDate today) {
    CaptureLine out;
    const size_t colon = line.find(':');
    if (colon == std::string::npos) {
        out.text = trim(line);
        return out;
    }
    out.hasPeerPart = true;
    out.peers = matchPeers(nb, line.substr(0, colon));
    out.text = trim(line.substr(colon + 1));
    const std::vector<std::string> words = foldedWords(out.text);
    const std::string folded = foldText(out.text);
    const bool iOwe = folded.rfind("i owe", 0) == 0 || folded.rfind("i'll", 0) == 0 || folded.rfind("i will", 0) == 0;
    const bool theyOwe = folded.find("owes me") != std::string::npos || folded.find("they owe") != std::string::npos ||
                         folded.find("will send me") != std::string::npos;
    std::string withoutDue = out.text;
    out.due = takeDue(withoutDue, today);
    if (iOwe || theyOwe || out.due) {
        out.kind = CaptureKind::Commitment;
        out.direction = theyOwe ? CommitmentDirection::ThemToMe : CommitmentDirection::MeToThem;
        out.text = withoutDue;
    } else {
        out.category = guessCategory(words);
    }
    return out;
}

}  // namespace rapport::ui
