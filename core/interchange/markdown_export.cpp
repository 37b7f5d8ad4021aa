// Markdown writer: groups every entity under its peer, then renders each peer's page and the index.
#include "core/interchange/markdown_export.h"

#include <map>
#include <string_view>
#include <set>
#include <unordered_map>

#include "core/model/recurrence.h"

namespace rapport::interchange {
namespace {

// Length of the valid UTF-8 sequence at s[i] (a lead byte >= 0x80), or 0.
size_t utf8Length(const std::string& s, size_t i) {
    const unsigned char c = static_cast<unsigned char>(s[i]);
    const size_t n = c >= 0xC2 && c <= 0xDF ? 2 : c >= 0xE0 && c <= 0xEF ? 3 : c >= 0xF0 && c <= 0xF4 ? 4 : 0;
    if (n == 0 || i + n > s.size()) return 0;
    for (size_t k = 1; k < n; ++k) {
        if ((static_cast<unsigned char>(s[i + k]) & 0xC0) != 0x80) return 0;
    }
    return n;
}

uint32_t codePoint(const std::string& s, size_t i, size_t n) {
    uint32_t cp = static_cast<unsigned char>(s[i]) & (n == 2 ? 0x1F : n == 3 ? 0x0F : 0x07);
    for (size_t k = 1; k < n; ++k) cp = (cp << 6) | (static_cast<unsigned char>(s[i + k]) & 0x3F);
    return cp;
}

// Characters a file name must not carry: C1 controls, bidi marks, embeddings, overrides and isolates
// (U+200E/F, U+202A-U+202E, U+2066-U+2069, U+061C), zero-width characters, line separators, BOM.
bool isInvisible(uint32_t cp) {
    return (cp >= 0x80 && cp <= 0x9F) || cp == 0x061C || (cp >= 0x200B && cp <= 0x200F) || (cp >= 0x2028 && cp <= 0x202E) ||
           (cp >= 0x2060 && cp <= 0x206F) || cp == 0xFEFF;
}

// Everything that hangs off one peer, gathered in one pass over the notebook.
struct PeerItems {
    std::vector<const Fact*> facts;
    std::vector<const Connection*> connections;
    std::vector<const BanterTopic*> banter;
    std::vector<const OneOnOneSeries*> series;
    std::vector<const Commitment*> commitments;
    std::vector<const JointProject*> projects;
    std::vector<const Ritual*> rituals;
};

// Text as Markdown shows it, literally: every character Markdown or HTML would read as markup is
// escaped, so a name from someone else's vCard ("Evil](../x.md) [y", "<script>") cannot make a link,
// an image or raw HTML. < > & become entities (no renderer can be relied on to turn raw HTML off);
// the punctuation of links, emphasis, code, tables and headings gets a backslash (CommonMark allows
// one before any ASCII punctuation); list and quote markers only where a line starts.
std::string escaped(std::string_view s) {
    static constexpr std::string_view kPunctuation = "\\`*_[]#|~!";
    std::string out;
    bool lineStart = true;
    for (size_t i = 0; i < s.size(); ++i) {
        const char c = s[i];
        if (c == '<' || c == '>' || c == '&') {
            out += c == '<' ? "&lt;" : c == '>' ? "&gt;" : "&amp;";
        } else if (kPunctuation.find(c) != std::string_view::npos || (lineStart && (c == '-' || c == '+' || c == '='))) {
            out += '\\';
            out += c;
        } else if (lineStart && c >= '0' && c <= '9') {
            // "1. " or "1) " at the start of a line would begin a numbered list.
            size_t j = i;
            while (j < s.size() && s[j] >= '0' && s[j] <= '9') out += s[j++];
            if (j < s.size() && (s[j] == '.' || s[j] == ')')) out += std::string("\\") + s[j++];
            i = j - 1;
        } else {
            out += c;
        }
        if (c == '\n' || c == '\r') lineStart = true;
        else if (c != ' ' && c != '\t') lineStart = false;
    }
    return out;
}

// One line of inline text, escaped: line breaks become spaces (a bullet or heading must stay one line).
std::string oneLine(const std::string& s) {
    std::string flat;
    for (char c : s) flat += (c == '\n' || c == '\r') ? ' ' : c;
    return escaped(flat);
}

// "September 6" or "September 6, 1980": unambiguous in every locale's reading.
std::string annualDate(const AnnualDate& d) {
    static const char* kMonths[] = {"January", "February", "March",     "April",   "May",      "June",
                                    "July",    "August",   "September", "October", "November", "December"};
    std::string s = std::string(kMonths[(d.month >= 1 && d.month <= 12 ? d.month : 1) - 1]) + " " + std::to_string(d.day);
    return d.year ? s + ", " + std::to_string(d.year) : s;
}

std::string date(const std::optional<CivilDate>& d) { return d ? d->toIso() : "-"; }

// A paragraph of free text (notes), escaped line by line.
void block(std::string& out, const std::string& text) {
    if (!text.empty()) out += "\n" + escaped(text) + "\n";
}

void meetingSection(std::string& out, const Meeting& m) {
    out += "\n### " + m.date.toIso() + (m.held ? "" : " (planned)") + "\n";
    if (m.energy > 0 || !m.mood.empty()) {
        out += "\nEnergy " + (m.energy > 0 ? std::to_string(m.energy) + "/5" : std::string("-")) +
               (m.mood.empty() ? "" : ", mood: " + oneLine(m.mood)) + "\n";
    }
    if (!m.agenda.empty()) {
        out += "\nAgenda:\n\n";
        for (const AgendaItem& a : m.agenda) {
            const bool done = a.status == AgendaStatus::Discussed;
            out += std::string("- [") + (done ? "x" : " ") + "] " + oneLine(a.text) + " (" + label(a.kind) + ", " +
                   label(a.status) + ")\n";
        }
    }
    block(out, m.notes);
    for (const Insight& i : m.insights) out += "\n- I believed: " + oneLine(i.believed) + "; what happened: " + oneLine(i.happened) + "\n";
    for (const Conflict& c : m.conflicts) {
        out += "\n- Conflict: " + oneLine(c.issue) + ". Me: " + oneLine(c.myPosition) + ". Them: " + oneLine(c.theirPosition) +
               (c.resolution.empty() ? "" : ". Resolution: " + oneLine(c.resolution)) + "\n";
    }
}

std::string peerPage(const Notebook& nb, const Peer& p, const PeerItems& items) {
    std::string out = "# " + oneLine(p.name) + (p.archived ? " (archived)" : "") + "\n\n";
    if (!p.role.empty() || !p.team.empty()) out += oneLine(p.role) + (p.role.empty() || p.team.empty() ? "" : ", ") + oneLine(p.team) + "\n\n";
    out += "- Relationship: " + std::string(label(p.relationship)) + (p.onLeadershipTeam ? ", on my leadership team" : "") + "\n";
    out += "- Interdependence: " + std::string(label(p.interdependence)) + "\n";
    out += "- Stage: " + std::string(label(p.stage)) + "; trust " + std::to_string(p.trustLevel()) + "/5\n";
    if (p.metOn || !p.metWhere.empty() || !p.introducedBy.empty()) {
        out += "- Met: " + date(p.metOn) + (p.metWhere.empty() ? "" : ", " + oneLine(p.metWhere)) +
               (p.introducedBy.empty() ? "" : ", introduced by " + oneLine(p.introducedBy)) + "\n";
    }
    if (!p.tags.empty()) {
        out += "- Tags:";
        for (const auto& t : p.tags) out += " #" + oneLine(t);
        out += "\n";
    }
    block(out, p.notes);
    if (!p.trustHistory.empty()) {
        out += "\n## Trust\n\n";
        for (const TrustRecord& t : p.trustHistory) out += "- " + t.date.toIso() + ": " + std::to_string(t.level) + "/5 " + oneLine(t.note) + "\n";
    }
    if (!items.facts.empty() || !items.connections.empty() || !items.banter.empty()) {
        out += "\n## Getting to know\n\n";
        for (const Fact* f : items.facts) {
            out += "- " + std::string(label(f->category)) + ": " + oneLine(f->text) +
                   (f->date ? " (" + annualDate(*f->date) + ")" : "") + "\n";
        }
        for (const Connection* c : items.connections) out += "- Shared interest: " + oneLine(c->interest) + (c->note.empty() ? "" : ": " + oneLine(c->note)) + "\n";
        for (const BanterTopic* b : items.banter) out += "- Banter: " + oneLine(b->text) + " (last used " + date(b->lastUsed) + ")\n";
    }
    for (const OneOnOneSeries* s : items.series) {
        out += "\n## 1:1 series\n\n- " + describe(s->cadence) + " on " + weekdayName(s->weekday) + "s, " +
               std::to_string(s->durationMinutes) + " minutes" + (s->active ? "" : " (ended)") + "\n";
        out += "- Current period: " + s->start.toIso() + " to the review on " + s->review.toIso() + "\n";
        for (const SeriesPeriod& h : s->history) {
            out += "- Period " + h.start.toIso() + " - " + h.review.toIso() + ": " + describe(h.cadence) + ", decided " +
                   label(h.decision) + " on " + h.decidedOn.toIso() + "\n";
        }
        for (const OccurrenceChange& c : s->changes) {
            out += "- " + c.original.toIso() + (c.movedTo ? " moved to " + c.movedTo->toIso() : std::string(" skipped")) + "\n";
        }
    }
    if (const DatedIds& meetings = nb.meetingsOfPeer(p.id); !meetings.empty()) {
        out += "\n## Meetings\n";
        for (auto it = meetings.rbegin(); it != meetings.rend(); ++it) meetingSection(out, *nb.findMeeting(it->second));
    }
    if (!items.commitments.empty()) {
        out += "\n## Commitments\n\n";
        for (const Commitment* c : items.commitments) {
            out += std::string("- [") + (c->isOpen() ? " " : "x") + "] " +
                   (c->direction == CommitmentDirection::MeToThem ? "I owe: " : "They owe: ") + oneLine(c->text) +
                   " (made " + c->madeOn.toIso() + ", due " + date(c->due) + ", " + label(c->status) + ")\n";
        }
    }
    if (!items.projects.empty() || !items.rituals.empty()) {
        out += "\n## Together\n\n";
        for (const JointProject* j : items.projects) out += "- Project: " + oneLine(j->title) + " (" + label(j->phase) + ", from " + j->start.toIso() + ")\n";
        for (const Ritual* r : items.rituals) out += "- Ritual: " + oneLine(r->title.empty() ? r->workEvent : r->title) + " (next " + date(r->nextDue) + ")\n";
    }
    if (const DatedIds& contacts = nb.interactionsOfPeer(p.id); !contacts.empty()) {
        out += "\n## Contacts\n\n";
        for (auto it = contacts.rbegin(); it != contacts.rend(); ++it) {
            const Interaction& i = nb.all<Interaction>().at(it->second);
            out += "- " + i.date.toIso() + ": " + label(i.kind) + (i.note.empty() ? "" : ", " + oneLine(i.note)) + "\n";
        }
    }
    return out;
}

std::unordered_map<EntityId, PeerItems> gather(const Notebook& nb) {
    std::unordered_map<EntityId, PeerItems> by;
    for (const auto& [id, x] : nb.all<Fact>()) by[x.peerId].facts.push_back(&x);
    for (const auto& [id, x] : nb.all<Connection>()) by[x.peerId].connections.push_back(&x);
    for (const auto& [id, x] : nb.all<BanterTopic>()) by[x.peerId].banter.push_back(&x);
    for (const auto& [id, x] : nb.all<OneOnOneSeries>()) by[x.peerId].series.push_back(&x);
    for (const auto& [id, x] : nb.all<Commitment>()) by[x.peerId].commitments.push_back(&x);
    for (const auto& [id, x] : nb.all<JointProject>()) {
        for (EntityId p : x.peerIds) by[p].projects.push_back(&x);
    }
    for (const auto& [id, x] : nb.all<Ritual>()) {
        for (EntityId p : x.participants) by[p].rituals.push_back(&x);
    }
    return by;
}

}  // namespace

std::string slugOf(const std::string& name) {
    std::string out;
    for (size_t i = 0; i < name.size();) {
        const unsigned char c = static_cast<unsigned char>(name[i]);
        if (c >= 0x80) {
            // UTF-8 letters are kept ("tomás-ortega"): ZIP names are flagged UTF-8, file systems take
            // them. Invisible characters are dropped: bidi controls would make "evil\u202Edm.exe" show
            // as "evilexe.md", and a broken sequence has no meaning.
            const size_t n = utf8Length(name, i);
            const uint32_t cp = n ? codePoint(name, i, n) : 0;
            if (n && !isInvisible(cp)) out.append(name, i, n);
            i += n ? n : 1;
            continue;
        }
        const bool alnum = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
        if (alnum || (c >= 'A' && c <= 'Z')) {
            out += alnum ? char(c) : char(c - 'A' + 'a');
        } else if (c >= 0x20 && c != 0x7F && !out.empty() && out.back() != '-') {
            out += '-';  // punctuation and spaces; control characters are dropped
        }
        ++i;
    }
    while (!out.empty() && out.back() == '-') out.pop_back();
    return out.empty() ? "peer" : out;
}

std::vector<ExportFile> exportMarkdown(const Notebook& nb, CivilDate today) {
    std::vector<ExportFile> files;
    files.push_back({"index.md", ""});  // filled in last: the list grows meanwhile
    std::string index;
    const std::string& me = nb.settings().myName;
    index = "# Rapport notebook" + (me.empty() ? std::string() : " of " + oneLine(me)) + "\n\nExported on " + today.toIso() +
            ".\n\n## Peers\n\n";
    const auto items = gather(nb);
    const PeerItems none;
    std::set<std::string> used;
    // Peers by name, so the index reads alphabetically and "-2" goes to the same one every time.
    std::multimap<std::string, const Peer*> byName;
    for (const auto& [id, p] : nb.peers()) byName.emplace(p.name, &p);
    for (const auto& [name, p] : byName) {
        std::string stem = slugOf(name);
        for (int n = 2; !used.insert(stem).second; ++n) stem = slugOf(name) + "-" + std::to_string(n);
        const std::string path = "peers/" + stem + ".md";
        auto it = items.find(p->id);
        files.push_back({path, peerPage(nb, *p, it == items.end() ? none : it->second)});
        index += "- [" + oneLine(name) + "](" + path + ")" + (p->role.empty() ? "" : ", " + oneLine(p->role)) +
                 (p->archived ? " (archived)" : "") + "\n";
    }
    if (!nb.all<JournalEntry>().empty()) {
        std::string journal = "# Journal\n";
        std::multimap<int32_t, const JournalEntry*> byDate;
        for (const auto& [id, j] : nb.all<JournalEntry>()) byDate.emplace(-j.date.dayNumber(), &j);
        for (const auto& [day, j] : byDate) {
            journal += "\n## " + j->date.toIso() + (j->prompt.empty() ? "" : ": " + oneLine(j->prompt)) + "\n";
            block(journal, j->text);
        }
        files.push_back({"journal.md", journal});
        index += "\n[Journal](journal.md)\n";
    }
    files.front().bytes = std::move(index);
    return files;
}

}  // namespace rapport::interchange
