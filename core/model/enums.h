// Every enumeration of the model, with explicit values: they are persisted as fixed-width integers,
// so a value, once shipped, never changes meaning. isValid() guards loads and command inputs.
#pragma once

#include <cstdint>

namespace rapport {

// How much my results depend on this peer; drives the recommended 1:1 cadence.
enum class Interdependence : uint8_t { Strong = 0, Moderate = 1, Light = 2 };
// How the peer relates to me in the org chart; drives the preferred 1:1 weekday.
enum class RelationshipKind : uint8_t { Peer = 0, DirectReport = 1, Manager = 2, Other = 3 };
// Where the relationship stands.
enum class RelationshipStage : uint8_t { New = 0, Building = 1, Established = 2, Trusted = 3, Strained = 4, Dormant = 5 };
// Trust level of an agenda item or bank topic (a peer's 1-5 trust maps onto it: 1-2 low, 3 medium, 4-5 high).
enum class TrustTier : uint8_t { Low = 0, Medium = 1, High = 2 };
// Category of a get-to-know fact.
enum class FactCategory : uint8_t { Family = 0, Hobbies = 1, Music = 2, Sport = 3, Food = 4, Travel = 5, Pets = 6, ImportantDate = 7, Other = 8 };
// Why a joint project exists.
enum class ProjectKind : uint8_t { WhiteSpace = 0, HelpingTheirPriority = 1 };
// Phase of a joint project; Done and Dropped end it.
enum class ProjectPhase : uint8_t { Explore = 0, Converge = 1, Execute = 2, Done = 3, Dropped = 4 };
// What an observation about a peer is about.
enum class ObservationAspect : uint8_t { Thinks = 0, Values = 1, Communicates = 2, Other = 3 };
// Who owes whom.
enum class CommitmentDirection : uint8_t { MeToThem = 0, ThemToMe = 1 };
// Where a commitment stands; all but Open are resolved.
enum class CommitmentStatus : uint8_t { Open = 0, Kept = 1, KeptLate = 2, Missed = 3, Renegotiated = 4, Dropped = 5 };
// Where a commitment was made.
enum class CommitmentOrigin : uint8_t { Other = 0, Project = 1, OneOnOne = 2, Ritual = 3 };
// Kind of ritual.
enum class RitualKind : uint8_t { CoffeeBeforeMeeting = 0, DinnerAfterOffsite = 1, QuarterlyReunion = 2, Custom = 3 };
// Recurrence unit of a ritual.
enum class RecurrenceUnit : uint8_t { None = 0, Weeks = 1, Months = 2 };
// 1:1 cadence.
enum class CadenceKind : uint8_t { Weekly = 0, BiWeekly = 1, Monthly = 2, EveryNWeeks = 3 };
// Outcome of a series review.
// Changed: the cadence, weekday, time or length was changed mid-period (format 2 of a series).
enum class ReviewDecision : uint8_t { Keep = 0, MoreOften = 1, LessOften = 2, End = 3, Changed = 4 };
// Kind of an agenda item.
enum class AgendaKind : uint8_t { Update = 0, Priority = 1, Dependency = 2, Preview = 3, Ask = 4, Feedback = 5, Insight = 6, Conflict = 7, Personal = 8 };
// Status of an agenda item; Pending until the meeting is finished.
enum class AgendaStatus : uint8_t { Pending = 0, Discussed = 1, CarriedOver = 2, Dropped = 3 };
// Status of a conflict recorded in a meeting.
enum class ConflictStatus : uint8_t { Open = 0, Resolved = 1, Parked = 2 };
// Exec-staff preview: whether a peer has been previewed.
enum class PreviewStatus : uint8_t { NotYet = 0, Previewed = 1 };
// Exec-staff preview: the peer's stance.
enum class Stance : uint8_t { Unknown = 0, Supportive = 1, Concerns = 2, Opposed = 3 };
// Kind of a logged interaction.
enum class InteractionKind : uint8_t { TalkedToday = 0, OneOnOne = 1, Ritual = 2, ProjectTouchpoint = 3, Other = 4 };

constexpr bool isValid(Interdependence v) { return uint8_t(v) <= 2; }
constexpr bool isValid(RelationshipKind v) { return uint8_t(v) <= 3; }
constexpr bool isValid(RelationshipStage v) { return uint8_t(v) <= 5; }
constexpr bool isValid(TrustTier v) { return uint8_t(v) <= 2; }
constexpr bool isValid(FactCategory v) { return uint8_t(v) <= 8; }
constexpr bool isValid(ProjectKind v) { return uint8_t(v) <= 1; }
constexpr bool isValid(ProjectPhase v) { return uint8_t(v) <= 4; }
constexpr bool isValid(ObservationAspect v) { return uint8_t(v) <= 3; }
constexpr bool isValid(CommitmentDirection v) { return uint8_t(v) <= 1; }
constexpr bool isValid(CommitmentStatus v) { return uint8_t(v) <= 5; }
constexpr bool isValid(CommitmentOrigin v) { return uint8_t(v) <= 3; }
constexpr bool isValid(RitualKind v) { return uint8_t(v) <= 3; }
constexpr bool isValid(RecurrenceUnit v) { return uint8_t(v) <= 2; }
constexpr bool isValid(CadenceKind v) { return uint8_t(v) <= 3; }
constexpr bool isValid(ReviewDecision v) { return uint8_t(v) <= 4; }
constexpr bool isValid(AgendaKind v) { return uint8_t(v) <= 8; }
constexpr bool isValid(AgendaStatus v) { return uint8_t(v) <= 3; }
constexpr bool isValid(ConflictStatus v) { return uint8_t(v) <= 2; }
constexpr bool isValid(PreviewStatus v) { return uint8_t(v) <= 1; }
constexpr bool isValid(Stance v) { return uint8_t(v) <= 3; }
constexpr bool isValid(InteractionKind v) { return uint8_t(v) <= 4; }

// Display names for the UI ("bi-weekly", "kept late", ...); "?" for an invalid value.
const char* label(Interdependence v);
const char* label(RelationshipKind v);
const char* label(RelationshipStage v);
const char* label(TrustTier v);
const char* label(FactCategory v);
const char* label(ProjectKind v);
const char* label(ProjectPhase v);
const char* label(CommitmentDirection v);
const char* label(CommitmentStatus v);
const char* label(CadenceKind v);
const char* label(ReviewDecision v);
const char* label(AgendaKind v);
const char* label(AgendaStatus v);
const char* label(Stance v);
const char* label(InteractionKind v);

// Maps a peer's 1-5 trust level onto the low/medium/high tiers of agenda topics.
constexpr TrustTier tierOf(uint8_t trustLevel) {
    return trustLevel >= 4 ? TrustTier::High : trustLevel == 3 ? TrustTier::Medium : TrustTier::Low;
}

}  // namespace rapport
