// One document per searchable entity. Peers rank as the most recent thing (a name hit is what people
// look for most); everything else by its own date.
#include "core/search/search_documents.h"

#include <limits>
#include <type_traits>

namespace rapport::search {
namespace {

void addLine(Document& doc, const std::string& text) {
    if (!text.empty()) doc.lines.push_back(text);
}

std::string namesOf(const Notebook& nb, const std::vector<EntityId>& peerIds) {
    std::string names;
    for (EntityId id : peerIds) {
        if (const Peer* p = nb.findPeer(id)) names += (names.empty() ? "" : ", ") + p->name;
    }
    return names;
}

std::string nameOf(const Notebook& nb, EntityId peerId) {
    const Peer* p = nb.findPeer(peerId);
    return p ? p->name : std::string();
}

void describe(const Notebook&, const Peer& p, Document& doc) {
    doc.day = std::numeric_limits<int32_t>::max();
    doc.title = p.name;
    doc.subtitle = p.role.empty() ? p.team : p.team.empty() ? p.role : p.role + ", " + p.team;
    if (doc.subtitle.empty()) doc.subtitle = "peer";
    addLine(doc, p.role);
    addLine(doc, p.team);
    addLine(doc, p.notes);
    for (const std::string& tag : p.tags) addLine(doc, tag);
    addLine(doc, p.metWhere);
}

void describe(const Notebook& nb, const Fact& f, Document& doc) {
    doc.peerId = f.peerId;
    doc.day = f.learnedOn ? f.learnedOn->dayNumber() : 0;
    doc.title = f.text;
    doc.alsoFoundBy = nameOf(nb, f.peerId);
    doc.subtitle = doc.alsoFoundBy + " - " + label(f.category);
    addLine(doc, f.learnedWhere);
}

void describe(const Notebook& nb, const Meeting& m, Document& doc) {
    doc.peerId = m.peerId;
    doc.day = m.date.dayNumber();
    doc.title = "1:1 with " + nameOf(nb, m.peerId) + ", " + m.date.toIso();
    doc.subtitle = m.held ? "held" : "prepared";
    doc.lines.reserve(2 + m.agenda.size() + 2 * (m.insights.size() + m.conflicts.size()));
    addLine(doc, m.notes);
    for (const AgendaItem& a : m.agenda) addLine(doc, a.text);
    for (const Insight& i : m.insights) {
        addLine(doc, i.believed);
        addLine(doc, i.happened);
    }
    for (const Conflict& c : m.conflicts) {
        addLine(doc, c.issue);
        addLine(doc, c.resolution);
    }
    addLine(doc, m.mood);
}

void describe(const Notebook& nb, const Commitment& c, Document& doc) {
    doc.peerId = c.peerId;
    doc.day = c.madeOn.dayNumber();
    doc.title = c.text;
    const std::string name = nameOf(nb, c.peerId);
    doc.subtitle = (c.direction == CommitmentDirection::MeToThem ? "I owe " + name : name + " owes me") + " - " +
                   label(c.status);
    doc.alsoFoundBy = name;
}

void describe(const Notebook& nb, const JointProject& p, Document& doc) {
    doc.peerId = p.peerIds.size() == 1 ? p.peerIds.front() : kNoId;
    doc.day = p.start.dayNumber();
    doc.title = p.title;
    doc.subtitle = "project with " + namesOf(nb, p.peerIds) + " - " + label(p.phase);
    for (const PhaseNotes& n : p.phaseNotes) {
        for (const std::string* text : {&n.whatIKnow, &n.whatTheyKnow, &n.debates, &n.ideas, &n.decision}) {
            addLine(doc, *text);
        }
    }
    for (const Observation& o : p.observations) addLine(doc, o.text);
    addLine(doc, p.outcome);
    addLine(doc, p.retro);
    doc.alsoFoundBy = namesOf(nb, p.peerIds);
}

void describe(const Notebook& nb, const ExecPreview& p, Document& doc) {
    doc.day = p.staffMeetingOn.dayNumber();
    doc.title = p.proposal;
    doc.subtitle = "preview for the staff meeting of " + p.staffMeetingOn.toIso();
    for (const PreviewPeer& pp : p.peers) addLine(doc, pp.feedback);
    addLine(doc, p.notes);
    std::vector<EntityId> ids;
    for (const PreviewPeer& pp : p.peers) ids.push_back(pp.peerId);
    doc.alsoFoundBy = namesOf(nb, ids);
}

void describe(const Notebook& nb, const Ritual& r, Document& doc) {
    doc.peerId = r.participants.size() == 1 ? r.participants.front() : kNoId;
    doc.day = r.lastDone ? r.lastDone->dayNumber() : 0;
    doc.title = r.title.empty() ? r.workEvent : r.title;
    doc.subtitle = "ritual with " + namesOf(nb, r.participants);
    addLine(doc, r.workEvent);
    doc.alsoFoundBy = namesOf(nb, r.participants);
}

void describe(const Notebook& nb, const JournalEntry& j, Document& doc) {
    doc.peerId = j.peerIds.size() == 1 ? j.peerIds.front() : kNoId;
    doc.day = j.date.dayNumber();
    doc.title = "Journal, " + j.date.toIso();
    doc.subtitle = j.prompt.empty() ? "journal" : j.prompt;
    addLine(doc, j.text);
    addLine(doc, j.prompt);
    doc.alsoFoundBy = namesOf(nb, j.peerIds);
}

template <class T>
constexpr bool kSearchable = std::is_same_v<T, Peer> || std::is_same_v<T, Fact> || std::is_same_v<T, Meeting> ||
                             std::is_same_v<T, Commitment> || std::is_same_v<T, JointProject> ||
                             std::is_same_v<T, ExecPreview> || std::is_same_v<T, Ritual> ||
                             std::is_same_v<T, JournalEntry>;

template <class T>
Document make(const Notebook& nb, const T& x) {
    Document doc;
    doc.kind = kindFor<T>();
    doc.id = x.id;
    describe(nb, x, doc);
    return doc;
}

}  // namespace

Document documentOf(const Notebook& nb, const Peer& x) { return make(nb, x); }
Document documentOf(const Notebook& nb, const Fact& x) { return make(nb, x); }
Document documentOf(const Notebook& nb, const Meeting& x) { return make(nb, x); }
Document documentOf(const Notebook& nb, const Commitment& x) { return make(nb, x); }
Document documentOf(const Notebook& nb, const JointProject& x) { return make(nb, x); }
Document documentOf(const Notebook& nb, const ExecPreview& x) { return make(nb, x); }
Document documentOf(const Notebook& nb, const Ritual& x) { return make(nb, x); }
Document documentOf(const Notebook& nb, const JournalEntry& x) { return make(nb, x); }

std::optional<Document> documentOf(const Notebook& nb, const Entity& entity) {
    return std::visit(
        [&](const auto& x) -> std::optional<Document> {
            using T = std::decay_t<decltype(x)>;
            if constexpr (kSearchable<T>) {
                return make(nb, x);
            } else {
                return std::nullopt;
            }
        },
        entity);
}

bool carriesPeerName(EntityKind kind) { return kind != EntityKind::Peer; }

}  // namespace rapport::search
