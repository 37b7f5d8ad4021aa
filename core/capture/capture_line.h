// Reading a quick-capture line: which peers it names and what it files. "Maria: kids Léa and Tom" (a fact),
// "Omar: I owe him the budget by fri" (a commitment due Friday), "I owe Dev the hiring plan",
// "Sam owes me the Q1 numbers", "Maria: ask about Tom's swimming in 2 weeks", "Maria's birthday is 14 March", "Léa's birthday is 3 May" (a kid's birthday
// for the peer whose facts name Léa). The owing verb is not kept: the commitment's text is what is owed.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "core/model/important_dates.h"
#include "core/model/notebook.h"

namespace rapport {

// FollowUp: "ask about Tom's swimming in 2 weeks" (text read after "Ask Maria ", day in `due`).
enum class CaptureKind : uint8_t { Fact = 0, Note = 1, Commitment = 2, ImportantDate = 3, FollowUp = 4 };
constexpr int kCaptureKindCount = 5;

struct CaptureLine {
    bool hasPeerPart = false;         // a name was given (before a ':' or in the sentence)
    std::vector<EntityId> peers;      // non-archived peers the name could mean (best first)
    std::string text;                 // what is filed: the fact, note or what is owed; an important date's label
    CaptureKind kind = CaptureKind::Fact;
    FactCategory category = FactCategory::Other;
    CommitmentDirection direction = CommitmentDirection::MeToThem;
    std::optional<CivilDate> due;     // "by fri", "by 14 March", "by next thu"; a follow-up's day
    std::optional<AnnualDate> date;   // an important date's day
    std::string problem;              // why the line cannot be filed as read (one sentence); empty when fine
};

// Reads a line as of today; numeric dates follow `order`. Names match by the start of the name or of any of
// its words, ignoring case and accents; an exact full name wins over longer ones. Never fails: what cannot
// be read goes into `problem`.
CaptureLine readCaptureLine(const Notebook& nb, const std::string& line, CivilDate today,
                            DateOrder order = DateOrder::Unset);

}  // namespace rapport
