// The three ways of keeping a notebook durable that `./dev bench store` compares: Rapport's store
// (log + snapshot), rewriting one whole file per edit (temp + fsync + rename + directory fsync), and
// SQLite (WAL, synchronous=FULL, a row per entity). Each opens into a Notebook in memory.
#pragma once

#include <memory>
#include <string>
#include <utility>
#include <vector>

#include "core/model/command.h"
#include "core/model/notebook.h"

namespace rapport::bench {

class EditTarget {
public:
    virtual ~EditTarget() = default;
    virtual std::string name() const = 0;
    // Writes a store in the new folder `dir` holding `nb`, the result of `history` (Rapport writes the
    // history as change records, the baselines write the final state).
    virtual void create(const std::string& dir, const std::vector<Command>& history, const Notebook& nb) = 0;
    // Points the target at a store `create` wrote earlier (in another process: bench_open).
    virtual void use(const std::string& dir) = 0;
    // Loads everything from disk into memory (the notebook the app shows).
    virtual void open() = 0;
    virtual void close() = 0;
    virtual const Notebook& notebook() const = 0;
    // Applies c and returns once it is durable.
    virtual void edit(const Command& c) = 0;
    // What the report should know about this store after the edits (records replayed, compactions), or "".
    virtual std::string describe() const { return ""; }
    // Where the last open's time went, as (phase, milliseconds) pairs; empty for the baselines.
    virtual std::vector<std::pair<std::string, double>> openPhases() const { return {}; }
    // The app's idle moment between two edits (not timed as an edit): the idle-compaction target
    // starts or finishes its compaction here.
    virtual void idle() {}
    // True while the run should go on to show a whole compaction (begun, finished, edits after it).
    virtual bool wantsMoreEdits() const { return false; }
    // Work done off the edit path, by what it is (metric name, samples in ms), for the report.
    virtual std::vector<std::pair<std::string, std::vector<double>>> offEditTimings() const { return {}; }
};

std::unique_ptr<EditTarget> makeRapportTarget();
// Rapport's store as left by normal use: after create(), edits are appended to the log until it holds
// just under the size that triggers compaction (`headroom` bytes below store::compactionThreshold()), so
// an open replays the most a normal-use store ever replays, and a few hundred edits cross a compaction.
// Driven as the app drives it (StoreOptions::compactAtIdle): no edit compacts; at the idle moment
// after the edit that makes the log due, a compaction starts, its slow part on a worker thread when
// `worker` (native) or right there (the browser), and the idle moment after it ended finishes it.
// Edits go on meanwhile.
std::unique_ptr<EditTarget> makeRapportNormalUseTarget(uint64_t headroom, bool worker);
// The same store compacting the old way, inside the edit that makes the log due (for comparison).
std::unique_ptr<EditTarget> makeRapportInlineCompactionTarget(uint64_t headroom);
// The target named `name` (as name() returns it), or null.
std::unique_ptr<EditTarget> makeTargetNamed(const std::string& name);
std::unique_ptr<EditTarget> makeRewriteTarget();
// SQLite is linked only natively: null in the wasm build.
std::unique_ptr<EditTarget> makeSqliteTarget();

}  // namespace rapport::bench
