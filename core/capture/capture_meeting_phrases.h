// The phrases of quick capture that belong in a 1:1: an insight ("I believed she wanted headcount /
// actually she wanted budget") and a conflict ("conflict: who owns onboarding / me: my team / them: hers").
#pragma once

#include <string>

#include "core/capture/capture_line.h"

namespace rapport::capture {

// True when `text` starts like an insight or a conflict (before any peer name is looked for, since
// "conflict: ..." has a colon that is not a name's).
bool startsMeetingPhrase(const std::string& text);

// Reads an insight: "I believed|thought|assumed|expected X, actually Y" (any of "/ , ; -" or "but" before
// "actually"). Sets kind, text (what I believed), happened, or problem when a half is missing. Returns
// false when the text is not an insight.
bool readInsight(const std::string& text, CaptureLine& out);

// Reads a conflict: "conflict: X", "conflict over|about|on X", "disagreement: X", "we disagree on X", each
// optionally followed by "/ me: ..." and "/ them: ..." (or "/ I want ..." and "/ they want ..."). Sets
// kind, text (the issue), mine, theirs, or problem. Returns false when the text is not a conflict.
bool readConflict(const std::string& text, CaptureLine& out);

}  // namespace rapport::capture
