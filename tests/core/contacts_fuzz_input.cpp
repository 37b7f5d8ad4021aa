// The vCard and CSV fuzz target bodies: the readers on arbitrary bytes, then the import of what they read
// (planned into an empty notebook and applied), and for CSV the peers exported and read back.
#include <map>
#include <string>
#include <string_view>

#include "core/interchange/contact_fields.h"
#include "core/interchange/csv.h"
#include "core/interchange/csv_peers.h"
#include "core/interchange/import_plan.h"
#include "core/interchange/text_input.h"
#include "core/interchange/vcard_import.h"
#include "core/model/validation.h"
#include "tests/core/decoder_fuzz.h"

namespace rapport::test {
namespace {

using namespace rapport::interchange;

// Lines of a file as the readers count them (LF, CRLF or a lone CR ends one).
uint32_t lineCount(std::string_view text) {
    uint32_t n = 1;
    for (size_t i = 0; i < text.size(); ++i) n += text[i] == '\n' || (text[i] == '\r' && (i + 1 == text.size() || text[i + 1] != '\n'));
    return n;
}

bool validBirthday(const AnnualDate& d) { return d.month >= 1 && d.month <= 12 && d.day >= 1 && d.day <= 31; }

// The import of parsed contacts into nb (empty): refused with a message when the file had errors, else a
// plan that applies and creates one valid peer per contact it does not skip as a duplicate; the same
// contacts imported again merge into those peers and change nothing.
bool importsCleanly(const PeerRecords& r, uint32_t lines, Notebook& nb) {
    for (const PeerRecord& c : r.records) {
        if (c.line == 0 || c.line > lines) return brokenInvariant("a contact's line number is outside the file");
        if (c.birthday && !validBirthday(*c.birthday)) return brokenInvariant("a contact's birthday is not a day of the year");
    }
    for (const ImportIssue& e : r.errors) {
        if (e.line > lines || e.message.empty()) return brokenInvariant("an error without a message or outside the file");
    }
    IdSource ids(7);
    auto plan = planPeerImport(nb, ids, r, "fuzz file");
    if (!plan) return !plan.error().message.empty() || brokenInvariant("a refused import without a message");
    if (!r.errors.empty()) return brokenInvariant("a file with errors was planned for import");
    const uint32_t peers = plan.value().created[size_t(EntityKind::Peer) - 1];
    if (peers + plan.value().skipped != r.records.size()) return brokenInvariant("an import's counts do not add up");
    for (const Command& c : plan.value().commands) {
        if (!nb.apply(c)) return brokenInvariant("an import plan does not apply");
    }
    if (nb.peers().size() != peers) return brokenInvariant("an import created another number of peers than planned");
    for (const auto& [id, p] : nb.peers()) {
        auto name = checkedName(p.name, "name");
        if (!name || name.value() != p.name) return brokenInvariant("an imported peer's name breaks the name rules");
    }
    // The same file again merges into the peers it made and finds nothing new (contact_merge.h).
    auto again = planPeerImport(nb, ids, r, "fuzz file");
    if (!again) return brokenInvariant("a file that imported cannot be merged into its own result");
    if (!again.value().changesNothing() || again.value().merged != 0) return brokenInvariant("importing a file twice changed something");
    if (again.value().unchanged[size_t(EntityKind::Peer) - 1] != peers) return brokenInvariant("a re-import did not find every peer");
    return true;
}

// Every field quoted, comma-separated: parseCsv must read back exactly the same fields.
bool tokenizerRoundTrips(std::string_view text) {
    auto rows = parseCsv(text);
    if (!rows) return !rows.error().message.empty() || brokenInvariant("a refused CSV without a message");
    std::string quoted;
    size_t bytes = 0;
    for (const CsvRow& row : rows.value()) {
        if (row.fields.empty()) return brokenInvariant("a CSV row without fields");
        for (size_t i = 0; i < row.fields.size(); ++i) {
            bytes += row.fields[i].size();
            quoted += i ? ",\"" : "\"";
            for (char c : row.fields[i]) quoted += c == '"' ? std::string("\"\"") : std::string(1, c);
            quoted += '"';
        }
        quoted += "\r\n";
    }
    if (bytes > text.size()) return brokenInvariant("CSV fields hold more bytes than the text");
    auto back = parseCsv(quoted);
    if (!back || back.value().size() != rows.value().size()) return brokenInvariant("re-quoted CSV reads back other rows");
    for (size_t r = 0; r < rows.value().size(); ++r) {
        if (back.value()[r].fields != rows.value()[r].fields) return brokenInvariant("re-quoted CSV reads back other fields");
    }
    return true;
}

// exportCsvPeers "recreates the peers' name, title, organisation, birthday and notes" when read back.
bool exportReadsBack(const Notebook& nb) {
    auto back = parseCsvPeers(exportCsvPeers(nb));
    if (!back || !back.value().errors.empty()) return brokenInvariant("exported peers do not read back");
    if (back.value().records.size() != nb.peers().size()) return brokenInvariant("exported peers read back another count");
    std::map<std::string, const PeerRecord*> byName;
    for (const PeerRecord& r : back.value().records) byName[r.name] = &r;
    const auto birthdays = birthdayFacts(nb);
    for (const auto& [id, p] : nb.peers()) {
        auto it = byName.find(p.name);
        if (it == byName.end()) return brokenInvariant("an exported peer's name reads back different");
        const PeerRecord& r = *it->second;
        const auto b = birthdays.find(id);
        const std::optional<AnnualDate> birthday = b == birthdays.end() ? std::nullopt : b->second->date;
        if (r.title != p.role || r.organisation != p.team || r.notes != p.notes || r.birthday != birthday) {
            return brokenInvariant("an exported peer's fields read back different");
        }
    }
    return true;
}

}  // namespace

bool fuzzVCardOnce(const uint8_t* data, size_t size) {
    const std::string_view bytes(reinterpret_cast<const char*>(data), size);
    auto records = parseVCards(bytes);
    if (!records) return !records.error().message.empty() || brokenInvariant("a refused vCard file without a message");
    for (const PeerRecord& r : records.value().records) {
        if (trimmed(r.name).empty()) return brokenInvariant("a card without a name was read");
    }
    Notebook nb;
    return importsCleanly(records.value(), lineCount(bytes), nb);
}

bool fuzzCsvOnce(const uint8_t* data, size_t size) {
    std::string_view bytes(reinterpret_cast<const char*>(data), size);
    CsvMapping mapping;
    // A NUL byte (which no CSV file may hold) ends a --map spec at the start of the input.
    if (const size_t nul = bytes.find('\0'); nul != std::string_view::npos) {
        auto m = parseCsvMapping(bytes.substr(0, nul));
        if (m) mapping = m.value();
        if (!m && m.error().message.empty()) return brokenInvariant("a refused mapping without a message");
        bytes.remove_prefix(nul + 1);
    }
    if (!tokenizerRoundTrips(bytes)) return false;
    auto records = parseCsvPeers(bytes, mapping);
    if (!records) return !records.error().message.empty() || brokenInvariant("a refused CSV file without a message");
    Notebook nb;
    return importsCleanly(records.value(), lineCount(bytes), nb) && exportReadsBack(nb);
}

}  // namespace rapport::test
