// export, import and backup: the core's interchange functions on the notebook folder and the user's files.
#include <algorithm>
#include <cctype>
#include <ostream>

#include "app/cli/cli_commands.h"
#include "core/interchange/csv_peers.h"
#include "core/interchange/ical_export.h"
#include "core/interchange/import_plan.h"
#include "core/interchange/json_backup.h"
#include "core/interchange/markdown_export.h"
#include "core/interchange/text_input.h"
#include "core/interchange/vcard_import.h"
#include "core/interchange/zip_writer.h"
#include "core/store/posix_files.h"
#include "platform/platform.h"

namespace rapport::cli {
namespace {

using namespace rapport::interchange;

bool endsWith(std::string s, const std::string& tail) {
    std::transform(s.begin(), s.end(), s.begin(), [](unsigned char c) { return char(std::tolower(c)); });
    return s.size() >= tail.size() && s.compare(s.size() - tail.size(), tail.size(), tail) == 0;
}

// Writes a single-file export to --out, or to standard output.
int emit(CliContext& ctx, const CliArgs& args, const std::string& bytes) {
    const std::string out = args.value("out");
    if (out.empty()) {
        ctx.out << bytes;
        return ctx.out.good() ? kExitOk : ctx.fail(kExitFailed, "Cannot write to standard output.");
    }
    if (Status s = store::writeFileAtomically(out, bytes); !s) return ctx.fail(kExitFailed, s.error().message);
    return kExitOk;
}

// Markdown goes to a folder (files under it) or, for a .zip path, into one archive.
int emitFiles(CliContext& ctx, const std::string& out, const std::vector<ExportFile>& files) {
    if (out.empty()) return ctx.fail(kExitUsage, "The Markdown export needs --out DIR (a folder) or --out FILE.zip.");
    if (endsWith(out, ".zip")) {
        const Status s = store::writeFileAtomically(out, zipStored(files, dosDateTime(ctx.clock.unixMillis())));
        return s ? kExitOk : ctx.fail(kExitFailed, s.error().message);
    }
    for (const ExportFile& f : files) {
        const std::string path = out + "/" + f.path;
        Status s = store::makeDirectories(parentOf(path));
        if (s) s = store::writeFileAtomically(path, f.bytes);
        if (!s) return ctx.fail(kExitFailed, s.error().message);
    }
    return kExitOk;
}

// "--time 09:30" -> 570 minutes.
Result<int32_t> parseTime(const std::string& t) {
    if (t.empty()) return 9 * 60;
    if (t.size() != 5 || t[2] != ':' || !std::isdigit(static_cast<unsigned char>(t[0])) || !std::isdigit(static_cast<unsigned char>(t[1])) ||
        !std::isdigit(static_cast<unsigned char>(t[3])) || !std::isdigit(static_cast<unsigned char>(t[4]))) {
        return makeError("--time needs HH:MM (e.g. 09:30).");
    }
    const int32_t h = (t[0] - '0') * 10 + (t[1] - '0'), m = (t[3] - '0') * 10 + (t[4] - '0');
    if (h > 23 || m > 59) return makeError("--time " + t + " is not a time of day.");
    return h * 60 + m;
}

enum class ImportKind { Backup, VCard, Csv };

ImportKind detectKind(const std::string& path, std::string_view bytes) {
    if (endsWith(path, ".json")) return ImportKind::Backup;
    if (endsWith(path, ".vcf") || endsWith(path, ".vcard")) return ImportKind::VCard;
    if (endsWith(path, ".csv") || endsWith(path, ".tsv")) return ImportKind::Csv;
    const std::string_view head = trimmed(bytes.substr(bytes.substr(0, 3) == "\xEF\xBB\xBF" ? 3 : 0, 4096));
    if (!head.empty() && head.front() == '{') return ImportKind::Backup;
    if (head.find("BEGIN:VCARD") != std::string_view::npos) return ImportKind::VCard;
    return ImportKind::Csv;
}

// The parsed file, ready to be planned against any notebook.
struct ImportSource {
    ImportKind kind = ImportKind::Csv;
    Backup backup;
    PeerRecords contacts;
};

Result<ImportPlan> plan(const ImportSource& src, const Notebook& nb, IdSource& ids) {
    if (src.kind == ImportKind::Backup) return planBackupImport(nb, src.backup);
    return planPeerImport(nb, ids, src.contacts, src.kind == ImportKind::VCard ? "vCard file" : "CSV file");
}

void printPreview(CliContext& ctx, const ImportPlan& p) {
    ctx.out << p.summary() << "\n";
    for (const ImportIssue& m : p.merges) ctx.out << "  line " << m.line << ": updates " << m.message << "\n";
    for (const ImportIssue& c : p.conflicts) ctx.out << "  " << (c.line ? "line " + std::to_string(c.line) + ": " : "") << c.message << "\n";
    for (const std::string& r : p.remarks) ctx.out << "  " << r << "\n";
}

}  // namespace

int runExport(CliContext& ctx, const CliArgs& args) {
    const std::string format = args.value("format");
    if (format != "json" && format != "md" && format != "ics" && format != "csv") {
        return ctx.fail(kExitUsage, "Choose --format json, md, ics or csv.");
    }
    auto time = parseTime(args.value("time"));
    if (!time) return ctx.fail(kExitUsage, time.error().message);
    auto nb = readNotebook(ctx);
    if (!nb) return ctx.failToRead(nb.error());
    const Notebook& notebook = nb.value().store->notebook();
    int code = kExitOk;
    if (format == "json") code = emit(ctx, args, exportBackup(notebook, ctx.clock.unixMillis()));
    if (format == "ics") code = emit(ctx, args, exportICalendar(notebook, IcsOptions{args.value("time").empty() ? std::nullopt : std::optional<int32_t>(time.value()),
                                                                                 ctx.clock.unixMillis()}));
    if (format == "csv") code = emit(ctx, args, exportCsvPeers(notebook));
    if (format == "md") code = emitFiles(ctx, args.value("out"), exportMarkdown(notebook, ctx.clock.today()));
    if (code == kExitOk && !nb.value().damage.empty()) {
        return ctx.fail(kExitDamaged, "The notebook is damaged; only what could be read was exported: " + nb.value().damage);
    }
    return code;
}

int runBackup(CliContext& ctx, const CliArgs& args) {
    if (ctx.demo && args.value("out").empty()) {
        return ctx.fail(kExitUsage, "With --demo, say where the sample's backup goes: --out FILE.");
    }
    auto nb = readNotebook(ctx);
    if (!nb) return ctx.failToRead(nb.error());
    std::string out = args.value("out");
    if (out.empty()) {
        const std::string dir = parentOf(ctx.dataDir) + "/rapport-backups";
        if (Status s = store::makeDirectories(dir); !s) return ctx.fail(kExitFailed, s.error().message);
        out = dir + "/rapport-" + localTimestamp() + ".json";
    }
    const std::string json = exportBackup(nb.value().store->notebook(), ctx.clock.unixMillis());
    if (Status s = store::writeFileAtomically(out, json); !s) return ctx.fail(kExitFailed, s.error().message);
    ctx.out << out << "\n";
    if (!nb.value().damage.empty()) {
        return ctx.fail(kExitDamaged, "The notebook is damaged; the backup holds what could be read: " + nb.value().damage);
    }
    return kExitOk;
}

int runImport(CliContext& ctx, const CliArgs& args) {
    const std::string path = args.positional.front();
    auto bytes = platform::readImport(path, std::max(kMaxBackupBytes, kMaxImportBytes));
    if (!bytes) return ctx.fail(kExitFailed, bytes.error().message);
    ImportSource src;
    src.kind = detectKind(path, bytes.value());
    if (src.kind == ImportKind::Backup) {
        auto b = parseBackup(bytes.value());
        if (!b) return ctx.fail(kExitFailed, b.error().message);
        src.backup = std::move(b).value();
    } else {
        CsvMapping mapping;
        if (!args.value("map").empty()) {
            auto m = parseCsvMapping(args.value("map"));
            if (!m) return ctx.fail(kExitUsage, m.error().message);
            mapping = m.value();
        }
        auto c = src.kind == ImportKind::VCard ? parseVCards(bytes.value()) : parseCsvPeers(bytes.value(), mapping);
        if (!c) return ctx.fail(kExitFailed, c.error().message);
        src.contacts = std::move(c).value();
    }
    // The preview is planned on a read-only view: a refused import never opens the notebook for writing.
    Notebook current;
    IdSource previewIds(uint64_t(ctx.clock.unixMillis()));
    if (hasNotebook(ctx)) {
        auto nb = readNotebook(ctx);
        if (!nb) return ctx.failToRead(nb.error());
        if (!nb.value().damage.empty()) {
            return ctx.fail(kExitDamaged, "The notebook is damaged; nothing is imported into it (see rapport check): " + nb.value().damage);
        }
        current = nb.value().store->notebook();
    }
    auto preview = plan(src, current, previewIds);
    if (!preview) return ctx.fail(kExitFailed, preview.error().message);
    printPreview(ctx, preview.value());
    if (ctx.demo) {
        ctx.out << "Demo: planned on the sample notebook in memory; nothing was written.\n";
        return kExitOk;
    }
    if (args.has("dry-run") || preview.value().changesNothing()) {
        if (args.has("dry-run")) ctx.out << "Dry run: nothing was changed.\n";
        return kExitOk;
    }
    if (Status s = store::makeDirectories(ctx.dataDir); !s) return ctx.fail(kExitFailed, s.error().message);
    auto store = NotebookStore::open(ctx.medium, ctx.dataDir, ctx.clock);
    if (!store) return ctx.fail(kExitFailed, store.error().message);
    // Planned again on the notebook as it is now, with the store's ids (it may have changed since).
    auto final = plan(src, store.value()->notebook(), store.value()->ids());
    if (!final) return ctx.fail(kExitFailed, final.error().message);
    if (Status s = applyImport(*store.value(), final.value()); !s) return ctx.fail(kExitFailed, s.error().message);
    ctx.out << "Imported into " << ctx.dataDir << " (" << final.value().commands.size() << " undoable step"
            << (final.value().commands.size() == 1 ? "" : "s") << ").\n";
    return kExitOk;
}

}  // namespace rapport::cli
