// Command builders: the only way the UI changes the notebook. Each validates its inputs, returns a
// Command (with an Undo label) or an Error saying what is wrong; the caller applies it with
// Notebook::apply (through the store). Builders never change the notebook themselves.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/model/command.h"
#include "core/model/ids.h"
#include "core/model/notebook.h"
#include "core/util/result.h"

namespace rapport {

// [SECTION] Generic edits (forms that edit a copy of an entity and submit it)

// Creates draft with a fresh id (draft's id is ignored). Fails on any field rule or missing reference.
Result<Command> createEntity(const Notebook& nb, IdSource& ids, Entity draft, std::string label);
// Replaces the entity with edited's id by edited. Fails if it does not exist, kind differs or a rule breaks.
Result<Command> updateEntity(const Notebook& nb, Entity edited, std::string label);
// Deletes an entity. Fails if it does not exist; apply() fails while other entries refer to it.
Result<Command> deleteEntity(const Notebook& nb, EntityId id);

// [SECTION] Peers

// Adds a peer with defaults (moderate interdependence, peer relationship, stage new). Fails on an empty
// or over-long name.
Result<Command> addPeer(const Notebook& nb, IdSource& ids, std::string_view name);
// Renames a peer. Fails on an unknown peer, an empty or over-long name.
Result<Command> renamePeer(const Notebook& nb, EntityId peerId, std::string_view name);
// Archives (or restores) a peer: hidden from plans and lists, nothing deleted. Fails on an unknown peer.
Result<Command> archivePeer(const Notebook& nb, EntityId peerId, bool archived = true);
// Records a trust level (1..5) as of a date. Fails on an unknown peer, a level outside 1..5, or a date
// before the latest record.
Result<Command> recordTrust(const Notebook& nb, EntityId peerId, uint8_t level, CivilDate date, std::string note = {});

// [SECTION] Get to know

// Adds a fact about a peer. Fails on an unknown peer, empty text, dates out of range, or an important date
// without a valid month/day (Feb 29 allowed without a year).
Result<Command> addFact(const Notebook& nb, IdSource& ids, EntityId peerId, FactCategory category, std::string text,
                        std::optional<CivilDate> learnedOn = std::nullopt, std::string learnedWhere = {},
                        std::optional<AnnualDate> date = std::nullopt);
// Adds an interest we share. Fails on an unknown peer or an empty interest.
Result<Command> addConnection(const Notebook& nb, IdSource& ids, EntityId peerId, std::string interest,
                              bool fromMyProfile = false, std::string note = {});
// Adds a banter topic. Fails on an unknown peer or empty text.
Result<Command> addBanterTopic(const Notebook& nb, IdSource& ids, EntityId peerId, std::string text);
// Records that a banter topic was used on a date. Fails on an unknown topic.
Result<Command> markBanterUsed(const Notebook& nb, EntityId topicId, CivilDate date);

// [SECTION] Interactions and journal

// Logs a contact ("talked today"); last interaction is derived from these. Fails on an unknown peer.
Result<Command> logInteraction(const Notebook& nb, IdSource& ids, EntityId peerId, CivilDate date,
                               InteractionKind kind = InteractionKind::TalkedToday, std::string note = {});
// Adds a journal entry. Fails on empty text or an unknown peer.
Result<Command> addJournalEntry(const Notebook& nb, IdSource& ids, CivilDate date, std::string text,
                                std::string prompt = {}, std::vector<EntityId> peerIds = {});

// [SECTION] Joint projects

// Starts a joint project (phase explore). Fails on an empty title, no or unknown peers, a timebox outside
// 1..365 days. A timebox past 21 days is allowed; rules/ warns about it.
Result<Command> addProject(const Notebook& nb, IdSource& ids, std::string title, std::vector<EntityId> peerIds,
                           ProjectKind kind, CivilDate start, int32_t timeboxDays = JointProject::kDefaultTimeboxDays);
// Moves a project to another phase; Done/Dropped set the end date, going back to an active phase clears it.
// Fails on an unknown project or a date before the start.
Result<Command> setProjectPhase(const Notebook& nb, EntityId projectId, ProjectPhase phase, CivilDate date);
// Adds an observation. Fails on an unknown project or a peer who is not in the project.
Result<Command> addObservation(const Notebook& nb, EntityId projectId, Observation observation);

// [SECTION] Commitments

// Records a commitment. Fails on an unknown peer, empty text, or a due date before madeOn.
Result<Command> addCommitment(const Notebook& nb, IdSource& ids, EntityId peerId, CommitmentDirection direction,
                              std::string text, CivilDate madeOn, std::optional<CivilDate> due = std::nullopt,
                              CommitmentOrigin origin = CommitmentOrigin::Other, EntityId originId = kNoId);
// Sets the status as of a date (Open clears the resolution date). Kept after the due date must be KeptLate
// and KeptLate on time must be Kept: the error says so rather than fixing it silently.
Result<Command> setCommitmentStatus(const Notebook& nb, EntityId commitmentId, CommitmentStatus status, CivilDate date);
// Marks an open commitment renegotiated and records its replacement with the new due date.
Result<Command> renegotiateCommitment(const Notebook& nb, IdSource& ids, EntityId commitmentId, CivilDate newDue,
                                      CivilDate date);

// [SECTION] Rituals

// Adds a ritual. Fails on no/unknown participants, a Custom ritual without a name, every outside 1..52.
Result<Command> addRitual(const Notebook& nb, IdSource& ids, RitualKind kind, std::string title, std::string workEvent,
                          std::vector<EntityId> participants, RecurrenceUnit unit = RecurrenceUnit::None,
                          int32_t every = 1, std::optional<CivilDate> nextDue = std::nullopt);
// Marks a ritual done on a date: last done = date, next due = date + recurrence (none for a one-off).
Result<Command> markRitualDone(const Notebook& nb, EntityId ritualId, CivilDate date);

// [SECTION] 1:1 series and meetings

// Starts a 1:1 series with a peer: cadence and weekday default to the recommended ones, duration to the
// settings, review to start + 3 months. Fails on an unknown or archived peer, a peer whose series is
// already running, or bad values.
Result<Command> addSeries(const Notebook& nb, IdSource& ids, EntityId peerId, CivilDate start,
                          std::optional<Cadence> cadence = std::nullopt, std::optional<Weekday> weekday = std::nullopt,
                          std::optional<int32_t> durationMinutes = std::nullopt);
// Sets the review date of the current period. Fails when not after the start or more than 3 months after it.
Result<Command> setSeriesReview(const Notebook& nb, EntityId seriesId, CivilDate review);
// Decides a review: keep, more often, less often or end. Closes the period into the history and starts a
// new one at the next occurrence on/after `date` (review 3 months later). Fails on an ended series, a date
// before the period start, or more/less when the cadence cannot change further.
Result<Command> decideSeriesReview(const Notebook& nb, EntityId seriesId, ReviewDecision decision, CivilDate date);
// Skips one occurrence. Fails unless `date` is an occurrence of the rule not already skipped or moved.
Result<Command> skipOccurrence(const Notebook& nb, EntityId seriesId, CivilDate date);
// Moves one occurrence (original = the rule's date) to another day. Fails unless original is a rule
// occurrence or newDate already has an occurrence.
Result<Command> rescheduleOccurrence(const Notebook& nb, EntityId seriesId, CivilDate original, CivilDate newDate);
// Prepares a 1:1 meeting record for a series; with seriesId kNoId, for the peer's active series if they
// have one, else ad hoc. Its agenda opens with what the peer's last held 1:1 carried over, when no later
// 1:1 has it yet. Fails on unknown ids or when the series already has a meeting that day.
Result<Command> addMeeting(const Notebook& nb, IdSource& ids, EntityId peerId, CivilDate date,
                           EntityId seriesId = kNoId);
// Appends an agenda item. Fails on an unknown meeting or empty text.
Result<Command> addAgendaItem(const Notebook& nb, EntityId meetingId, std::string text, TrustTier trust,
                              AgendaKind kind);
// Sets one agenda item's status. Fails on an unknown meeting or index.
Result<Command> setAgendaItemStatus(const Notebook& nb, EntityId meetingId, size_t index, AgendaStatus status);
// Marks a meeting held. Items still pending become "carried over" and are copied (pending) onto the
// series' next meeting, which is prepared at the next occurrence if needed. With `heldOn` (a 1:1 held
// early, on another day than planned) the meeting is dated that day and its series occurrence is
// recorded as moved there, so the series' next occurrence follows it. Fails on an unknown or held
// meeting, or when the series already has another 1:1 on `heldOn`.
Result<Command> finishMeeting(const Notebook& nb, IdSource& ids, EntityId meetingId,
                              std::optional<CivilDate> heldOn = std::nullopt);

// What a change mid-period sets; unset fields stay as they are.
struct SeriesChange {
    std::optional<Cadence> cadence;
    std::optional<Weekday> weekday;
    std::optional<int32_t> startMinutes;
    std::optional<int32_t> durationMinutes;
    // The time a series without its own had until now (rules/series_layout.h seriesTime), kept in the
    // closed period so the calendar still shows the past 1:1s where they were.
    std::optional<int32_t> laidOutMinutes;
};
// Changes a running series from `from` on: the current period goes into the history (decision
// Changed) and a new one starts. A new cadence or weekday starts a fresh rhythm on `from` with a new
// 3-month review; a new time or length keeps the rhythm (the new period starts at the old rule's next
// occurrence) and the review date. Fails on an ended series, `from` before the period start, or when
// nothing changes.
Result<Command> changeSeries(const Notebook& nb, EntityId seriesId, const SeriesChange& change, CivilDate from);
// Ends a running series on `date` at any time (not only at its review): the history keeps the period.
Result<Command> endSeries(const Notebook& nb, EntityId seriesId, CivilDate date);

// [SECTION] Follow-ups

// Notes a follow-up to ask a peer about on a day. Fails on an unknown peer, empty text, a day before today,
// or the same open follow-up twice ("Already noted ...").
Result<Command> addFollowUp(const Notebook& nb, IdSource& ids, EntityId peerId, std::string text, CivilDate due,
                            CivilDate today);
// Marks a follow-up done. Fails on an unknown or already done follow-up.
Result<Command> completeFollowUp(const Notebook& nb, EntityId followUpId, CivilDate date);
// Moves a follow-up to a later day. Fails when done, when the day is not after today or is already its day.
Result<Command> snoozeFollowUp(const Notebook& nb, EntityId followUpId, CivilDate newDue, CivilDate today);

// [SECTION] Reminders (Coming up)

// Dismissed keys are kept this many days after the day they are about, then pruned.
constexpr int32_t kReminderKeepDays = 60;
// True when the reminder with this key (rules/reminders.h) was dismissed.
bool isReminderDismissed(const Notebook& nb, const std::string& key);
// Dismisses a reminder for good (saved in the settings; undoable). `what` names it for the Undo label.
// Fails on an empty key or one already dismissed.
Result<Command> dismissReminder(const Notebook& nb, IdSource& ids, const std::string& key, std::string what,
                                CivilDate today);

// [SECTION] Exec-staff previews

// Adds a preview. Fails on an empty proposal, an unknown or repeated peer.
Result<Command> addPreview(const Notebook& nb, IdSource& ids, std::string proposal, CivilDate staffMeetingOn,
                           std::vector<EntityId> peerIds, std::vector<EntityId> dependsOn = {});
// Sets a peer's preview status, stance and feedback. Fails when the peer is not on the preview.
Result<Command> setPreviewPeer(const Notebook& nb, EntityId previewId, EntityId peerId, PreviewStatus status,
                               Stance stance, std::string feedback);
// Puts the preview on the agenda of each not-yet-previewed peer's 1:1 in the 7 days before the staff
// meeting (preparing the meeting if needed). Peers with no 1:1 that week are left out: rules/ flags them.
// Fails on an unknown preview or when there is nothing to add.
Result<Command> putPreviewOnAgendas(const Notebook& nb, IdSource& ids, EntityId previewId);

// [SECTION] Settings and topic bank

// Creates or replaces the settings singleton. Fails on any settings rule (budget, weekdays, grace...).
Result<Command> saveSettings(const Notebook& nb, IdSource& ids, Settings settings);
// Adds bank topics whose text is not in the bank yet. Fails when none is new or one breaks a rule.
Result<Command> importTopics(const Notebook& nb, IdSource& ids, const std::vector<BankTopic>& topics);
// Adds the topic bank Rapport ships (assets/) to a new notebook, with fixed ids: every notebook gets
// the same default topics, so restoring a backup into a new notebook finds them identical instead of
// adding a second copy. Fails like importTopics().
Result<Command> addShippedTopics(const Notebook& nb, const std::vector<BankTopic>& topics);
// True when c only adds (or, inverted, removes) shipped topics made by addShippedTopics(): shipped
// data, not the user's edit, so the UI never offers to undo it.
bool isShippedData(const Command& c);

}  // namespace rapport
