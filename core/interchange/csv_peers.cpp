// CSV contacts import (header mapping, per-row checks) and the peer list export.
#include "core/interchange/csv_peers.h"

#include <array>
#include <optional>

#include "core/interchange/contact_fields.h"
#include "core/interchange/csv.h"
#include "core/interchange/text_input.h"

namespace rapport::interchange {
namespace {

enum Field { kName, kFirst, kMiddle, kLast, kTitle, kOrganisation, kBirthday, kAnniversary, kNotes, kEmail, kTags, kFieldCount };

constexpr std::array<const char*, kFieldCount> kFieldKeys = {"name",     "first",       "middle", "last",  "title", "organisation",
                                                            "birthday", "anniversary", "notes",  "email", "tags"};

// Header names recognised without a mapping (compared by nameKey: lower case, single spaces), the
// preferred first when a file has several: Outlook's "Title" is an honorific ("Mr."), its role is
// "Job Title"; Google writes "Organization Name"/"Organization Title" (older exports "Organization 1 -
// Name"/"Organization 1 - Title"); LinkedIn "Company"/"Position". Our own export's headers are here too.
const std::array<std::vector<const char*>, kFieldCount> kKnownHeaders = {{
    {"name", "full name", "display name", "contact name", "fn"},
    {"first name", "given name", "firstname", "first"},
    {"middle name", "additional name", "middle"},
    {"last name", "family name", "surname", "lastname", "last"},
    {"job title", "organization title", "organization 1 - title", "position", "role", "title"},
    {"organisation", "organization", "organization name", "organization 1 - name", "company", "org", "team", "department"},
    {"birthday", "birth date", "date of birth", "dob", "bday"},
    {"anniversary", "wedding anniversary"},
    {"notes", "note", "comments", "description"},
    {"email", "e-mail", "email address", "e-mail address", "e-mail 1 - value", "primary email", "mail"},
    {"tags", "categories", "labels", "group membership"},
}};

constexpr size_t kHeaderSearchRows = 10;
constexpr size_t kMaxListedColumns = 20;

// A field our export protected against formula injection gets its apostrophe back off.
std::string unprotected(std::string v) {
    if (v.size() > 1 && v[0] == '\'' && (v[1] == '=' || v[1] == '+' || v[1] == '-' || v[1] == '@')) v.erase(0, 1);
    return v;
}

// Tags as our export (";"), Outlook's Categories (";") and Google's Labels (" ::: ") list them;
// Google's own groups ("* myContacts", "* starred") are not tags.
std::vector<std::string> splitTags(const std::string& text) {
    std::vector<std::string> tags;
    std::string current;
    const auto flush = [&] {
        const std::string tag(trimmed(current));
        if (!tag.empty() && tag[0] != '*') tags.push_back(tag);
        current.clear();
    };
    for (size_t i = 0; i < text.size(); ++i) {
        if (text[i] == ';' || text[i] == ',') {
            flush();
        } else if (text.compare(i, 3, ":::") == 0) {
            flush();
            i += 2;
        } else {
            current += text[i];
        }
    }
    flush();
    return tags;
}

// Where each field is in a header row, found by the mapping or the known names.
struct Columns {
    std::array<std::optional<size_t>, kFieldCount> at;
    std::vector<bool> used;
    std::string missingMapped;  // a header the mapping names that is not there
    // Google's event columns (type or label, and value): an anniversary is an event of that type.
    std::vector<std::pair<size_t, size_t>> events;

    bool hasName() const { return at[kName] || at[kFirst] || at[kLast]; }
};

Columns findColumns(const CsvRow& header, const CsvMapping& mapping) {
    Columns c;
    c.used.assign(header.fields.size(), false);
    std::vector<std::string> keys;
    for (const auto& h : header.fields) keys.push_back(nameKey(h));
    // Mapped fields first, so a known header never takes a column the user named for another field.
    for (size_t f = 0; f < kFieldCount; ++f) {
        auto m = mapping.columns.find(kFieldKeys[f]);
        if (m == mapping.columns.end()) continue;
        for (size_t col = 0; col < keys.size() && !c.at[f]; ++col) {
            if (keys[col] == nameKey(m->second)) c.at[f] = col;
        }
        if (!c.at[f] && c.missingMapped.empty()) c.missingMapped = m->second + "\" (mapped to " + kFieldKeys[f];
        if (c.at[f]) c.used[*c.at[f]] = true;
    }
    for (size_t f = 0; f < kFieldCount; ++f) {
        if (mapping.columns.count(kFieldKeys[f])) continue;
        for (const char* known : kKnownHeaders[f]) {
            for (size_t col = 0; col < keys.size() && !c.at[f]; ++col) {
                if (keys[col] == known && !c.used[col]) c.at[f] = col;
            }
        }
        if (c.at[f]) c.used[*c.at[f]] = true;
    }
    // "Event 1 - Type" (older Google exports) or "Event 1 - Label" (current ones) with "Event 1 - Value".
    for (size_t col = 0; col < keys.size(); ++col) {
        const std::string& k = keys[col];
        const size_t dash = k.rfind(" - ");
        if (c.used[col] || k.rfind("event ", 0) != 0 || dash == std::string::npos) continue;
        if (k.compare(dash, std::string::npos, " - type") != 0 && k.compare(dash, std::string::npos, " - label") != 0) continue;
        const std::string valueKey = k.substr(0, dash) + " - value";
        for (size_t v = 0; v < keys.size(); ++v) {
            if (keys[v] == valueKey && !c.used[v]) {
                c.events.emplace_back(col, v);
                c.used[col] = c.used[v] = true;
            }
        }
    }
    return c;
}

bool isOutlookHeader(const CsvRow& header) {
    bool jobTitle = false, outlookOther = false;
    for (const auto& h : header.fields) {
        const std::string k = nameKey(h);
        jobTitle = jobTitle || k == "job title";
        outlookOther = outlookOther || k == "e-mail address" || k == "middle name";
    }
    return jobTitle && outlookOther;
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
            return makeError("Unknown field \"" + key + "\" in the mapping; use name, first, middle, last, title, organisation, "
                             "birthday, anniversary, notes, email or tags.");
        }
        m.columns[key] = std::string(trimmed(part.substr(eq + 1)));
    }
    return m;
}

