// Builders that correct or remove records (commands_edit.h). Everything a screen edits as a whole goes
// through editRecord/deleteRecord, so every correction gets the same checks and the same wording.
#include "core/model/commands_edit.h"

#include <algorithm>
#include <cctype>

#include "core/model/command_util.h"
#include "core/model/commands.h"
#include "core/model/recurrence.h"

namespace rapport {

using detail::existing;
using detail::shortened;
using detail::single;

namespace {

std::string quoted(const std::string& text) { return "'" + shortened(text) + "'"; }

// "Maria" of "Maria Chen": how a leader speaks of a colleague in a sentence.
std::string firstName(const Notebook& nb, EntityId peerId) {
    const std::string name = detail::peerName(nb, peerId);
    const size_t space = name.find(' ');
    return space == std::string::npos || space == 0 ? name : name.substr(0, space);
}

std::string lowerFirst(std::string text) {
    if (!text.empty() && static_cast<unsigned char>(text[0]) < 0x80) {
        text[0] = static_cast<char>(std::tolower(static_cast<unsigned char>(text[0])));
    }
    return text;
}

std::string dayText(CivilDate date) { return date.toIso(); }

// A series corrected in place rewrites its current period. That is honest only while no 1:1 of the
// period was held: once one was, a new rhythm, time or length must start a new period from a day on.
std::string refuseRewritingHeldPeriod(const Notebook& nb, const Entity& current, const Entity& edited) {
    const auto* before = std::get_if<OneOnOneSeries>(&current);
    const auto* after = std::get_if<OneOnOneSeries>(&edited);
    if (!before || !after || !heldInCurrentPeriod(nb, *before)) return {};
    const bool rhythm = before->cadence != after->cadence || before->weekday != after->weekday ||
                        before->startMinutes != after->startMinutes || before->durationMinutes != after->durationMinutes ||
                        before->start != after->start;
    if (!rhythm) return {};
    return "1:1s with " + detail::peerName(nb, before->peerId) +
           " were held in this period: change the series from today, so they keep the rhythm they had.";
}

}  // namespace

std::string describeRecord(const Notebook& nb, const Entity& record) {
    return std::visit(
        [&](const auto& x) -> std::string {
            using T = std::decay_t<decltype(x)>;
            if constexpr (std::is_same_v<T, Peer>) {
                return x.name;
            } else if constexpr (std::is_same_v<T, Fact>) {
                if (x.category == FactCategory::ImportantDate) return firstName(nb, x.peerId) + "'s " + lowerFirst(shortened(x.text));
                return "the fact " + quoted(x.text);
            } else if constexpr (std::is_same_v<T, Connection>) {
                return "the shared interest " + quoted(x.interest);
            } else if constexpr (std::is_same_v<T, BanterTopic>) {
                return "the banter topic " + quoted(x.text);
            } else if constexpr (std::is_same_v<T, Commitment>) {
                return "the commitment " + quoted(x.text);
            } else if constexpr (std::is_same_v<T, Ritual>) {
                if (x.title.empty() && x.workEvent.empty()) return "the ritual";
                return "the ritual " + quoted(x.title.empty() ? x.workEvent : x.title);
            } else if constexpr (std::is_same_v<T, OneOnOneSeries>) {
                return "the 1:1 series with " + detail::peerName(nb, x.peerId);
            } else if constexpr (std::is_same_v<T, Meeting>) {
                return "the 1:1 with " + detail::peerName(nb, x.peerId) + " on " + dayText(x.date);
            } else if constexpr (std::is_same_v<T, ExecPreview>) {
                return "the preview " + quoted(x.proposal);
            } else if constexpr (std::is_same_v<T, JointProject>) {
                return "the project " + quoted(x.title);
            } else if constexpr (std::is_same_v<T, JournalEntry>) {
                return "the journal entry of " + dayText(x.date);
            } else if constexpr (std::is_same_v<T, Interaction>) {
                return "the contact with " + detail::peerName(nb, x.peerId) + " on " + dayText(x.date);
            } else if constexpr (std::is_same_v<T, BankTopic>) {
                return "the topic " + quoted(x.text);
            } else {
                return "the settings";
            }
        },
        record);
}

Result<Command> editRecord(const Notebook& nb, Entity edited) {
    auto current = nb.findEntity(entityId(edited));
    if (!current) return makeError(std::string("That ") + kindName(kindOf(edited)) + " no longer exists.");
    if (kindOf(*current) != kindOf(edited)) return makeError("An entry cannot change its kind.");
    const std::string label = "Changed " + describeRecord(nb, edited);
    if (*current == edited) return Command{label, {}};
    if (auto refused = refuseRewritingHeldPeriod(nb, *current, edited); !refused.empty()) return makeError(refused);
    return single(nb, label, std::move(current), std::move(edited));
}

Result<Command> deleteRecord(const Notebook& nb, EntityId id) {
    auto current = nb.findEntity(id);
    if (!current) return makeError("That entry no longer exists.");
    if (kindOf(*current) == EntityKind::Peer) return deletePeer(nb, id);
    const std::string what = describeRecord(nb, *current);
    if (kindOf(*current) == EntityKind::OneOnOneSeries && nb.referenceCount(id) > 0) {
        return makeError("Cannot delete " + what + ": its meetings keep their history. End the series instead.");
    }
    if (uint32_t n = nb.referenceCount(id); n > 0) {
        return makeError("Cannot delete " + what + ": " + std::to_string(n) +
                         (n == 1 ? " entry refers" : " entries refer") + " to it.");
    }
    return Command{"Deleted " + what, {EntityChange{std::move(current), std::nullopt}}};
}

PeerUse peerUse(const Notebook& nb, EntityId peerId) {
    PeerUse use;
    for (const Entity& e : nb.entities()) {
        if (kindOf(e) == EntityKind::Peer) continue;
        const auto refs = referencesOf(e);
        if (std::none_of(refs.begin(), refs.end(), [&](const Reference& r) { return r.id == peerId; })) continue;
        switch (kindOf(e)) {
            case EntityKind::Fact: case EntityKind::Connection: case EntityKind::BanterTopic:
            case EntityKind::Interaction: case EntityKind::Commitment: ++use.ownRecords; break;
            case EntityKind::Meeting: case EntityKind::OneOnOneSeries: ++use.meetings; break;
            default: ++use.sharedRecords; break;
        }
    }
    return use;
}

Result<Command> deletePeer(const Notebook& nb, EntityId peerId) {
    auto peer = existing<Peer>(nb, peerId);
    if (!peer) return peer.error();
    const std::string& name = peer.value().name;
    const PeerUse use = peerUse(nb, peerId);
    if (use.meetings > 0) {
        return makeError(name + " has 1:1s in the notebook: archive them instead, which hides them and keeps the history.");
    }
    if (use.sharedRecords > 0) {
        return makeError(name + " is part of " + std::to_string(use.sharedRecords) +
                         (use.sharedRecords == 1 ? " project, ritual, preview or journal entry" : " projects, rituals, previews or journal entries") +
                         ": archive them instead, which keeps those whole.");
    }
    Command c;
    // Their own notes first, then the peer: apply() checks references once all changes are in.
    for (const Entity& e : nb.entities()) {
        if (kindOf(e) == EntityKind::Peer) continue;
        const auto refs = referencesOf(e);
        if (std::any_of(refs.begin(), refs.end(), [&](const Reference& r) { return r.id == peerId; })) {
            c.changes.push_back(EntityChange{e, std::nullopt});
        }
    }
    const size_t notes = c.changes.size();
    c.label = "Deleted " + name;
    if (notes > 0) c.label += " and " + std::to_string(notes) + (notes == 1 ? " note" : " notes") + " about them";
    c.changes.push_back(EntityChange{peer.value(), std::nullopt});
    return c;
}

namespace {

Result<Meeting> meetingWithItem(const Notebook& nb, EntityId meetingId, size_t index) {
    auto m = existing<Meeting>(nb, meetingId);
    if (!m) return m.error();
    if (index >= m.value().agenda.size()) return makeError("That agenda item no longer exists.");
    return m;
}

}  // namespace

Result<Command> editAgendaItem(const Notebook& nb, EntityId meetingId, size_t index, std::string text,
                               TrustTier trust, AgendaKind kind) {
    auto m = meetingWithItem(nb, meetingId, index);
    if (!m) return m.error();
    Meeting after = m.value();
    AgendaItem& item = after.agenda[index];
    if (text.find_first_not_of(" \t") == std::string::npos) return makeError("An agenda item needs some text.");
    item.text = std::move(text);
    item.trust = trust;
    item.kind = kind;
    const std::string label = "Changed the agenda item " + quoted(item.text);
    if (after == m.value()) return Command{label, {}};
    return single(nb, label, m.value(), after);
}

Result<Command> deleteAgendaItem(const Notebook& nb, EntityId meetingId, size_t index) {
    auto m = meetingWithItem(nb, meetingId, index);
    if (!m) return m.error();
    Meeting after = m.value();
    const std::string label = "Deleted the agenda item " + quoted(after.agenda[index].text);
    after.agenda.erase(after.agenda.begin() + static_cast<std::ptrdiff_t>(index));
    return single(nb, label, m.value(), after);
}

Result<Command> moveAgendaItem(const Notebook& nb, EntityId meetingId, size_t index, bool up) {
    auto m = meetingWithItem(nb, meetingId, index);
    if (!m) return m.error();
    Meeting after = m.value();
    auto& agenda = after.agenda;
    const bool carried = agenda[index].carriedFrom != kNoId;
    // The nearest item of the same group in the chosen direction.
    std::optional<size_t> other;
    if (up) {
        for (size_t i = index; i-- > 0;) {
            if ((agenda[i].carriedFrom != kNoId) == carried) { other = i; break; }
        }
    } else {
        for (size_t i = index + 1; i < agenda.size(); ++i) {
            if ((agenda[i].carriedFrom != kNoId) == carried) { other = i; break; }
        }
    }
    if (!other) return makeError(std::string("That item is already the ") + (up ? "first." : "last."));
    std::swap(agenda[index], agenda[*other]);
    return single(nb, std::string("Moved ") + quoted(agenda[*other].text) + (up ? " up" : " down"), m.value(), after);
}

Result<Command> editTrustNote(const Notebook& nb, EntityId peerId, size_t index, std::string note) {
    auto p = existing<Peer>(nb, peerId);
    if (!p) return p.error();
    if (index >= p.value().trustHistory.size()) return makeError("That trust record no longer exists.");
    Peer after = p.value();
    TrustRecord& record = after.trustHistory[index];
    record.note = std::move(note);
    const std::string label = "Changed the trust note of " + dayText(record.date) + " about " + after.name;
    if (after == p.value()) return Command{label, {}};
    return single(nb, label, p.value(), after);
}

Result<Command> deleteTrustRecord(const Notebook& nb, EntityId peerId, size_t index) {
    auto p = existing<Peer>(nb, peerId);
    if (!p) return p.error();
    if (index >= p.value().trustHistory.size()) return makeError("That trust record no longer exists.");
    Peer after = p.value();
    const TrustRecord record = after.trustHistory[index];
    after.trustHistory.erase(after.trustHistory.begin() + static_cast<std::ptrdiff_t>(index));
    return single(nb, "Deleted the trust record of " + dayText(record.date) + " (" + std::to_string(record.level) +
                          "/5) about " + after.name,
                  p.value(), after);
}

}  // namespace rapport
