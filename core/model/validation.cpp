// Field rules of every entity type. Each check returns the first broken rule as a sentence the UI can
// show; nothing is silently fixed.
#include "core/model/validation.h"

#include <set>

#include "core/model/checker.h"

namespace rapport {
namespace {

Status check(const Peer& p) {
    Checker c("peer");
    c.name(p.name, "name");
    c.shortText(p.role, "role");
    c.shortText(p.team, "team");
    c.date(p.metOn, "date we met");
    c.shortText(p.metWhere, "place we met");
    c.shortText(p.introducedBy, "introducer");
    c.enumValue(p.interdependence, "interdependence");
    c.enumValue(p.relationship, "relationship kind");
    c.enumValue(p.stage, "relationship stage");
    c.list(p.trustHistory, "trust records");
    for (const auto& t : p.trustHistory) {
        c.range(t.level, 1, 5, "trust level");
        c.date(t.date, "trust date");
        c.text(t.note, "trust note");
    }
    for (size_t i = 1; i < p.trustHistory.size(); ++i) {
        if (p.trustHistory[i].date < p.trustHistory[i - 1].date) c.fail("The peer's trust history is out of date order.");
    }
    c.list(p.tags, "tags");
    for (const auto& t : p.tags) c.name(t, "tag");
    c.text(p.notes, "notes");
    return c.result();
}

void checkAnnual(Checker& c, const AnnualDate& d) {
    if (d.year != 0) {
        auto r = CivilDate::fromYmd(d.year, d.month, d.day);
        if (!r) c.fail("The important date is not a date: " + r.error().message);
        else c.date(r.value(), "important date");
    } else if (d.month < 1 || d.month > 12 || d.day < 1 || d.day > daysInMonth(2000, d.month)) {
        c.fail("The important date " + std::to_string(d.month) + "/" + std::to_string(d.day) + " does not exist.");
    }
}

Status check(const Fact& f) {
    Checker c("fact");
    c.required(f.peerId, "peer");
    c.enumValue(f.category, "category");
    c.nonEmpty(f.text, "text");
    c.date(f.learnedOn, "date learned");
    c.shortText(f.learnedWhere, "place learned");
    if (f.category == FactCategory::ImportantDate && !f.date) c.fail("An important date needs a month and day.");
    if (f.date) checkAnnual(c, *f.date);
    return c.result();
}

Status check(const Connection& x) {
    Checker c("connection");
    c.required(x.peerId, "peer");
    c.name(x.interest, "interest");
    c.text(x.note, "note");
    c.text(x.helpedWhen, "note on when it helped");
    return c.result();
}

Status check(const BanterTopic& b) {
    Checker c("banter topic");
    c.required(b.peerId, "peer");
    c.name(b.text, "text");
    c.date(b.lastUsed, "last-used date");
    return c.result();
}

Status check(const JointProject& p) {
    Checker c("joint project");
    c.name(p.title, "title");
    if (p.peerIds.empty()) c.fail("A joint project needs at least one peer.");
    c.list(p.peerIds, "peers");
    c.distinct(p.peerIds, "peer");
    c.enumValue(p.kind, "kind");
    c.date(p.start, "start");
    c.range(p.timeboxDays, 1, 365, "timebox in days");
    c.enumValue(p.phase, "phase");
    std::set<ProjectPhase> phases;
    for (const auto& n : p.phaseNotes) {
        c.enumValue(n.phase, "phase of notes");
        if (n.phase == ProjectPhase::Done || n.phase == ProjectPhase::Dropped) c.fail("Phase notes belong to explore, converge or execute.");
        if (!phases.insert(n.phase).second) c.fail("The joint project has two sets of notes for one phase.");
        for (const auto* s : {&n.whatIKnow, &n.whatTheyKnow, &n.debates, &n.ideas, &n.peopleTalkedTo, &n.decision}) {
            c.text(*s, "phase notes");
        }
    }
    c.list(p.observations, "observations");
    for (const auto& o : p.observations) {
        c.date(o.date, "observation date");
        c.enumValue(o.aspect, "observation aspect");
        c.text(o.text, "observation");
    }
    c.date(p.endedOn, "end date");
    if (p.isActive() && p.endedOn) c.fail("An active joint project has no end date.");
    if (!p.isActive() && !p.endedOn) c.fail("A finished joint project needs an end date.");
    if (p.endedOn && *p.endedOn < p.start) c.fail("The joint project ends before it starts.");
    c.text(p.outcome, "outcome");
    c.text(p.retro, "retro");
    return c.result();
}

Status check(const Commitment& x) {
    Checker c("commitment");
    c.required(x.peerId, "peer");
    c.enumValue(x.direction, "direction");
    c.nonEmpty(x.text, "text");
    c.date(x.madeOn, "date made");
    c.date(x.due, "due date");
    if (x.due && *x.due < x.madeOn) c.fail("The commitment is due before it was made.");
    c.enumValue(x.status, "status");
    c.date(x.resolvedOn, "resolution date");
    if (x.isOpen() && x.resolvedOn) c.fail("An open commitment has no resolution date.");
    if (!x.isOpen() && !x.resolvedOn) c.fail("A resolved commitment needs the date it was resolved.");
    c.enumValue(x.origin, "origin");
    if (x.origin == CommitmentOrigin::Other && x.originId != kNoId) c.fail("A commitment of no origin cannot point at one.");
    return c.result();
}

Status check(const Ritual& r) {
    Checker c("ritual");
    c.enumValue(r.kind, "kind");
    if (r.kind == RitualKind::Custom) c.name(r.title, "name");
    else c.shortText(r.title, "name");
    c.shortText(r.workEvent, "work event");
    c.enumValue(r.unit, "recurrence");
    c.range(r.every, 1, 52, "recurrence interval");
    if (r.participants.empty()) c.fail("A ritual needs at least one participant.");
    c.list(r.participants, "participants");
    c.distinct(r.participants, "participant");
    c.date(r.lastDone, "last-done date");
    c.date(r.nextDue, "next due date");
    return c.result();
}

}  // namespace

CivilDate minNotebookDate() { return CivilDate::ymd(1900, 1, 1); }
CivilDate maxNotebookDate() { return CivilDate::ymd(2199, 12, 31); }

Result<std::string> checkedName(std::string_view name, std::string_view what) {
    const auto isSpace = [](char ch) { return ch == ' ' || ch == '\t' || ch == '\n' || ch == '\r'; };
    while (!name.empty() && isSpace(name.front())) name.remove_prefix(1);
    while (!name.empty() && isSpace(name.back())) name.remove_suffix(1);
    std::string w(what);
    if (name.empty()) return makeError("The " + w + " is empty.");
    if (name.size() > kMaxNameLength) {
        return makeError("The " + w + " is longer than " + std::to_string(kMaxNameLength) + " characters.");
    }
    for (char ch : name) {
        if (ch == '\n' || ch == '\r' || ch == '\0') return makeError("The " + w + " must fit on one line.");
    }
    return std::string(name);
}


Status validate(const Entity& e) {
    switch (kindOf(e)) {
        case EntityKind::Peer: return check(std::get<Peer>(e));
        case EntityKind::Fact: return check(std::get<Fact>(e));
        case EntityKind::Connection: return check(std::get<Connection>(e));
        case EntityKind::BanterTopic: return check(std::get<BanterTopic>(e));
        case EntityKind::JointProject: return check(std::get<JointProject>(e));
        case EntityKind::Commitment: return check(std::get<Commitment>(e));
        case EntityKind::Ritual: return check(std::get<Ritual>(e));
        default: return checkRest(e);
    }
}

}  // namespace rapport
