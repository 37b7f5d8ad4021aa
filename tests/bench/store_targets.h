// The three ways of keeping a notebook durable that `./dev bench store` compares: Rapport's store
// (log + snapshot), rewriting one whole file per edit (temp + fsync + rename + directory fsync), and
// SQLite (WAL, synchronous=FULL, a row per entity). Each opens into a Notebook in memory.
#pragma once

#include <memory>
#include <string>
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
    // Loads everything from disk into memory (the notebook the app shows).
    virtual void open() = 0;
    virtual void close() = 0;
    virtual const Notebook& notebook() const = 0;
    // Applies c and returns once it is durable.
    virtual void edit(const Command& c) = 0;
};

std::unique_ptr<EditTarget> makeRapportTarget();
std::unique_ptr<EditTarget> makeRewriteTarget();
// SQLite is linked only natively: null in the wasm build.
std::unique_ptr<EditTarget> makeSqliteTarget();

}  // namespace rapport::bench
