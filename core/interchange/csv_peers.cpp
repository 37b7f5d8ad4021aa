// CSV contacts import (header mapping, per-row checks) and the peer list export.
#include "core/interchange/csv_peers.h"

#include <array>
#include <optional>

#include "core/interchange/contact_fields.h"
#include "core/interchange/csv.h"
#include "core/interchange/text_input.h"

namespace rapport::interchange {
namespace {

enum Field { kName, kFirst, kLast, kTitle, kOrganisation, kBirthday, kNotes, kEmail, kFieldCount };

constexpr std::array<const char*, kFieldCount> kFieldKeys = {"name", "first", "last", "title",
                                                            "organisation", "birthday", "notes", "email"};

// Header names recognised without a mapping (compared by nameKey: lower case, single spaces). Our own
// export's headers come first; the rest are what address books and spreadsheets write.
const std::array<std::vector<const char*>, kFieldCount> kKnownHeaders = {{
    {"name", "full name", "display name", "contact name", "fn"},
    {"first name", "given name", "firstname", "first"},
    {"last name", "family name", "surname", "lastname", "last"},
    {"title", "job title", "role", "position"},
    {"organisation", "organization", "company", "org", "team", "department"},
    {"birthday", "birth date", "date of birth", "dob", "bday"},
    {"notes", "note", "comments", "description"},
    {"email", "e-mail", "email address", "e-mail address", "e-mail 1 - value", "primary email", "mail"},
}};

// A field our export protected against formula injection gets its apostrophe back off.
std::string unprotected(std::string v) {
    if (v.size() > 1 && v[0] == '\'' && (v[1] == '=' || v[1] == '+' || v[1] == '-' || v[1] == '@')) v.erase(0, 1);
    return v;
}

}  // namespace

Result<CsvMapping> parseCsvMapping(std::string_view spec) {
    CsvMapping m;
    while (!spec.empty()) {
        const size_t comma = spec.find(',');
        const std::string_view part = spec.substr(0, comma);
        spec = comma == std::string_view::npos ? std::string_view() : spec.substr(comma + 1);
        const size_t eq = part.find('=');
        if (eq == std::string_view::npos) return makeError("The mapping \"" + std::string(part) + "\" needs the form field=Header.");
        const std::string key = nameKey(part.substr(0, eq));
        bool known = false;
        for (const char* k : kFieldKeys) known = known || key == k;
        if (!known) {
            return makeError("Unknown field \"" + key + "\" in the mapping; use name, first, last, title, organisation, birthday, notes or email.");
        }
        m.columns[key] = std::string(trimmed(part.substr(eq + 1)));
    }
    return m;
}

Result<PeerRecords> parseCsvPeers(std::string_view bytes, const CsvMapping& mapping) {
    auto text = checkedText(bytes, kMaxImportBytes, "CSV file");
    if (!text) return text.error();
    auto rows = parseCsv(text.value());
    if (!rows) return makeError("The CSV file cannot be read: " + rows.error().message);
    if (rows.value().empty()) return makeError("The CSV file is empty: it needs a header line naming its columns.");
    const CsvRow& header = rows.value().front();

    std::array<std::optional<size_t>, kFieldCount> column;
    std::vector<bool> used(header.fields.size(), false);
    for (size_t f = 0; f < kFieldCount; ++f) {
        auto override = mapping.columns.find(kFieldKeys[f]);
        for (size_t c = 0; c < header.fields.size() && !column[f]; ++c) {
            const std::string h = nameKey(header.fields[c]);
            if (override != mapping.columns.end()) {
                if (h == nameKey(override->second)) column[f] = c;
                continue;
            }
            for (const char* known : kKnownHeaders[f]) {
                if (h == known && !used[c]) column[f] = c;
            }
        }
        if (override != mapping.columns.end() && !column[f]) {
            return makeError("The CSV file has no column \"" + override->second + "\" (mapped to " + kFieldKeys[f] + ").");
        }
        if (column[f]) used[*column[f]] = true;
    }
    if (!column[kName] && !column[kFirst] && !column[kLast]) {
        return makeError("The CSV file has no name column (a header such as Name, Full Name, or First Name and Last Name); "
                         "map one with --map name=HEADER.");
    }
    PeerRecords out;
    for (size_t c = 0; c < header.fields.size(); ++c) {
        if (!used[c] && !trimmed(header.fields[c]).empty()) out.remarks.push_back("The column \"" + header.fields[c] + "\" is not imported.");
    }
    for (size_t i = 1; i < rows.value().size(); ++i) {
        const CsvRow& row = rows.value()[i];
        bool blank = true;
        for (const auto& f : row.fields) blank = blank && trimmed(f).empty();
        if (blank) continue;  // ",,,," rows that spreadsheets leave behind
        if (row.fields.size() > header.fields.size()) {
            out.errors.push_back({row.line, "The row has " + std::to_string(row.fields.size()) + " fields but the header has " +
                                                std::to_string(header.fields.size()) + " (an unquoted delimiter?)."});
            continue;
        }
        const auto get = [&](Field f) {
            return column[f] && *column[f] < row.fields.size() ? unprotected(std::string(trimmed(row.fields[*column[f]]))) : std::string();
        };
        PeerRecord r;
        r.line = row.line;
        r.name = get(kName);
        if (r.name.empty()) r.name = std::string(trimmed(get(kFirst) + " " + get(kLast)));
        r.title = get(kTitle);
        r.organisation = get(kOrganisation);
        r.notes = column[kNotes] && *column[kNotes] < row.fields.size() ? unprotected(row.fields[*column[kNotes]]) : "";
        r.email = get(kEmail);
        if (const std::string b = get(kBirthday); !b.empty()) {
            auto bd = parseBirthday(b);
            if (!bd) {
                out.errors.push_back({row.line, bd.error().message});
                continue;
            }
            r.birthday = bd.value();
        }
        out.records.push_back(std::move(r));
    }
    return out;
}

std::string exportCsvPeers(const Notebook& nb) {
    std::string out = csvLine({"Name", "Title", "Organisation", "Birthday", "Notes", "Tags", "Relationship",
                               "Interdependence", "Stage", "Trust", "Archived"});
    const auto birthdays = birthdayFacts(nb);
    for (const auto& [id, p] : nb.peers()) {
        std::string tags;
        for (const auto& t : p.tags) tags += (tags.empty() ? "" : "; ") + t;
        auto b = birthdays.find(id);
        out += csvLine({p.name, p.role, p.team, b != birthdays.end() ? formatBirthday(*b->second->date) : "", p.notes, tags,
                        label(p.relationship), label(p.interdependence), label(p.stage), std::to_string(p.trustLevel()),
                        p.archived ? "yes" : "no"});
    }
    return out;
}

}  // namespace rapport::interchange
