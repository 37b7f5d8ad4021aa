// UiContext: commands go through the store here, so undo, autosave and the revision counter are the
// same for every screen.
#include "app/ui_context.h"

#include <chrono>

#include "core/model/commands.h"
#include "core/model/rebase.h"
#include "core/store/notebook_store.h"

namespace rapport::ui {

namespace {
constexpr size_t kHistoryDepth = 50;
}

std::string lowerFirst(std::string label) {
    // "Added Sam" -> "added Sam"; "I owe..." keeps its capital (a lone capital is a word of its own).
    if (label.size() > 1 && label[0] >= 'A' && label[0] <= 'Z' && label[1] >= 'a' && label[1] <= 'z') label[0] += 'a' - 'A';
    return label;
}

const Notebook& UiContext::notebook() const { return m_store.notebook(); }
IdSource& UiContext::ids() { return m_store.ids(); }
bool UiContext::readOnly() const { return m_store.readOnly(); }

bool UiContext::run(Result<Command> command) {
    if (!command) {
        warn(command.error().message);
        return false;
    }
    if (command.value().changes.empty()) return true;  // nothing to change (e.g. the same value again)
    if (m_inFrame || m_holdChanges) {
        enqueue(Queued::What::Command, std::move(command).value());
        return true;
    }
    return save(std::move(command).value());
}

bool UiContext::save(Command command) {
    // Built while an earlier command of the same frame was still queued: rebuild on what is stored now.
    command = rebased(m_store.notebook(), std::move(command));
    const Status saved = m_store.execute(command);
    if (!saved) {
        warn(saved.error().message);
        return false;
    }
    applied(command);
    inform(command.label);
    return true;
}

void UiContext::enqueue(Queued::What what, Command command, Route route, std::function<void()> action) {
    Queued q;
    q.what = what;
    q.command = std::move(command);
    q.route = route;
    q.action = std::move(action);
    m_queue.push_back(std::move(q));
}

void UiContext::endFrame() {
    m_inFrame = false;
    // Applying may queue nothing new (we are outside the frame now), so the loop ends.
    std::vector<Queued> queue;
    queue.swap(m_queue);
    bool failed = false;
    for (Queued& q : queue) {
        // Held (a sync cycle runs): this and everything after it wait, in order, for the next endFrame.
        if (m_holdChanges && (!m_queue.empty() || (q.what != Queued::What::Go && q.what != Queued::What::Back))) {
            m_queue.push_back(std::move(q));
            continue;
        }
        switch (q.what) {
            case Queued::What::Command: failed |= !save(std::move(q.command)); break;
            case Queued::What::Undo: undoNow(); break;
            case Queued::What::Redo: redoNow(); break;
            case Queued::What::Go: if (!failed) goNow(q.route); break;
            case Queued::What::Back: if (!failed) backNow(); break;
            case Queued::What::Later: q.action(); break;
        }
    }
}

void UiContext::applied(const Command& command) {
    ++m_revision;
    // Keep the search index in step with the change (a rebuild costs seconds on a large notebook).
    if (m_search && m_searchRevision + 1 == m_revision) {
        m_search->update(m_store.notebook(), command);
        m_searchRevision = m_revision;
    }
}

EntityId UiContext::runCreating(Result<Command> command) {
    EntityId created = kNoId;
    if (command) {
        for (const EntityChange& change : command.value().changes) {
            if (!change.before && change.after) {
                created = entityId(*change.after);
                break;
            }
        }
    }
    return run(std::move(command)) ? created : kNoId;
}

void UiContext::later(std::function<void()> action) {
    if (m_inFrame || m_holdChanges) return enqueue(Queued::What::Later, {}, {}, std::move(action));
    action();
}

void UiContext::undo() {
    if (m_inFrame || m_holdChanges) return enqueue(Queued::What::Undo);
    undoNow();
}

void UiContext::redo() {
    if (m_inFrame || m_holdChanges) return enqueue(Queued::What::Redo);
    redoNow();
}

bool UiContext::canUndo() const {
    if (!m_store.canUndo()) return false;
    const auto next = m_store.nextUndoCommand();
    return next && !isShippedData(*next);
}

void UiContext::undoNow() {
    if (!canUndo()) return inform("Nothing to undo.");
    const std::string label = m_store.undoLabel();
    const auto command = m_store.nextUndoCommand();
    const Status done = m_store.undo();
    if (!done) return warn(done.error().message);
    applied(*command);
    inform("Undone: " + lowerFirst(label));
}

void UiContext::redoNow() {
    if (!m_store.canRedo()) return;
    const std::string label = m_store.redoLabel();
    const auto command = m_store.nextRedoCommand();
    const Status done = m_store.redo();
    if (!done) return warn(done.error().message);
    applied(*command);
    inform("Redone: " + lowerFirst(label));
}

namespace {
// Entities read between two looks at the clock (well under a millisecond natively and in wasm).
constexpr size_t kSearchChunk = 128;
// What a frame spends on the index at idle: the frame stays well inside 16 ms.
constexpr double kSearchIdleMs = 6.0;
// What the first search() reads at once (a small notebook: all of it, deterministically).
constexpr size_t kSearchFirstStep = 2000;
}  // namespace

bool UiContext::renewSearch() {
    if (m_search && m_searchRevision == m_revision) return false;
    m_search = std::make_unique<SearchIndex>(SearchIndex::toBuild(m_store.notebook()));
    m_searchRevision = m_revision;
    return true;
}

const SearchIndex& UiContext::search() {
    if (renewSearch()) m_search->indexSome(m_store.notebook(), m_searchPace > 0 ? m_searchPace : kSearchFirstStep);
    return *m_search;
}

bool UiContext::indexSearchSome(double budgetMs) {
    const auto start = std::chrono::steady_clock::now();
    renewSearch();  // a new build is read within the budget only
    if (m_searchPace > 0) return !m_search->indexSome(m_store.notebook(), m_searchPace);
    while (!m_search->indexSome(m_store.notebook(), kSearchChunk)) {
        const std::chrono::duration<double, std::milli> spent = std::chrono::steady_clock::now() - start;
        if (spent.count() >= budgetMs) return true;
    }
    return false;
}

bool UiContext::searchAtIdle() { return !searchReady() && indexSearchSome(kSearchIdleMs); }

double UiContext::searchReadiness() const {
    if (!m_search || m_searchRevision != m_revision) return 0.0;
    return m_search->readiness(m_store.notebook());
}

void UiContext::go(Route route) {
    if (m_inFrame) return enqueue(Queued::What::Go, {}, route);
    goNow(route);
}

void UiContext::back() {
    if (m_inFrame) return enqueue(Queued::What::Back);
    backNow();
}

void UiContext::goNow(Route route) {
    if (route == m_route) return;
    m_history.push_back(m_route);
    if (m_history.size() > kHistoryDepth) m_history.erase(m_history.begin());
    m_route = route;
}

void UiContext::backNow() {
    if (m_history.empty()) return;
    m_route = m_history.back();
    m_history.pop_back();
}

uint64_t UiContext::firstRevision() {
    static uint64_t next = 1;  // the UI thread only
    const uint64_t first = next;
    next += uint64_t(1) << 32;
    return first;
}

}  // namespace rapport::ui
