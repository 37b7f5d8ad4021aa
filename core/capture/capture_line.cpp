// Kind and category are guesses from a few words; the overlay shows them and the user can switch. Dates go
// through core/util/date_parse, so "by 9/12" is refused with the same sentence as in a date field.
#include "core/capture/capture_line.h"

#include <algorithm>

#include "core/capture/capture_follow_up.h"
#include "core/capture/capture_meeting_phrases.h"
#include "core/capture/capture_words.h"
#include "core/search/text_fold.h"

namespace rapport {

namespace {

using namespace capture;

bool unreadable(const Error& e) { return e.message.find("I can read") != std::string::npos; }

// Removes the owing verb at the start of what is owed: "I owe him the plan" -> "the plan",
// "owes me the Q1 numbers" -> "the Q1 numbers", "will send me the deck" -> "send the deck".
std::string withoutOwingVerb(const std::string& typed) {
    const std::string text = typed + " ";  // so "I owe him" alone matches "i owe him "
    const std::string lower = lowerAscii(text);
    for (const char* verb : {"i owe him ", "i owe her ", "i owe them ", "i owe you ", "i owe ", "i'll ", "i will ",
                             "i promised to ", "i promised ", "he owes me ", "she owes me ", "they owe me ",
                             "owes me ", "owe me "}) {
        if (startsWith(lower, verb)) return trim(text.substr(std::string_view(verb).size()));
    }
    for (const char* verb : {"he will send me ", "she will send me ", "they will send me ", "will send me "}) {
        if (startsWith(lower, verb)) return "send " + trim(text.substr(std::string_view(verb).size()));
    }
    return typed;
}

// "... by fri" / "... due 14 March" at the end: sets the due date and cuts the phrase. A phrase that is a
// date but cannot be taken ("by 9/12" with no date order) becomes the line's problem.
void takeDue(CaptureLine& out, CivilDate today, DateOrder order) {
    const std::string lower = lowerAscii(out.text);
    for (const char* marker : {" by ", " due "}) {
        const size_t at = lower.rfind(marker);
        if (at == std::string::npos) continue;
        const std::string when = out.text.substr(at + std::string_view(marker).size());
        auto due = parseDate(when, {today, order, DateDirection::Future});
        if (due) {
            out.due = due.value();
            out.text = trim(out.text.substr(0, at));
            return;
        }
        if (!unreadable(due.error())) {
            out.problem = "The due date: " + due.error().message;
            return;
        }
    }
}

bool ownerIsPeer(const Notebook& nb, const std::string& owner, const std::vector<EntityId>& peers) {
    for (EntityId id : peersNamed(nb, owner)) {
        if (std::find(peers.begin(), peers.end(), id) != peers.end()) return true;
    }
    return false;
}

// "birthday 14 March", "her birthday is 14 March", "Léa's birthday is 3 May", "work anniversary 1 June".
// Returns false when the text is not an important date (a fact about a birthday party, say).
bool readImportantDate(const Notebook& nb, const std::string& body, DateOrder order, CaptureLine& out) {
    const auto words = foldedWords(body);
    const bool mentions = std::find(words.begin(), words.end(), "birthday") != words.end() ||
                          std::find(words.begin(), words.end(), "anniversary") != words.end();
    if (!mentions) return false;
    std::string text = body;
    const std::string lower = lowerAscii(text);
    for (const char* whose : {"her ", "his ", "their "}) {
        if (startsWith(lower, whose)) text = text.substr(std::string_view(whose).size());
    }
    auto read = parseLabelledDate(text, order);
    if (!read) {
        if (read.error().message.rfind("End with the day", 0) == 0) return false;
        out.kind = CaptureKind::ImportantDate;
        out.text = trim(text);
        out.problem = read.error().message;
        return true;
    }
    out.kind = CaptureKind::ImportantDate;
    out.category = FactCategory::ImportantDate;
    out.text = read.value().label;
    out.date = read.value().date;
    // "Maria: Maria's birthday is ..." is her own birthday, not a kid's.
    Fact probe;
    probe.category = FactCategory::ImportantDate;
    probe.text = out.text;
    probe.date = out.date;
    if (isKidsBirthday(probe) && ownerIsPeer(nb, kidName(probe), out.peers)) out.text = kBirthdayLabel;
    return true;
}

// What follows the name: an insight, a conflict, an important date, a commitment (owing verb or due date)
// or a fact.
void readBody(const Notebook& nb, const std::string& body, CivilDate today, DateOrder order,
              std::optional<CommitmentDirection> owed, CaptureLine& out) {
    out.text = trim(body);
    if (!owed && (readFollowUp(nb, out.text, true, today, order, out) || readInsight(out.text, out) ||
                  readConflict(out.text, out))) {
        return;
    }
    if (!owed && readImportantDate(nb, out.text, order, out)) return;
    const std::string folded = foldText(out.text);
    const bool iOwe = startsWith(folded, "i owe") || startsWith(folded, "i'll") || startsWith(folded, "i will") ||
                      startsWith(folded, "i promised");
    const bool theyOwe = folded.find("owes me") != std::string::npos || folded.find("they owe") != std::string::npos ||
                         folded.find("will send me") != std::string::npos;
    takeDue(out, today, order);
    if (owed || iOwe || theyOwe || out.due || !out.problem.empty()) {
        out.kind = CaptureKind::Commitment;
        out.direction = owed ? *owed : theyOwe ? CommitmentDirection::ThemToMe : CommitmentDirection::MeToThem;
        out.text = withoutOwingVerb(out.text);
        if (out.text.empty() && out.problem.empty()) out.problem = "Say what is owed, e.g. \"I owe Dev the hiring plan\".";
    } else {
        out.category = guessCategory(out.text);
    }
}

// "Léa's birthday is 3 May" with no colon: a peer's own birthday, or a kid's birthday for the peer whose
// facts name the kid.
void readWhoseBirthday(const Notebook& nb, const std::string& line, size_t apostrophe, DateOrder order,
                       CaptureLine& out) {
    const std::string owner = trim(line.substr(0, apostrophe));
    out.hasPeerPart = true;
    out.peers = peersNamed(nb, owner);
    const bool own = !out.peers.empty();
    if (!own) out.peers = peersWhoseFactsName(nb, owner);
    if (out.peers.empty()) {
        out.kind = CaptureKind::ImportantDate;
        out.text = line;
        out.problem = "No peer or kid named " + owner + " in the notebook: start with the peer's name, e.g. \"Maria: " +
                      owner + "'s birthday is 3 May\".";
        return;
    }
    if (!readImportantDate(nb, line, order, out)) {
        out.kind = CaptureKind::ImportantDate;
        out.text = line;
        out.problem = "End with the day, e.g. \"" + owner + "'s birthday is 3 May\".";
        return;
    }
    if (own && out.problem.empty()) out.text = kBirthdayLabel;
}

}  // namespace

CaptureLine readCaptureLine(const Notebook& nb, const std::string& input, CivilDate today, DateOrder order,
                            EntityId about) {
    CaptureLine out;
    const std::string line = trim(input);
    const std::string lower = lowerAscii(line);
    const std::vector<EntityId> aboutPeers = nb.findPeer(about) ? std::vector<EntityId>{about} : std::vector<EntityId>{};
    // "conflict: ..." and "I believed: ..." have a colon that follows no name.
    if (startsMeetingPhrase(line)) {
        out.peers = aboutPeers;
        readBody(nb, line, today, order, std::nullopt, out);
        return out;
    }
    const size_t colon = line.find(':');
    // "Sam's birthday: 4 July" names whose birthday before any colon.
    for (const char* whose : kKidsBirthdaySuffixes) {
        if (const size_t at = lower.find(whose); at != std::string::npos && at > 0 && at < colon) {
            readWhoseBirthday(nb, line, at, order, out);
            // "Léa's birthday" across the table is the kid of the peer there, when several have a Léa.
            if (!aboutPeers.empty() && std::find(out.peers.begin(), out.peers.end(), about) != out.peers.end()) {
                out.peers = aboutPeers;
            }
            return out;
        }
    }
    if (colon != std::string::npos) {
        // "I owe Dev Patel: the plan" and "Sam owes me: the numbers" name the direction before the colon.
        std::string namePart = trim(line.substr(0, colon));
        const std::string lowerName = lowerAscii(namePart);
        std::optional<CommitmentDirection> owed;
        if (startsWith(lowerName, "i owe ")) {
            namePart = namePart.substr(6);
            owed = CommitmentDirection::MeToThem;
        } else if (lowerName.size() > 8 && lowerName.compare(lowerName.size() - 8, 8, " owes me") == 0) {
            namePart = namePart.substr(0, namePart.size() - 8);
            owed = CommitmentDirection::ThemToMe;
        }
        out.peers = matchPeers(nb, namePart);
        if (!out.peers.empty() || aboutPeers.empty()) {
            out.hasPeerPart = true;
            readBody(nb, line.substr(colon + 1), today, order, owed, out);
            return out;
        }
        // Live mode: "Q1: numbers are late" names no peer; it is said about the peer across the table.
    }
    if (startsWith(lower, "i owe ")) {  // "I owe Dev the hiring plan by fri"
        const NameAtStart name = nameAtStart(nb, std::string_view(line).substr(6));
        if (!name.peers.empty()) {
            out.hasPeerPart = true;
            out.peers = name.peers;
            readBody(nb, line.substr(6 + name.end), today, order, CommitmentDirection::MeToThem, out);
            return out;
        }
    }
    if (const size_t owes = lower.find(" owes me "); owes != std::string::npos) {  // "Sam owes me the Q1 numbers"
        const auto peers = matchPeers(nb, line.substr(0, owes));
        if (!peers.empty()) {
            out.hasPeerPart = true;
            out.peers = peers;
            readBody(nb, line.substr(owes + 9), today, order, CommitmentDirection::ThemToMe, out);
            return out;
        }
    }
    if (readFollowUp(nb, line, false, today, order, out)) return out;  // "ask Maria about ... in 2 weeks"
    if (!aboutPeers.empty()) {  // live mode: the line is about the peer across the table
        out.peers = aboutPeers;
        readBody(nb, line, today, order, std::nullopt, out);
        return out;
    }
    out.text = line;
    return out;
}

}  // namespace rapport
