// The live agenda reuses the topic suggestions of the prep card and the 1:1 page (rules/topics.h), so
// live mode never offers a topic those would not.
#include "core/rules/live_meeting.h"

#include <algorithm>

#include "core/rules/connections.h"
#include "core/rules/topics.h"

namespace rapport {

std::vector<LiveAgendaEntry> liveAgenda(const Notebook& nb, EntityId meetingId, size_t maxSuggestions) {
    std::vector<LiveAgendaEntry> out;
    const Meeting* m = nb.findMeeting(meetingId);
    if (!m) return out;
    for (const LiveSource source : {LiveSource::CarriedOver, LiveSource::Planned}) {
        for (size_t i = 0; i < m->agenda.size(); ++i) {
            const AgendaItem& item = m->agenda[i];
            if ((item.carriedFrom != kNoId) != (source == LiveSource::CarriedOver)) continue;
            out.push_back(LiveAgendaEntry{source, i, nullptr, false, item.text, item.status, item.previewId});
        }
    }
    if (m->held || maxSuggestions == 0) return out;
    // suggestTopics leaves out what the peer's last three 1:1s already list.
    std::vector<LiveAgendaEntry> fitting;
    std::optional<LiveAgendaEntry> stretch;
    for (const TopicSuggestion& s : suggestTopics(nb, m->peerId, maxSuggestions + 1)) {
        const bool listed = std::any_of(m->agenda.begin(), m->agenda.end(),
                                        [&](const AgendaItem& a) { return a.text == s.topic->text; });
        if (listed) continue;  // a later prepared 1:1 can push this one out of suggestTopics' last three
        LiveAgendaEntry e{LiveSource::Suggested, 0, s.topic, s.stretch, s.topic->text, AgendaStatus::Pending, kNoId};
        if (!s.stretch) fitting.push_back(e);
        else if (!stretch) stretch = e;
    }
    // The fitting topics first, then the one stretch topic, within the limit.
    if (fitting.size() + (stretch ? 1 : 0) > maxSuggestions) fitting.resize(maxSuggestions - (stretch ? 1 : 0));
    out.insert(out.end(), fitting.begin(), fitting.end());
    if (stretch) out.push_back(*stretch);
    return out;
}

std::optional<size_t> nextOpenEntry(const std::vector<LiveAgendaEntry>& entries, size_t from) {
    if (entries.empty()) return std::nullopt;
    for (size_t step = 1; step <= entries.size(); ++step) {
        const size_t i = (from + step) % entries.size();
        if (entries[i].status == AgendaStatus::Pending) return i;
    }
    return from < entries.size() ? from : entries.size() - 1;
}

Result<MeetingSummary> meetingSummary(const Notebook& nb, EntityId meetingId, CivilDate today) {
    const Meeting* m = nb.findMeeting(meetingId);
    if (!m) return makeError("No such 1:1 meeting.");
    MeetingSummary s;
    for (const AgendaItem& item : m->agenda) {
        switch (item.status) {
            case AgendaStatus::Discussed: s.discussed.push_back(item.text); break;
            case AgendaStatus::CarriedOver: s.carried.push_back(item.text); break;
            case AgendaStatus::Dropped: s.dropped.push_back(item.text); break;
            case AgendaStatus::Pending: s.open.push_back(item.text); break;
        }
    }
    for (const Commitment* c : commitmentsMadeIn(nb, meetingId)) {
        (c->direction == CommitmentDirection::MeToThem ? s.iOwe : s.theyOwe).push_back(c);
    }
    const CivilDate learnedOn = m->held ? m->date : today;
    for (const auto& [id, fact] : nb.all<Fact>()) {
        if (fact.peerId == m->peerId && fact.learnedOn == learnedOn && fact.learnedWhere == kLearnedInOneOnOne) {
            s.facts.push_back(&fact);
        }
    }
    s.insights = m->insights.size();
    s.conflicts = m->conflicts.size();
    const DatedIds& meetings = nb.meetingsOfPeer(m->peerId);
    for (auto it = meetings.upper_bound({m->date.dayNumber(), m->id}); it != meetings.end(); ++it) {
        const Meeting* next = nb.findMeeting(it->second);
        if (next && !next->held && next->id != m->id) {
            s.nextMeeting = next->date;
            break;
        }
    }
    return s;
}

}  // namespace rapport
