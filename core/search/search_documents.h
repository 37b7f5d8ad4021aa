// What the search index knows of each entity: its title, a subtitle, its text field by field and the
// names it should also be found by (a fact is found by its peer's name). Internal to core/search.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "core/model/notebook.h"

namespace rapport::search {

struct Document {
    EntityKind kind = EntityKind::Peer;
    EntityId id = kNoId;
    EntityId peerId = kNoId;
    int32_t day = 0;
    std::string title;
    std::string subtitle;
    std::vector<std::string> lines;  // searched and shown as snippets
    std::string alsoFoundBy;         // searched, never shown (the peer's name)
};

// The document of a searchable entity (peer, fact, meeting, commitment, project, preview, ritual,
// journal entry); nullopt for the others (settings, topics, series...).
std::optional<Document> documentOf(const Notebook& nb, const Entity& entity);
// The same for an entity read in place from its table (building the index copies no entity).
Document documentOf(const Notebook& nb, const Peer& x);
Document documentOf(const Notebook& nb, const Fact& x);
Document documentOf(const Notebook& nb, const Meeting& x);
Document documentOf(const Notebook& nb, const Commitment& x);
Document documentOf(const Notebook& nb, const JointProject& x);
Document documentOf(const Notebook& nb, const ExecPreview& x);
Document documentOf(const Notebook& nb, const Ritual& x);
Document documentOf(const Notebook& nb, const JournalEntry& x);

// Whether an entity of this kind carries its peer's name (and must be re-indexed when it changes).
bool carriesPeerName(EntityKind kind);

}  // namespace rapport::search
