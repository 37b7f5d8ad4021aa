// Coming up: every reminder kind, worded for the screens, with its key and action.
#include "core/rules/reminders.h"

#include <algorithm>
#include <cstdio>

#include "core/model/commands.h"
#include "core/model/recurrence.h"
#include "core/rules/commitments.h"
#include "core/rules/important_dates.h"
#include "core/rules/previews.h"
#include "core/rules/relationships.h"

namespace rapport {
namespace {

std::string hexId(EntityId id) {
    char buf[24];
    std::snprintf(buf, sizeof buf, "%llx", static_cast<unsigned long long>(id));
    return buf;
}

std::string key(const char* kind, EntityId id, CivilDate date) { return std::string(kind) + ":" + hexId(id) + ":" + date.toIso(); }

std::string nameOf(const Notebook& nb, EntityId peerId) {
    const Peer* p = nb.findPeer(peerId);
    return p ? p->name : "?";
}

std::string firstName(const Notebook& nb, EntityId peerId) {
    const std::string name = nameOf(nb, peerId);
    return name.substr(0, name.find(' '));
}

// "today", "tomorrow", "in 3 days", "yesterday", "3 days ago".
std::string when(int32_t days) {
    if (days == 0) return "today";
    if (days == 1) return "tomorrow";
    if (days == -1) return "yesterday";
    return days > 0 ? "in " + std::to_string(days) + " days" : std::to_string(-days) + " days ago";
}

// "Thu 10 Dec".
std::string shortDay(CivilDate d) {
    static const char* const kMonths[12] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
    return std::string(weekdayName(d.weekday())).substr(0, 3) + " " + std::to_string(d.day()) + " " + kMonths[d.month() - 1];
}


bool involves(const std::vector<EntityId>& ids, EntityId peerId) {
    return std::find(ids.begin(), ids.end(), peerId) != ids.end();
}

bool archived(const Notebook& nb, EntityId peerId) {
    const Peer* p = nb.findPeer(peerId);
    return !p || p->archived;
}

class Collector {
public:
    Collector(const Notebook& nb, CivilDate today, EntityId peerId) : m_nb(nb), m_today(today), m_peer(peerId) {}
    bool wants(EntityId peerId) const { return (m_peer == kNoId || peerId == m_peer) && !archived(m_nb, peerId); }
    void add(Reminder r) {
        if (isReminderDismissed(m_nb, r.key)) return;
        r.daysAway = m_today.daysUntil(r.date);
        m_out.push_back(std::move(r));
    }
    std::vector<Reminder> take() {
        std::stable_sort(m_out.begin(), m_out.end(), [](const Reminder& a, const Reminder& b) {
            return a.date != b.date ? a.date < b.date : uint8_t(a.kind) < uint8_t(b.kind);
        });
        return std::move(m_out);
    }

private:
    const Notebook& m_nb;
    CivilDate m_today;
    EntityId m_peer;
    std::vector<Reminder> m_out;
};

void importantDates(const Notebook& nb, CivilDate today, Collector& c) {
    for (const ComingUpDate& d : importantDatesComingUp(nb, today, nb.settings().reminderDays)) {
        if (!c.wants(d.peerId)) continue;
        const std::string name = nameOf(nb, d.peerId);
        c.add(Reminder{ReminderKind::ImportantDate, ReminderAction::NoteCongratulation, d.date, 0, d.peerId, d.fact->id,
                       key("date", d.fact->id, d.date), describeImportantDate(d, name), "Note to congratulate",
                       congratulationNoted(nb, d, name)});
    }
}

void followUps(const Notebook& nb, CivilDate today, CivilDate until, Collector& c) {
    for (const auto& [id, f] : nb.all<FollowUp>()) {
        if (!f.isOpen() || f.due > until || !c.wants(f.peerId)) continue;
        const int32_t days = today.daysUntil(f.due);
        std::string text = "Ask " + firstName(nb, f.peerId) + " " + f.text;
        text += days < 0 ? " (due " + when(days) + ")" : days == 0 ? "" : " (" + when(days) + ")";
        c.add(Reminder{ReminderKind::FollowUp, ReminderAction::FollowUpDone, f.due, 0, f.peerId, id,
                       key("follow", id, f.due), text, "Done", false});
    }
}

void rituals(const Notebook& nb, CivilDate today, EntityId peerId, Collector& c) {
    const CivilDate tomorrow = today.addDays(1);
    for (const auto& [id, r] : nb.all<Ritual>()) {
        if (r.nextDue != tomorrow) continue;
        if (peerId != kNoId && !involves(r.participants, peerId)) continue;
        std::string with;
        for (EntityId p : r.participants) {
            if (!archived(nb, p)) with += (with.empty() ? "" : ", ") + nameOf(nb, p);
        }
        if (with.empty()) continue;
        std::string text = ritualName(r) + " with " + with + " tomorrow";
        if (!r.workEvent.empty()) text += " (" + r.workEvent + ")";
        c.add(Reminder{ReminderKind::Ritual, ReminderAction::RitualDone, tomorrow, 0, r.participants.front(), id,
                       key("ritual", id, tomorrow), text, "Mark done", false});
    }
}

void timeboxes(const Notebook& nb, CivilDate today, EntityId peerId, Collector& c) {
    for (const auto& [id, p] : nb.all<JointProject>()) {
        const CivilDate end = p.timeboxEnd();
        if (!p.isActive() || end < today || end > today.addDays(2)) continue;
        if (peerId != kNoId && !involves(p.peerIds, peerId)) continue;
        const std::string text = "Timebox of \"" + p.title + "\" ends " + when(today.daysUntil(end)) + " (" +
                                 std::to_string(p.timeboxDays) + "-day timebox)";
        c.add(Reminder{ReminderKind::TimeboxEnding, ReminderAction::OpenProject, end, 0,
                       p.peerIds.size() == 1 ? p.peerIds.front() : kNoId, id, key("timebox", id, end), text, "Open", false});
    }
}

void previews(const Notebook& nb, CivilDate today, Collector& c) {
    for (const auto& [id, pv] : nb.all<ExecPreview>()) {
        const CivilDate staff = pv.staffMeetingOn;
        if (staff <= today || staff > today.addDays(nb.settings().reminderDays)) continue;
        const auto plan = previewPlan(nb, id);
        for (const PreviewPeer& pp : pv.peers) {
            if (!pp.dependsOn || pp.status != PreviewStatus::NotYet || !c.wants(pp.peerId)) continue;
            auto it = std::find_if(plan.begin(), plan.end(), [&](const PreviewPeerPlan& x) { return x.peerId == pp.peerId; });
            std::string text = "Preview \"" + pv.proposal + "\" with " + firstName(nb, pp.peerId) +
                               " before the staff meeting on " + shortDay(staff);
            Reminder r{ReminderKind::PreviewOwed, ReminderAction::OpenPreviews, staff, 0, pp.peerId, id,
                       key("preview", id ^ pp.peerId, staff), "", "Open previews", false};
            if (it != plan.end() && it->slot) {
                text += ": last 1:1 before it " + shortDay(it->slot->date);
                r.date = it->slot->date;
                r.action = ReminderAction::PutPreviewOnAgenda;
                r.actionLabel = "Put on that agenda";
                r.actionDone = it->onAgenda;
            } else {
                text += ": no 1:1 with them before it";
            }
            r.text = text;
            c.add(std::move(r));
        }
    }
}

void commitments(const Notebook& nb, CivilDate today, Collector& c) {
    for (const Commitment* k : commitmentsDue(nb, today, 0)) {
        if (!c.wants(k->peerId)) continue;
        const std::string who = nameOf(nb, k->peerId);
        const std::string text = k->direction == CommitmentDirection::MeToThem ? "Due today to " + who + ": " + k->text
                                                                               : "Due today from " + who + ": " + k->text;
        c.add(Reminder{ReminderKind::CommitmentDue, ReminderAction::CommitmentKept, today, 0, k->peerId, k->id,
                       key("due", k->id, today), text, "Kept", false});
    }
}

void drift(const Notebook& nb, CivilDate today, Collector& c) {
    for (const Drift& d : driftingPeers(nb, today)) {
        if (!c.wants(d.peerId)) continue;
        const std::string text = (d.neverLogged ? "No contact logged with " + nameOf(nb, d.peerId) + " since you met, "
                                                : "No contact with " + nameOf(nb, d.peerId) + " for ") +
                                 std::to_string(d.daysSince) + " days (allowed " + std::to_string(d.allowedDays) + ")";
        c.add(Reminder{ReminderKind::Drift, ReminderAction::LogContact, today, 0, d.peerId, d.peerId,
                       key("drift", d.peerId, d.since), text, "Talked today", false});
    }
}

}  // namespace

std::vector<Reminder> comingUp(const Notebook& nb, CivilDate today, EntityId peerId, std::optional<CivilDate> until) {
    Collector c(nb, today, peerId);
    importantDates(nb, today, c);
    followUps(nb, today, until ? *until : today.addDays(1), c);
    rituals(nb, today, peerId, c);
    timeboxes(nb, today, peerId, c);
    previews(nb, today, c);
    commitments(nb, today, c);
    drift(nb, today, c);
    return c.take();
}

std::string ritualName(const Ritual& r) {
    static const char* const kKinds[] = {"Coffee before the meeting", "Dinner after the offsite", "Quarterly reunion"};
    if (!r.title.empty()) return r.title;
    return size_t(r.kind) < 3 ? kKinds[size_t(r.kind)] : "Ritual";
}

std::string reminderSubject(const Reminder& r) {
    const std::string text = r.text.substr(0, r.text.find(':'));
    return "\"" + (text.size() > 48 ? text.substr(0, 45) + "..." : text) + "\"";
}

}  // namespace rapport
