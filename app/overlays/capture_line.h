// Reading a quick-capture line ("Maria: kids Léa and Tom", "Omar: I owe him the budget by friday"):
// which peers the name part could mean, and what kind of entry the text most likely is. No ImGui here.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "core/model/enums.h"
#include "core/model/notebook.h"

namespace rapport::ui {

enum class CaptureKind : uint8_t { Fact = 0, Note = 1, Commitment = 2 };

struct CaptureLine {
    bool hasPeerPart = false;         // a ':' separates a name from the text
    std::vector<EntityId> peers;      // non-archived peers the name part could mean (best first)
    std::string text;                 // after the ':', trimmed (the due phrase removed for commitments)
    CaptureKind kind = CaptureKind::Fact;
    FactCategory category = FactCategory::Other;
    CommitmentDirection direction = CommitmentDirection::MeToThem;
    std::optional<CivilDate> due;     // "by friday", "by tomorrow", "by 2025-12-01"
};

// Reads a line. Names match by the start of the name or of any of its words, ignoring case and
// accents; an exact full name wins over longer ones. `today` resolves weekdays in due dates.
CaptureLine readCaptureLine(const Notebook& nb, const std::string& line, CivilDate today);

}  // namespace rapport::ui
