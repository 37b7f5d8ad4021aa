// UiContext: commands go through the store here, so undo, autosave and the revision counter are the
// same for every screen.
#include "app/ui_context.h"

#include "core/store/notebook_store.h"

namespace rapport::ui {

namespace {
constexpr size_t kHistoryDepth = 50;
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
    const Status saved = m_store.execute(command.value());
    if (!saved) {
        warn(saved.error().message);
        return false;
    }
    applied(command.value());
    inform(command.value().label);
    return true;
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

void UiContext::undo() {
    if (!m_store.canUndo()) return;
    const std::string label = m_store.undoLabel();
    const auto command = m_store.nextUndoCommand();
    const Status done = m_store.undo();
    if (!done) return warn(done.error().message);
    applied(*command);
    inform("Undone: " + label);
}

void UiContext::redo() {
    if (!m_store.canRedo()) return;
    const std::string label = m_store.redoLabel();
    const auto command = m_store.nextRedoCommand();
    const Status done = m_store.redo();
    if (!done) return warn(done.error().message);
    applied(*command);
    inform("Redone: " + label);
}

const SearchIndex& UiContext::search() {
    if (!m_search || m_searchRevision != m_revision) {
        m_search = std::make_unique<SearchIndex>(m_store.notebook());
        m_searchRevision = m_revision;
    }
    return *m_search;
}

void UiContext::go(Route route) {
    if (route == m_route) return;
    m_history.push_back(m_route);
    if (m_history.size() > kHistoryDepth) m_history.erase(m_history.begin());
    m_route = route;
}

void UiContext::back() {
    if (m_history.empty()) return;
    m_route = m_history.back();
    m_history.pop_back();
}

}  // namespace rapport::ui