Result<PeerRecords> parseCsvPeers(std::string_view bytes, const CsvMapping& mapping) {
    auto text = checkedText(bytes, kMaxImportBytes, "CSV file");
    if (!text) return text.error();
    auto parsed = parseCsv(text.value());
    if (!parsed) return makeError("The CSV file cannot be read: " + parsed.error().message);
    const std::vector<CsvRow>& rows = parsed.value();
    if (rows.empty()) return makeError("The CSV file is empty: it needs a header line naming its columns.");

    // The header: the first row with a name column (exports like LinkedIn's start with notes).
    size_t headerRow = 0;
    Columns column = findColumns(rows[0], mapping);
    const auto usable = [](const Columns& c) { return c.hasName() && c.missingMapped.empty(); };
    for (size_t r = 1; r < rows.size() && r < kHeaderSearchRows && !usable(column); ++r) {
        if (Columns c = findColumns(rows[r], mapping); usable(c)) {
            headerRow = r;
            column = std::move(c);
        }
    }
    if (!usable(column)) column = findColumns(rows[0], mapping);  // the errors are about the first line
    if (!column.missingMapped.empty()) return makeError("The CSV file has no column \"" + column.missingMapped + ").");
    if (!column.hasName()) {
        return makeError("The CSV file has no name column (a header such as Name, Full Name, or First Name and Last Name); "
                         "map one with --map name=HEADER.");
    }
    const CsvRow& header = rows[headerRow];
    const bool outlook = isOutlookHeader(header);
    PeerRecords out;
    if (headerRow > 0) {
        out.remarks.push_back("Lines " + std::to_string(rows[0].line) + "-" + std::to_string(header.line - 1) +
                              " come before the header and are not imported.");
    }
    std::vector<std::string> unused;
    for (size_t c = 0; c < header.fields.size(); ++c) {
        if (!column.used[c] && !trimmed(header.fields[c]).empty()) unused.push_back(header.fields[c]);
    }
    for (size_t i = 0; i < unused.size() && i < kMaxListedColumns; ++i) out.remarks.push_back("The column \"" + unused[i] + "\" is not imported.");
    if (unused.size() > kMaxListedColumns) {
        out.remarks.push_back("... and " + std::to_string(unused.size() - kMaxListedColumns) + " more columns are not imported.");
    }
    for (size_t i = headerRow + 1; i < rows.size(); ++i) {
        const CsvRow& row = rows[i];
        bool blank = true;
        for (const auto& f : row.fields) blank = blank && trimmed(f).empty();
        if (blank) continue;  // ",,,," rows that spreadsheets leave behind
        if (row.fields.size() > header.fields.size()) {
            out.errors.push_back({row.line, "The row has " + std::to_string(row.fields.size()) + " fields but the header has " +
                                                std::to_string(header.fields.size()) + " (an unquoted delimiter?)."});
            continue;
        }
        const auto cell = [&](size_t c) { return c < row.fields.size() ? unprotected(std::string(trimmed(row.fields[c]))) : std::string(); };
        const auto get = [&](Field f) { return column.at[f] ? cell(*column.at[f]) : std::string(); };
        PeerRecord r;
        r.line = row.line;
        r.name = get(kName);
        if (r.name.empty()) {
            for (Field part : {kFirst, kMiddle, kLast}) {
                if (const std::string p = get(part); !p.empty()) r.name += (r.name.empty() ? "" : " ") + p;
            }
        }
        r.title = get(kTitle);
        r.organisation = get(kOrganisation);
        r.notes = column.at[kNotes] && *column.at[kNotes] < row.fields.size() ? unprotected(row.fields[*column.at[kNotes]]) : "";
        r.email = get(kEmail);
        r.tags = splitTags(get(kTags));
        // Dates: ISO or --MM-DD; in an Outlook file also month/day/year. "0/0/00" is Outlook's "none".
        std::optional<std::string> bad;
        const auto readDate = [&](const std::string& t, const char* what, std::optional<AnnualDate>& into) {
            if (t.empty() || bad) return;
            if ((outlook || t == "0/0/00") && t.find('/') != std::string::npos) {
                auto d = parseMonthDayYear(t, what);
                if (!d) bad = d.error().message;
                else into = d.value();
                return;
            }
            auto d = parseBirthday(t, what);
            if (!d) bad = d.error().message;
            else into = d.value();
        };
        readDate(get(kBirthday), "birthday", r.birthday);
        readDate(get(kAnniversary), "anniversary", r.anniversary);
        for (const auto& [type, value] : column.events) {
            if (importantDateKind(cell(type)) == ImportantDateKind::Anniversary) readDate(cell(value), "anniversary", r.anniversary);
        }
        if (bad) {
            out.errors.push_back({row.line, *bad});
            continue;
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
