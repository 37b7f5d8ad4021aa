// The search baseline: SQLite FTS5 over the same text as core/search indexes (the title, the lines and
// the peer's name of each searchable entity), with the same query rule: every word, the last as a prefix.
// Tuned as one would for this job: prefix indexes for 1-3 characters, detail=column (no positions: no
// phrase queries are asked), and recency by rowid (documents inserted oldest first) instead of bm25.
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "core/model/notebook.h"

namespace rapport::bench {

class TextSearchBaseline {
public:
    virtual ~TextSearchBaseline() = default;
    virtual std::string name() const = 0;
    // Indexes every searchable entity of nb (in memory).
    virtual void build(const Notebook& nb) = 0;
    // The best `limit` hits for the query; returns how many there were.
    virtual size_t search(std::string_view query, size_t limit) = 0;
    // Every hit of the query, sorted (to cross-check the hit sets against core/search).
    virtual std::vector<EntityId> allHits(std::string_view query) = 0;
};

// SQLite is linked only natively: null in the wasm build.
std::unique_ptr<TextSearchBaseline> makeFts5Baseline();

}  // namespace rapport::bench
