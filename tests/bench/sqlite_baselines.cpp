// The SQLite baselines (native only): a row per entity in WAL mode with synchronous=FULL for the
// store, and an in-memory FTS5 table for search.
#include <sqlite3.h>

#include <algorithm>
#include <cstdio>
#include <cstdlib>

#include "core/io/model_io.h"
#include "core/search/search_documents.h"
#include "tests/bench/bench_data.h"
#include "tests/bench/search_baseline.h"
#include "tests/bench/store_targets.h"

namespace rapport::bench {

namespace {

void sqliteCheck(sqlite3* db, int rc, const char* what) {
    if (rc == SQLITE_OK || rc == SQLITE_DONE || rc == SQLITE_ROW) return;
    std::fprintf(stderr, "bench: sqlite: %s: %s\n", what, db ? sqlite3_errmsg(db) : sqlite3_errstr(rc));
    std::exit(1);
}

void exec(sqlite3* db, const char* sql) { sqliteCheck(db, sqlite3_exec(db, sql, nullptr, nullptr, nullptr), sql); }

// A prepared statement, reset after each use.
class Statement {
public:
    Statement(sqlite3* db, const char* sql) : m_db(db) { sqliteCheck(db, sqlite3_prepare_v2(db, sql, -1, &m_stmt, nullptr), sql); }
    ~Statement() { sqlite3_finalize(m_stmt); }
    Statement(const Statement&) = delete;
    Statement& operator=(const Statement&) = delete;
    sqlite3_stmt* get() { return m_stmt; }
    bool step() {
        const int rc = sqlite3_step(m_stmt);
        sqliteCheck(m_db, rc, "step");
        return rc == SQLITE_ROW;
    }
    void reset() {
        sqlite3_reset(m_stmt);
        sqlite3_clear_bindings(m_stmt);
    }

private:
    sqlite3* m_db;
    sqlite3_stmt* m_stmt = nullptr;
};

class SqliteTarget final : public EditTarget {
public:
    ~SqliteTarget() override { close(); }
    std::string name() const override { return "sqlite"; }
    void use(const std::string& dir) override { m_path = dir + "/notebook.db"; }
    void create(const std::string& dir, const std::vector<Command>&, const Notebook& nb) override {
        m_path = dir + "/notebook.db";
        connect();
        exec(m_db, "BEGIN");
        for (const Entity& e : nb.entities()) put(e);
        exec(m_db, "COMMIT");
        close();
    }
    void open() override {
        connect();
        std::vector<Entity> all;
        Statement select(m_db, "SELECT body FROM entities");
        while (select.step()) {
            const auto* bytes = static_cast<const char*>(sqlite3_column_blob(select.get(), 0));
            auto e = decodeEntity(std::string_view(bytes, static_cast<size_t>(sqlite3_column_bytes(select.get(), 0))));
            check(e.ok() ? Status() : e.error(), "decode a row");
            all.push_back(std::move(e).value());
        }
        auto nb = Notebook::fromEntities(std::move(all));
        check(nb.ok() ? Status() : nb.error(), "rebuild the notebook");
        m_nb = std::move(nb).value();
    }
    void close() override {
        m_put.reset();
        m_delete.reset();
        if (m_db) sqlite3_close(m_db);
        m_db = nullptr;
    }
    const Notebook& notebook() const override { return m_nb; }
    // One transaction per command: its entities' rows replaced or deleted.
    void edit(const Command& c) override {
        check(m_nb.apply(c), "apply");
        exec(m_db, "BEGIN");
        for (const EntityChange& ch : c.changes) {
            if (ch.after) {
                put(*ch.after);
            } else if (ch.before) {
                sqlite3_bind_int64(m_delete->get(), 1, static_cast<sqlite3_int64>(entityId(*ch.before)));
                m_delete->step();
                m_delete->reset();
            }
        }
        exec(m_db, "COMMIT");
    }

private:
    void connect() {
        sqliteCheck(nullptr, sqlite3_open(m_path.c_str(), &m_db), m_path.c_str());
        exec(m_db, "PRAGMA journal_mode=WAL");
        exec(m_db, "PRAGMA synchronous=FULL");
        exec(m_db, "CREATE TABLE IF NOT EXISTS entities(id INTEGER PRIMARY KEY, body BLOB NOT NULL)");
        m_put = std::make_unique<Statement>(m_db, "INSERT OR REPLACE INTO entities(id, body) VALUES(?, ?)");
        m_delete = std::make_unique<Statement>(m_db, "DELETE FROM entities WHERE id = ?");
    }
    void put(const Entity& e) {
        const std::string body = encodeEntity(e);
        sqlite3_bind_int64(m_put->get(), 1, static_cast<sqlite3_int64>(entityId(e)));
        sqlite3_bind_blob(m_put->get(), 2, body.data(), static_cast<int>(body.size()), SQLITE_TRANSIENT);
        m_put->step();
        m_put->reset();
    }

