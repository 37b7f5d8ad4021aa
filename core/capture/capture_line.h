// Reading a quick-capture line: which peers it names and what it files. "Maria: kids Léa and Tom" (a fact),
// "Omar: I owe him the budget by fri" (a commitment due Friday), "I owe Dev the hiring plan",
// "Sam owes me the Q1 numbers", "Maria: ask about Tom's swimming in 2 weeks" (a follow-up), "Maria's birthday is
// 14 March", "Léa's birthday is 3 May" (a kid's birthday for the peer whose facts name Léa), "Maria: I believed
// she wanted headcount / actually she wanted budget" (an insight), "Maria: conflict: who owns onboarding / me: my
// team / them: hers" (a conflict). The owing verb is not kept: the commitment's text is what is owed.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "core/model/important_dates.h"
#include "core/model/notebook.h"

namespace rapport {

// FollowUp: "ask about Tom's swimming in 2 weeks" (text read after "Ask Maria ", day in `due`).
enum class CaptureKind : uint8_t {
    Fact = 0,
    Note = 1,
    Commitment = 2,
    ImportantDate = 3,
    Insight = 4,   // filed in a 1:1 (Meeting::insights)
    Conflict = 5,  // filed in a 1:1 (Meeting::conflicts)
    FollowUp = 6,
};
constexpr int kCaptureKindCount = 7;

struct CaptureLine {
    bool hasPeerPart = false;         // a name was given (before a ':' or in the sentence)
    std::vector<EntityId> peers;      // non-archived peers the name could mean (best first)
    std::string text;                 // what is filed: the fact, note or what is owed; an important date's label;
                                      // what I believed (insight); the issue (conflict)
    CaptureKind kind = CaptureKind::Fact;
    FactCategory category = FactCategory::Other;
    CommitmentDirection direction = CommitmentDirection::MeToThem;
    std::optional<CivilDate> due;     // "by fri", "by 14 March", "by next thu"; a follow-up's day
    std::optional<AnnualDate> date;   // an important date's day
    std::string happened;             // insight: what really happened
    std::string mine, theirs;         // conflict: my position and theirs ("/ me: ..." and "/ them: ...")
    std::string problem;              // why the line cannot be filed as read (one sentence); empty when fine
};

// Reads a line as of today; numeric dates follow `order`. Names match by the start of the name or of any of
// its words, ignoring case and accents; an exact full name wins over longer ones. A line that names nobody
// is about `about` when given (live 1:1 mode: the peer across the table), so "I owe them the deck by fri"
// or "kids Léa and Tom" need no name there. Never fails: what cannot be read goes into `problem`.
CaptureLine readCaptureLine(const Notebook& nb, const std::string& line, CivilDate today,
                            DateOrder order = DateOrder::Unset, EntityId about = kNoId);

}  // namespace rapport
