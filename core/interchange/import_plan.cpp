// Plans and applies imports: backups (restore or merge by id) and contacts (new peers, or merged into
// the peer of the same name), cut into commands small enough for one change record each.
#include "core/interchange/import_plan.h"

#include <algorithm>
#include <string_view>
#include <unordered_map>

#include "core/interchange/contact_merge.h"
#include "core/interchange/text_input.h"
#include "core/io/model_io.h"
#include "core/model/validation.h"
#include "core/store/notebook_store.h"

namespace rapport::interchange {
namespace {

// A command's record must stay under the store's 1 MiB frame: cut imports into parts of about this
// size (each change is counted at its encoded size, before and after images).
constexpr size_t kPartBytes = 256 * 1024;

// Collects changes into commands of at most kPartBytes, keeping a group (a peer and its birthday) whole.
class CommandCutter {
public:
    void add(std::vector<EntityChange> group) {
        size_t bytes = 0;
        for (const auto& ch : group) {
            if (ch.before) bytes += encodeEntity(*ch.before).size();
            if (ch.after) bytes += encodeEntity(*ch.after).size();
        }
        if (m_parts.empty() || (m_bytes + bytes > kPartBytes && !m_parts.back().empty())) {
            m_parts.emplace_back();
            m_bytes = 0;
        }
        for (auto& ch : group) m_parts.back().push_back(std::move(ch));
        m_bytes += bytes;
    }
    std::vector<Command> commands(const std::string& label) {
        std::vector<Command> out;
        for (size_t i = 0; i < m_parts.size(); ++i) {
            std::string l = m_parts.size() == 1 ? label
                                                : label + " (part " + std::to_string(i + 1) + " of " + std::to_string(m_parts.size()) + ")";
            out.push_back(Command{std::move(l), std::move(m_parts[i])});
        }
        return out;
    }

private:
    std::vector<std::vector<EntityChange>> m_parts;
    size_t m_bytes = 0;
};

// Peer and series come first: they are the only kinds other entries refer to strictly.
int applyOrder(EntityKind k) {
    switch (k) {
        case EntityKind::Settings: return 0;
        case EntityKind::Peer: return 1;
        case EntityKind::OneOnOneSeries: return 2;
        default: return 3;
    }
}

// Checks the plan's commands against a copy of nb: a plan that is returned applies cleanly.
Status dryRun(const Notebook& nb, const std::vector<Command>& commands) {
    Notebook copy = nb;
    for (const Command& c : commands) {
        if (Status s = copy.apply(c); !s) return s;
    }
    return {};
}

// "1 peer", "3 journal entries", "2 1:1 series".
std::string plural(uint32_t n, std::string what) {
    const auto endsWith = [&](std::string_view tail) {
        return what.size() >= tail.size() && what.compare(what.size() - tail.size(), tail.size(), tail) == 0;
    };
    if (n != 1 && !endsWith("series") && !endsWith("settings")) {
        if (endsWith("y") && what.size() > 1 && std::string_view("aeiou").find(what[what.size() - 2]) == std::string_view::npos) {
            what.pop_back();
            what += "ie";
        }
        what += 's';
    }
    return std::to_string(n) + " " + what;
}

std::string listCounts(const std::array<uint32_t, kEntityKindCount>& counts) {
    std::string out;
    for (uint16_t k = 1; k <= kEntityKindCount; ++k) {
        if (counts[k - 1] == 0) continue;
        if (!out.empty()) out += ", ";
        out += plural(counts[k - 1], kindName(EntityKind(k)));
    }
    return out;
}

}  // namespace

std::string ImportPlan::summary() const {
    std::string out;
    if (std::string s = listCounts(created); !s.empty()) out += "Adds " + s + ". ";
    if (std::string s = listCounts(replaced); !s.empty()) out += "Replaces " + s + ". ";
    if (merged > 0) out += "Updates " + plural(merged, "existing peer") + ". ";
    if (std::string s = listCounts(unchanged); !s.empty()) out += "Already there: " + s + ". ";
    if (skipped > 0) out += "Skips " + plural(skipped, "duplicate") + ". ";
    if (out.empty()) return "Nothing to import.";
    out.pop_back();
    return out;
}

Error importErrorReport(std::string_view source, const std::vector<ImportIssue>& errors) {
    std::string msg = "The " + std::string(source) + " has " + plural(uint32_t(errors.size()), "error") +
                      "; nothing was imported.";
    for (size_t i = 0; i < errors.size() && i < kMaxReportedErrors; ++i) {
        msg += "\n  " + (errors[i].line ? "line " + std::to_string(errors[i].line) + ": " : std::string()) + errors[i].message;
    }
    if (errors.size() > kMaxReportedErrors) msg += "\n  ... and " + std::to_string(errors.size() - kMaxReportedErrors) + " more.";
    return makeError(std::move(msg));
}

Result<ImportPlan> planBackupImport(const Notebook& nb, const Backup& backup) {
    ImportPlan plan;
    plan.source = "backup";
    std::vector<const Entity*> ordered;
    for (const Entity& e : backup.entities) ordered.push_back(&e);
    std::stable_sort(ordered.begin(), ordered.end(),
                     [](const Entity* a, const Entity* b) { return applyOrder(kindOf(*a)) < applyOrder(kindOf(*b)); });
    std::unordered_map<std::string, const Peer*> peersByName;
    for (const auto& [id, p] : nb.peers()) peersByName.emplace(nameKey(p.name), &p);

    CommandCutter cutter;
    for (const Entity* e : ordered) {
        const EntityId id = entityId(*e);
        const size_t k = size_t(kindOf(*e)) - 1;
        std::optional<Entity> current = nb.findEntity(id);
        if (current && kindOf(*current) != kindOf(*e)) {
            return makeError("The backup's " + std::string(kindName(kindOf(*e))) + " has the id of a " +
                             kindName(kindOf(*current)) + " in this notebook; nothing was imported.");
        }
        if (current && *current == *e) {
            ++plan.unchanged[k];
            continue;
        }
        std::vector<EntityChange> group;
        const Settings& mine = nb.settings();
        if (kindOf(*e) == EntityKind::Settings && mine.id != kNoId && mine.id != id) {
            // Settings is a singleton with its own id: the backup's replaces the notebook's.
            group.push_back(EntityChange{Entity(mine), std::nullopt});
            current = Entity(mine);
        } else if (auto* p = std::get_if<Peer>(e); p && !current) {
            if (auto it = peersByName.find(nameKey(p->name)); it != peersByName.end()) {
                plan.conflicts.push_back({0, "The backup's peer \"" + p->name + "\" has the same name as a peer of this notebook; both are kept."});
            }
        }
        if (current) {
            ++plan.replaced[k];
            plan.conflicts.push_back({0, "The " + std::string(kindName(kindOf(*e))) + " differs from the backup; the backup's version replaces it."});
        } else {
            ++plan.created[k];
        }
        if (current && group.empty()) {
            group.push_back(EntityChange{current, *e});
        } else {
            group.push_back(EntityChange{std::nullopt, *e});
        }
        cutter.add(std::move(group));
    }
    plan.commands = cutter.commands("Import backup" + (backup.exportedAt.empty() ? "" : " of " + backup.exportedAt.substr(0, 10)));
    if (Status s = dryRun(nb, plan.commands); !s) {
        return makeError("The backup does not fit this notebook (" + s.error().message + "); nothing was imported.");
    }
    return plan;
}

Result<ImportPlan> planPeerImport(const Notebook& nb, IdSource& ids, const PeerRecords& records, std::string_view source) {
    ImportPlan plan;
    plan.source = std::string(source);
    plan.remarks = records.remarks;
    std::vector<ImportIssue> errors = records.errors;
    if (records.records.size() > kMaxImportedPeers) {
        errors.push_back({0, "It holds " + std::to_string(records.records.size()) + " contacts; Rapport imports at most " +
                                 std::to_string(kMaxImportedPeers) + " at once."});
        return importErrorReport(source, errors);
    }
    // Peers of the notebook by folded name (two peers may share one: a contact matching both is not
    // merged), and the line of each name's first contact in the file.
    std::unordered_map<std::string, std::vector<const Peer*>> existing;
    for (const auto& [id, p] : nb.peers()) existing[nameKey(p.name)].push_back(&p);
    std::unordered_map<std::string, uint32_t> seen;
    const ContactDates dates(nb);

    CommandCutter cutter;
    for (const PeerRecord& r : records.records) {
        auto name = checkedName(r.name, "contact's name");
        if (!name) {
            errors.push_back({r.line, name.error().message});
            continue;
        }
        const std::string key = nameKey(name.value());
        const auto match = existing.find(key);
        const Peer* peer = match != existing.end() && match->second.size() == 1 ? match->second.front() : nullptr;
        ContactChanges contact = peer ? mergeContact(*peer, dates, r, ids) : newPeerFromContact(r, name.value(), ids);
        bool valid = true;
        for (const auto& ch : contact.changes) {
            if (Status s = validate(*ch.after); !s) {
                errors.push_back({r.line, s.error().message});
                valid = false;
            }
        }
        if (!valid) continue;
        auto [it, fresh] = seen.emplace(key, r.line);
        if (!fresh) {
            ++plan.skipped;
            plan.conflicts.push_back({r.line, "\"" + name.value() + "\" is already on line " + std::to_string(it->second) + "; skipped."});
            continue;
        }
        if (match != existing.end() && !peer) {
            ++plan.skipped;
            plan.conflicts.push_back({r.line, "\"" + name.value() + "\" matches " + std::to_string(match->second.size()) +
                                                  " peers of the notebook; skipped (rename one, or edit it by hand)."});
            continue;
        }
        plan.created[size_t(EntityKind::Fact) - 1] += contact.factsAdded;
        if (!peer) {
            plan.created[size_t(EntityKind::Peer) - 1] += 1;
        } else if (contact.changes.empty()) {
            plan.unchanged[size_t(EntityKind::Peer) - 1] += 1;
            continue;
        } else {
            ++plan.merged;
            std::string what;
            for (const std::string& d : contact.described) what += (what.empty() ? "" : "; ") + d;
            plan.merges.push_back({r.line, peer->name + ": " + what});
        }
        cutter.add(std::move(contact.changes));
    }
    if (!errors.empty()) return importErrorReport(source, errors);
    const uint32_t added = plan.created[size_t(EntityKind::Peer) - 1];
    const std::string updated = plan.merged ? "update " + plural(plan.merged, "peer") : "";
    const std::string what = added || !plan.merged ? "Import " + plural(added, "peer") + (updated.empty() ? "" : " and " + updated) : "Update " + plural(plan.merged, "peer");
    plan.commands = cutter.commands(what + " from a " + plan.source);
    if (Status s = dryRun(nb, plan.commands); !s) {
        return makeError("The " + plan.source + " cannot be imported (" + s.error().message + "); nothing was imported.");
    }
    return plan;
}

Status applyImport(NotebookStore& store, const ImportPlan& plan) {
    // One all-or-nothing group on disk: a crash or a full disk never leaves part of the import.
    if (Status s = store.executeAll(plan.commands); !s) {
        return makeError("The import failed (" + s.error().message + "); nothing was imported.");
    }
    return {};
}

}  // namespace rapport::interchange
