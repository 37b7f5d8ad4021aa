// A contact as a new peer, or merged into an existing one (the rule is in contact_merge.h).
#include "core/interchange/contact_merge.h"

#include <string_view>

#include "core/interchange/contact_fields.h"
#include "core/interchange/text_input.h"

namespace rapport::interchange {
namespace {

// The notes a contact brings: its notes, then its email as a line "Email: ...".
std::string contactNotes(const PeerRecord& r) {
    std::string notes = r.notes;
    if (!r.email.empty()) notes += (notes.empty() ? "" : "\n") + std::string("Email: ") + r.email;
    return notes;
}

// "'text'", cut to 60 bytes (never inside a UTF-8 character) for one line of preview.
std::string quoted(const std::string& text) {
    if (text.size() <= 60) return "'" + text + "'";
    size_t cut = 57;
    while (cut > 0 && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80) --cut;
    return "'" + text.substr(0, cut) + "...'";
}

Fact dateFact(IdSource& ids, EntityId peer, const char* label, const AnnualDate& date) {
    Fact f;
    f.id = ids.next();
    f.peerId = peer;
    f.category = FactCategory::ImportantDate;
    f.text = label;
    f.date = date;
    return f;
}

// The contact's important dates with their labels.
std::vector<std::pair<const char*, AnnualDate>> contactDates(const PeerRecord& r) {
    std::vector<std::pair<const char*, AnnualDate>> dates;
    if (r.birthday) dates.emplace_back(kBirthdayLabel, *r.birthday);
    if (r.anniversary) dates.emplace_back(kAnniversaryLabel, *r.anniversary);
    return dates;
}

void addTags(std::vector<std::string>& tags, const std::vector<std::string>& more, std::vector<std::string>* added) {
    for (const std::string& t : more) {
        bool have = false;
        for (const std::string& mine : tags) have = have || nameKey(mine) == nameKey(t);
        if (have) continue;
        tags.push_back(t);
        if (added) added->push_back(t);
    }
}

}  // namespace

ContactChanges newPeerFromContact(const PeerRecord& r, const std::string& name, IdSource& ids) {
    Peer p;
    p.id = ids.next();
    p.name = name;
    p.role = std::string(trimmed(r.title));
    p.team = std::string(trimmed(r.organisation));
    p.notes = contactNotes(r);
    addTags(p.tags, r.tags, nullptr);
    ContactChanges out;
    out.changes.push_back(EntityChange{std::nullopt, Entity(p)});
    for (const auto& [label, date] : contactDates(r)) {
        out.changes.push_back(EntityChange{std::nullopt, Entity(dateFact(ids, p.id, label, date))});
        ++out.factsAdded;
    }
    return out;
}

ContactDates::ContactDates(const Notebook& nb)
    : m_birthdays(importantDateFacts(nb, ImportantDateKind::Birthday)),
      m_anniversaries(importantDateFacts(nb, ImportantDateKind::Anniversary)) {}

const Fact* ContactDates::find(EntityId peer, const char* label) const {
    const auto& facts = importantDateKind(label) == ImportantDateKind::Birthday ? m_birthdays : m_anniversaries;
    const auto it = facts.find(peer);
    return it == facts.end() ? nullptr : it->second;
}

ContactChanges mergeContact(const Peer& peer, const ContactDates& dates, const PeerRecord& r, IdSource& ids) {
    ContactChanges out;
    Peer after = peer;
    const auto field = [&](const char* what, std::string& mine, const std::string& theirs) {
        const std::string t(trimmed(theirs));
        if (t.empty() || t == mine) return;
        out.described.push_back(mine.empty() ? std::string("adds ") + what + " " + quoted(t)
                                             : std::string(what) + ": " + quoted(mine) + " → " + quoted(t));
        mine = t;
    };
    field("Role", after.role, r.title);
    field("Team", after.team, r.organisation);
    std::vector<std::string> addedTags;
    addTags(after.tags, r.tags, &addedTags);
    if (!addedTags.empty()) {
        std::string list;
        for (const auto& t : addedTags) list += (list.empty() ? "" : ", ") + t;
        out.described.push_back("adds tags " + quoted(list));
    }
    std::string newLines;
    const std::string notes = contactNotes(r);
    for (const TextLine& line : splitLines(notes)) {
        const std::string text(trimmed(line.text));
        if (text.empty() || after.notes.find(text) != std::string::npos || newLines.find(text) != std::string::npos) continue;
        newLines += (newLines.empty() ? "" : "\n") + text;
    }
    if (!newLines.empty()) {
        after.notes += (after.notes.empty() ? "" : "\n") + newLines;
        out.described.push_back("adds to Notes " + quoted(newLines.substr(0, newLines.find('\n'))) +
                                (newLines.find('\n') == std::string::npos ? "" : " and more lines"));
    }
    if (!(after == peer)) out.changes.push_back(EntityChange{Entity(peer), Entity(after)});
    for (const auto& [label, date] : contactDates(r)) {
        const Fact* existing = dates.find(peer.id, label);
        if (!existing) {
            out.changes.push_back(EntityChange{std::nullopt, Entity(dateFact(ids, peer.id, label, date))});
            out.described.push_back(std::string("adds ") + label + " " + formatBirthday(date));
            ++out.factsAdded;
            continue;
        }
        const Fact& mine = *existing;
        const AnnualDate& have = *mine.date;
        const bool sameDay = have.month == date.month && have.day == date.day;
        if (have == date || (sameDay && date.year == 0)) continue;  // a file without the year keeps ours
        Fact updated = mine;
        updated.date = date;
        out.changes.push_back(EntityChange{Entity(mine), Entity(updated)});
        out.described.push_back(std::string(label) + ": " + formatBirthday(have) + " → " + formatBirthday(date));
    }
    return out;
}

}  // namespace rapport::interchange
