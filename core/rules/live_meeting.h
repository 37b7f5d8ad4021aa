// Live 1:1 mode: the agenda in the order it is talked through, and the summary shown when the 1:1 is
// finished. Pure functions of the notebook; the screen only draws them.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "core/model/commands_meeting.h"
#include "core/model/notebook.h"

namespace rapport {

// Which part of the live agenda an entry comes from, in the order they are shown.
enum class LiveSource : uint8_t { CarriedOver, Planned, Suggested };

struct LiveAgendaEntry {
    LiveSource source = LiveSource::Planned;
    size_t index = 0;                  // CarriedOver, Planned: the item's index in Meeting::agenda
    const BankTopic* topic = nullptr;  // Suggested: the bank topic (not on the agenda yet)
    bool stretch = false;              // Suggested: one rung above the peer's trust level
    std::string text;
    AgendaStatus status = AgendaStatus::Pending;  // Suggested entries are always Pending
    EntityId previewId = kNoId;        // the preview the item presents, if any
};

// A 1:1's agenda as live mode walks it: carried-over items first, then the planned ones (agenda order),
// then up to `maxSuggestions` bank topics at the peer's trust level that are not on the agenda, with at
// most one stretch topic (one rung up, never two; last). A held 1:1 gets no suggestions. Empty for an
// unknown meeting.
std::vector<LiveAgendaEntry> liveAgenda(const Notebook& nb, EntityId meetingId, size_t maxSuggestions = 4);

// The entry after `from` that is still open (Pending), wrapping around; `from` itself when no other
// is; nullopt for an empty list. Live mode moves there after each decision.
std::optional<size_t> nextOpenEntry(const std::vector<LiveAgendaEntry>& entries, size_t from);

// What a 1:1 produced, for the summary at Finish (and any time after).
struct MeetingSummary {
    std::vector<std::string> discussed;
    std::vector<std::string> carried;   // carried over (once finished, they open the next 1:1)
    std::vector<std::string> dropped;
    std::vector<std::string> open;      // still undecided (before Finish)
    std::vector<const Commitment*> iOwe;      // made in this 1:1, me to them
    std::vector<const Commitment*> theyOwe;   // made in this 1:1, them to me
    std::vector<const Fact*> facts;           // learned in this 1:1: at a 1:1 on its date (today while it runs)
    size_t insights = 0;
    size_t conflicts = 0;
    std::optional<CivilDate> nextMeeting;     // the peer's next prepared 1:1 after this one
};

// The summary of a 1:1 as of today: a 1:1 not finished yet is being held today (Finish dates it today), so
// its facts are those learned at a 1:1 today. Pointers stay valid until the notebook next changes. Fails on
// an unknown meeting.
Result<MeetingSummary> meetingSummary(const Notebook& nb, EntityId meetingId, CivilDate today);

}  // namespace rapport
