// Reading "ask about ... in 2 weeks" / "follow up on ... next Friday" into a follow-up.
#include "core/capture/capture_follow_up.h"

#include "core/capture/capture_words.h"
#include "core/util/date_parse.h"

namespace rapport::capture {
namespace {

// The day at the end of the text: the longest tail that reads as a date ("in 2 weeks", "next Friday",
// "on 14 March"); the text before it is kept in `rest`. A tail that is a date but impossible ("31 April")
// is a problem rather than text.
bool takeDay(const std::string& text, CivilDate today, DateOrder order, CaptureLine& out, std::string& rest) {
    for (size_t at = text.find(' '); at != std::string::npos; at = text.find(' ', at + 1)) {
        const std::string tail = trim(text.substr(at + 1));
        auto day = parseDate(tail, {today, order, DateDirection::Future});
        if (!day && day.error().message.find("I can read") != std::string::npos) continue;
        rest = trim(text.substr(0, at));
        for (const char* joint : {" on", " by"}) {  // "... on 14 March"
            const std::string lower = lowerAscii(rest);
            const size_t n = std::string_view(joint).size();
            if (lower.size() > n && lower.compare(lower.size() - n, n, joint) == 0) rest = trim(rest.substr(0, rest.size() - n));
        }
        if (!day) out.problem = "The day to ask: " + day.error().message;
        else if (day.value() < today) out.problem = "The day to ask is in the past; say a day from today on.";
        else out.due = day.value();
        return true;
    }
    return false;
}

}  // namespace

bool readFollowUp(const Notebook& nb, const std::string& body, bool peerKnown, CivilDate today, DateOrder order,
                  CaptureLine& out) {
    std::string text = trim(body);
    const std::string lower = lowerAscii(text);
    std::string subject;  // what follows "ask"/"follow up", before any name handling
    bool followUp = false;
    if (startsWith(lower, "follow up ") || startsWith(lower, "follow-up ")) {
        subject = trim(text.substr(10));
        followUp = true;
    } else if (startsWith(lower, "ask ")) {
        subject = trim(text.substr(4));
    } else {
        return false;
    }
    std::string lowerSubject = lowerAscii(subject);
    if (followUp && startsWith(lowerSubject, "with ")) subject = trim(subject.substr(5));
    if (!peerKnown) {
        const NameAtStart name = nameAtStart(nb, subject);
        if (!name.peers.empty()) {
            out.hasPeerPart = true;
            out.peers = name.peers;
            subject = trim(subject.substr(name.end));
        }
    }
    lowerSubject = lowerAscii(subject);
    if (followUp) {
        for (const char* word : {"on ", "about "}) {
            if (startsWith(lowerSubject, word)) {
                subject = trim(subject.substr(std::string_view(word).size()));
                break;
            }
        }
        subject = "about " + subject;
    }
    // Asking without "about"/"how"/"whether" ("ask the launch") reads as "about the launch".
    lowerSubject = lowerAscii(subject);
    if (!startsWith(lowerSubject, "about ") && !startsWith(lowerSubject, "how ") && !startsWith(lowerSubject, "whether ") &&
        !startsWith(lowerSubject, "if ") && !startsWith(lowerSubject, "what ") && !startsWith(lowerSubject, "why ")) {
        subject = "about " + subject;
    }
    out.kind = CaptureKind::FollowUp;
    std::string rest;
    if (!takeDay(subject, today, order, out, rest)) {
        out.text = subject;
        out.problem = "Say when to ask, e.g. \"ask about the launch in 2 weeks\" or \"... next Friday\".";
        return true;
    }
    out.text = rest;
    if (out.problem.empty() && (lowerAscii(rest) == "about" || rest.empty())) out.problem = "Say what to ask about.";
    if (out.problem.empty() && !peerKnown && !out.hasPeerPart) {
        out.problem = "Say who to ask, e.g. \"Maria: ask about Tom's swimming in 2 weeks\".";
    }
    return true;
}

}  // namespace rapport::capture
