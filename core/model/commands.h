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

}  // namespace rapport
