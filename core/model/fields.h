// The fields of every stored model type, in their stored order: one list per type, each visited as
// v("name", field). It drives both the binary format (io/model_io.h: cereal writes the fields in this
// order, so the list IS the format) and the JSON backup (interchange/backup_fields.h: writer and strict
// reader), so they cannot drift apart. A new field is appended to its type's list, together with the
// type's CEREAL_CLASS_VERSION bump (a field a version adds is visited as v("name", field, version)) and
// a backup format bump; core/README.md, "How to add a field".
// Settings is the one type outside it: its binary format grew by version (theme, then the date order),
// so its backup list is interchange/backup_fields.h (a new setting goes there too, with a backup
// format bump; a test fails while it is missing).
#pragma once

#include "core/model/entity.h"

namespace rapport {

template <class V> void fields(V& v, TrustRecord& x) { v("date", x.date); v("level", x.level); v("note", x.note); }

template <class V> void fields(V& v, Peer& x) {
    v("id", x.id); v("name", x.name); v("role", x.role); v("team", x.team); v("metOn", x.metOn);
    v("metWhere", x.metWhere); v("introducedBy", x.introducedBy); v("interdependence", x.interdependence);
    v("relationship", x.relationship); v("onLeadershipTeam", x.onLeadershipTeam); v("stage", x.stage);
    v("trustHistory", x.trustHistory); v("tags", x.tags); v("archived", x.archived); v("notes", x.notes);
}

template <class V> void fields(V& v, AnnualDate& x) { v("year", x.year); v("month", x.month); v("day", x.day); }

template <class V> void fields(V& v, Fact& x) {
    v("id", x.id); v("peerId", x.peerId); v("category", x.category); v("text", x.text); v("learnedOn", x.learnedOn);
    v("learnedWhere", x.learnedWhere); v("date", x.date);
}

template <class V> void fields(V& v, Connection& x) {
    v("id", x.id); v("peerId", x.peerId); v("interest", x.interest); v("fromMyProfile", x.fromMyProfile);
    v("note", x.note); v("helpedWhen", x.helpedWhen);
}

template <class V> void fields(V& v, BanterTopic& x) {
    v("id", x.id); v("peerId", x.peerId); v("text", x.text); v("lastUsed", x.lastUsed);
}

template <class V> void fields(V& v, PhaseNotes& x) {
    v("phase", x.phase); v("whatIKnow", x.whatIKnow); v("whatTheyKnow", x.whatTheyKnow); v("debates", x.debates);
    v("ideas", x.ideas); v("peopleTalkedTo", x.peopleTalkedTo); v("decision", x.decision);
}

template <class V> void fields(V& v, Observation& x) {
    v("date", x.date); v("peerId", x.peerId); v("aspect", x.aspect); v("text", x.text);
}

template <class V> void fields(V& v, JointProject& x) {
    v("id", x.id); v("title", x.title); v("peerIds", x.peerIds); v("kind", x.kind); v("start", x.start);
    v("timeboxDays", x.timeboxDays); v("phase", x.phase); v("phaseNotes", x.phaseNotes);
    v("observations", x.observations); v("endedOn", x.endedOn); v("outcome", x.outcome); v("retro", x.retro);
}

template <class V> void fields(V& v, Commitment& x) {
    v("id", x.id); v("peerId", x.peerId); v("direction", x.direction); v("text", x.text); v("madeOn", x.madeOn);
    v("due", x.due); v("status", x.status); v("resolvedOn", x.resolvedOn); v("origin", x.origin);
    v("originId", x.originId);
}

template <class V> void fields(V& v, Ritual& x) {
    v("id", x.id); v("kind", x.kind); v("title", x.title); v("workEvent", x.workEvent); v("unit", x.unit);
    v("every", x.every); v("participants", x.participants); v("lastDone", x.lastDone); v("nextDue", x.nextDue);
}

template <class V> void fields(V& v, Cadence& x) { v("kind", x.kind); v("everyNWeeks", x.everyNWeeks); }

template <class V> void fields(V& v, SeriesPeriod& x) {
    v("start", x.start); v("review", x.review); v("cadence", x.cadence); v("decision", x.decision);
    v("decidedOn", x.decidedOn);
    // Format 2: the period's own weekday, time and length (a change mid-period); older periods have none.
    v("weekday", x.weekday, 2); v("startMinutes", x.startMinutes, 2); v("durationMinutes", x.durationMinutes, 2);
}

template <class V> void fields(V& v, OccurrenceChange& x) { v("original", x.original); v("movedTo", x.movedTo); }

template <class V> void fields(V& v, OneOnOneSeries& x) {
    v("id", x.id); v("peerId", x.peerId); v("cadence", x.cadence); v("weekday", x.weekday);
    v("durationMinutes", x.durationMinutes); v("start", x.start); v("review", x.review); v("active", x.active);
    v("history", x.history); v("changes", x.changes);
    // Format 2: the time of day; format-1 series have none and are laid out in their weekday block.
    v("startMinutes", x.startMinutes, 2);
}

template <class V> void fields(V& v, AgendaItem& x) {
    v("text", x.text); v("trust", x.trust); v("kind", x.kind); v("status", x.status);
    v("carriedFrom", x.carriedFrom); v("previewId", x.previewId);
}

template <class V> void fields(V& v, Insight& x) { v("believed", x.believed); v("happened", x.happened); }

template <class V> void fields(V& v, Conflict& x) {
    v("issue", x.issue); v("myPosition", x.myPosition); v("theirPosition", x.theirPosition);
    v("resolution", x.resolution); v("status", x.status);
}

template <class V> void fields(V& v, Meeting& x) {
    v("id", x.id); v("seriesId", x.seriesId); v("peerId", x.peerId); v("date", x.date); v("held", x.held);
    v("agenda", x.agenda); v("notes", x.notes); v("insights", x.insights); v("conflicts", x.conflicts);
    v("energy", x.energy); v("mood", x.mood);
}

template <class V> void fields(V& v, PreviewPeer& x) {
    v("peerId", x.peerId); v("status", x.status); v("stance", x.stance); v("feedback", x.feedback);
    v("dependsOn", x.dependsOn);
}

template <class V> void fields(V& v, ExecPreview& x) {
    v("id", x.id); v("proposal", x.proposal); v("staffMeetingOn", x.staffMeetingOn); v("peers", x.peers);
    v("notes", x.notes);
}

template <class V> void fields(V& v, JournalEntry& x) {
    v("id", x.id); v("date", x.date); v("prompt", x.prompt); v("text", x.text); v("peerIds", x.peerIds);
}

template <class V> void fields(V& v, Interaction& x) {
    v("id", x.id); v("peerId", x.peerId); v("date", x.date); v("kind", x.kind); v("note", x.note);
}

template <class V> void fields(V& v, FollowUp& x) {
    v("id", x.id); v("peerId", x.peerId); v("text", x.text); v("madeOn", x.madeOn); v("due", x.due);
    v("doneOn", x.doneOn);
}

template <class V> void fields(V& v, BankTopic& x) {
    v("id", x.id); v("text", x.text); v("trust", x.trust); v("kind", x.kind);
}

}  // namespace rapport
