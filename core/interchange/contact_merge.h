// What importing one contact (a vCard or a CSV row) does to the notebook: a new peer with its
// important dates, or a merge into the peer of the same name that fills and updates fields and lists
// every change for the preview. The merge rule (docs/interchange.md):
// - role and team: an empty field is filled; a different non-empty one is changed, shown as
//   "Role: 'VP Sales' → 'CRO'"; an empty value in the file changes nothing;
// - birthday and anniversary: the peer's important-date fact with that label is updated (never a
//   second one added); a date without a year that matches its month and day changes nothing (the year
//   is kept); with no such fact, one is added;
// - tags: the file's tags the peer lacks are added (none is removed);
// - notes (and the "Email: ..." line): lines the peer's notes do not already hold are appended;
// - the peer's name and everything else stay as they are.
#pragma once

#include <string>
#include <unordered_map>
#include <vector>

#include "core/interchange/import_plan.h"
#include "core/model/command.h"
#include "core/model/notebook.h"

namespace rapport::interchange {

struct ContactChanges {
    std::vector<EntityChange> changes;  // to apply together (a peer and its facts); empty: nothing new
    std::vector<std::string> described;  // a merge's changes, in field order, for the preview
    uint32_t factsAdded = 0;
};

// The peer a contact becomes (named `name`, already checked), with a fact per important date. The
// changes are not validated here.
ContactChanges newPeerFromContact(const PeerRecord& r, const std::string& name, IdSource& ids);

// The peers' birthday and anniversary facts, found once for a whole import.
class ContactDates {
public:
    explicit ContactDates(const Notebook& nb);
    // The peer's important-date fact labelled `label` (kBirthdayLabel or kAnniversaryLabel), or null.
    const Fact* find(EntityId peer, const char* label) const;

private:
    std::unordered_map<EntityId, const Fact*> m_birthdays, m_anniversaries;
};

// The changes that merge contact `r` into `peer` by the rule above (`dates` from the same notebook).
// Not validated here.
ContactChanges mergeContact(const Peer& peer, const ContactDates& dates, const PeerRecord& r, IdSource& ids);

}  // namespace rapport::interchange
