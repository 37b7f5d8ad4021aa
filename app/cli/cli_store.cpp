// Reading the notebook for the command line, and the commands that only look at it: check and stats.
#include <ostream>

#include "app/cli/cli_commands.h"
#include "core/rules/commitments.h"
#include "core/sample/sample_notebook.h"
#include "core/store/memory_medium.h"
#include "core/store/store_files.h"

namespace rapport::cli {

int CliContext::fail(int code, const std::string& message) {
    err << "rapport: " << message << "\n";
    return code;
}

bool hasNotebook(CliContext& ctx) {
    if (ctx.demo) return true;
    auto files = ctx.medium.listFiles(ctx.dataDir);
    if (!files) return false;
    for (const std::string& name : files.value()) {
        if (name == store::kManifestName || store::parseSegmentName(name) || store::parseSnapshotName(name)) return true;
    }
    return false;
}

int CliContext::failToRead(const Error& error) {
    if (!hasNotebook(*this)) return fail(kExitFailed, "There is no notebook in " + dataDir + " (use --data-dir DIR?).");
    // A notebook from a newer Rapport is sound; this build only cannot read it.
    if (error.message.find("newer version of Rapport") != std::string::npos) return fail(kExitFailed, error.message);
    return fail(kExitDamaged, "The notebook in " + dataDir + " is damaged and cannot be read (see rapport check): " + error.message);
}

namespace {

// --demo: the sample notebook the app's --demo shows, built in memory for today.
Result<NotebookOnDisk> demoNotebook(CliContext& ctx) {
    static store::MemoryMedium medium;
    auto opened = NotebookStore::open(medium, "/demo", ctx.clock);
    if (!opened) return opened.error();
    if (opened.value()->notebook().size() == 0) {
        const auto commands = sampleCommands(SampleOptions{ctx.clock.today()});
        if (!commands) return commands.error();
        for (const Command& command : commands.value()) {
            if (const Status done = opened.value()->execute(command); !done) return done.error();
        }
    }
    NotebookOnDisk out;
    out.store = std::move(opened).value();
    return out;
}

}  // namespace

Result<NotebookOnDisk> readNotebook(CliContext& ctx) {
    if (ctx.demo) return demoNotebook(ctx);
    if (!hasNotebook(ctx)) return makeError("There is no notebook in " + ctx.dataDir + " (use --data-dir DIR?).");
    // One read of one generation (a reader beside a compacting writer must not mix two): the store
    // keeps damage and an interrupted last save apart.
    auto opened = NotebookStore::openReadOnly(ctx.medium, ctx.dataDir, ctx.clock);
    if (!opened) return opened.error();
    NotebookOnDisk out;
    out.store = std::move(opened).value();
    out.tornTail = out.store->tornTail();
    out.damage = out.store->damage();
    return out;
}

int runCheck(CliContext& ctx, const CliArgs&) {
    auto nb = readNotebook(ctx);
    if (!nb) return ctx.failToRead(nb.error());
    const Notebook& notebook = nb.value().store->notebook();
    // Every entry is checked once more as a whole (fields and references), as a snapshot would be.
    const auto rebuilt = Notebook::fromEntities(notebook.entities());
    if (!nb.value().damage.empty() || !rebuilt) {
        const std::string why = !nb.value().damage.empty() ? nb.value().damage : rebuilt.error().message;
        ctx.err << "rapport: The notebook in " << ctx.dataDir << " is damaged: " << why << "\n"
                << "  Nothing was changed. " << notebook.size() << " entries could be read before the damage;\n"
                << "  `rapport backup` saves them, and the app opens the notebook read-only.\n";
        return kExitDamaged;
    }
    const StoreStats s = nb.value().store->stats();
    ctx.out << "OK: " << (ctx.demo ? std::string("the sample notebook (--demo, in memory)") : ctx.dataDir) << " holds " << notebook.size() << " entries (" << notebook.peers().size()
            << " peers); " << s.records << " change records in " << s.segments << " log segments, snapshot "
            << s.snapshotBytes << " bytes.\n";
    if (!nb.value().tornTail.empty()) {
        ctx.out << "Note: the last save was interrupted (" << nb.value().tornTail
                << "); every change saved before it is here, and the app sets the partial bytes aside when it opens.\n";
    }
    return kExitOk;
}

int runStats(CliContext& ctx, const CliArgs&) {
    auto nb = readNotebook(ctx);
    if (!nb) return ctx.failToRead(nb.error());
    const Notebook& notebook = nb.value().store->notebook();
    ctx.out << "Notebook: " << (ctx.demo ? std::string("the sample notebook (--demo, in memory)") : ctx.dataDir) << "\n";
    std::vector<size_t> counts(kEntityKindCount, 0);
    for (const Entity& e : notebook.entities()) ++counts[size_t(kindOf(e)) - 1];
    for (uint16_t k = 1; k <= kEntityKindCount; ++k) {
        ctx.out << "  " << kindName(EntityKind(k)) << ": " << counts[k - 1] << "\n";
    }
    size_t open = 0, active = 0, archived = 0;
    const size_t overdue = overdueCommitments(notebook, ctx.clock.today()).size();
    for (const auto& [id, c] : notebook.all<Commitment>()) open += c.isOpen();
    for (const auto& [id, s] : notebook.all<OneOnOneSeries>()) active += s.active;
    for (const auto& [id, p] : notebook.peers()) archived += p.archived;
    ctx.out << "Open commitments: " << open << " (" << overdue << " overdue); active 1:1 series: " << active
            << "; archived peers: " << archived << "\n";
    const StoreStats s = nb.value().store->stats();
    ctx.out << "Files: snapshot " << s.snapshotBytes << " bytes, " << s.segments << " log segments of " << s.logBytes
            << " bytes, " << s.records << " change records\n";
    if (!nb.value().damage.empty()) return ctx.fail(kExitDamaged, "The notebook is damaged (see rapport check): " + nb.value().damage);
    return kExitOk;
}

}  // namespace rapport::cli