    std::string m_path;
    sqlite3* m_db = nullptr;
    std::unique_ptr<Statement> m_put, m_delete;
    Notebook m_nb;
};

// FTS5's own query syntax: each word quoted, the last one followed by * (a prefix).
std::string ftsQuery(std::string_view query) {
    std::string out, word;
    auto flush = [&](bool last) {
        if (word.empty()) return;
        out += (out.empty() ? "\"" : " \"") + word + "\"" + (last ? "*" : "");
        word.clear();
    };
    for (const char ch : query) {
        if (ch == ' ') flush(false);
        else if (ch != '"') word += ch;
    }
    flush(true);
    return out;
}

class Fts5Baseline final : public TextSearchBaseline {
public:
    Fts5Baseline() {
        sqliteCheck(nullptr, sqlite3_open(":memory:", &m_db), ":memory:");
        exec(m_db, "CREATE VIRTUAL TABLE docs USING fts5(id UNINDEXED, title, body, "
                   "tokenize = 'unicode61 remove_diacritics 2', prefix = '1 2 3', detail = column)");
    }
    ~Fts5Baseline() override {
        m_query.reset();
        m_all.reset();
        sqlite3_close(m_db);
    }
    std::string name() const override { return "sqlite fts5"; }
    // The same text core/search indexes (title, lines, the peer's name; not the subtitle), oldest first
    // so that the rowid order is the recency order.
    void build(const Notebook& nb) override {
        std::vector<search::Document> docs;
        for (const Entity& e : nb.entities()) {
            if (auto doc = search::documentOf(nb, e)) docs.push_back(std::move(*doc));
        }
        std::stable_sort(docs.begin(), docs.end(),
                         [](const search::Document& a, const search::Document& b) { return a.day < b.day; });
        Statement insert(m_db, "INSERT INTO docs(id, title, body) VALUES(?, ?, ?)");
        exec(m_db, "BEGIN");
        for (const search::Document& doc : docs) {
            std::string body = doc.alsoFoundBy;
            for (const std::string& line : doc.lines) body += "\n" + line;
            sqlite3_bind_int64(insert.get(), 1, static_cast<sqlite3_int64>(doc.id));
            sqlite3_bind_text(insert.get(), 2, doc.title.data(), static_cast<int>(doc.title.size()), SQLITE_TRANSIENT);
            sqlite3_bind_text(insert.get(), 3, body.data(), static_cast<int>(body.size()), SQLITE_TRANSIENT);
            insert.step();
            insert.reset();
        }
        exec(m_db, "COMMIT");
        m_query = std::make_unique<Statement>(m_db, "SELECT title FROM docs WHERE docs MATCH ? ORDER BY rowid DESC LIMIT ?");
        m_all = std::make_unique<Statement>(m_db, "SELECT id FROM docs WHERE docs MATCH ?");
    }
    size_t search(std::string_view query, size_t limit) override {
        const std::string q = ftsQuery(query);
        sqlite3_bind_text(m_query->get(), 1, q.data(), static_cast<int>(q.size()), SQLITE_TRANSIENT);
        sqlite3_bind_int64(m_query->get(), 2, static_cast<sqlite3_int64>(limit));
        size_t hits = 0;
        while (m_query->step()) {
            m_lastTitle.assign(reinterpret_cast<const char*>(sqlite3_column_text(m_query->get(), 0)));
            ++hits;
        }
        m_query->reset();
        return hits;
    }
    std::vector<EntityId> allHits(std::string_view query) override {
        const std::string q = ftsQuery(query);
        sqlite3_bind_text(m_all->get(), 1, q.data(), static_cast<int>(q.size()), SQLITE_TRANSIENT);
        std::vector<EntityId> ids;
        while (m_all->step()) ids.push_back(static_cast<EntityId>(sqlite3_column_int64(m_all->get(), 0)));
        m_all->reset();
        std::sort(ids.begin(), ids.end());
        return ids;
    }

private:
    sqlite3* m_db = nullptr;
    std::unique_ptr<Statement> m_query, m_all;
    std::string m_lastTitle;  // read like a UI would, so the row is really fetched
};

}  // namespace

std::unique_ptr<EditTarget> makeSqliteTarget() { return std::make_unique<SqliteTarget>(); }
std::unique_ptr<TextSearchBaseline> makeFts5Baseline() { return std::make_unique<Fts5Baseline>(); }

}  // namespace rapport::bench
