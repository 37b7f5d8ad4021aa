// UiContext: what every screen gets — the notebook to read, one way to change it (commands), today's
// date, navigation and the status line. Screens never touch the store directly.
#pragma once

#include <cstdint>
#include <functional>
#include <memory>
#include <string>
#include <vector>

#include "core/model/command.h"
#include "core/model/ids.h"
#include "core/model/notebook.h"
#include "core/search/search_index.h"
#include "core/util/clock.h"
#include "core/util/result.h"

namespace rapport {
class NotebookStore;
}

namespace rapport::ui {

class SyncPanel;

// The places the user can be. Pages with an entity (a peer, a meeting...) carry its id in Route.
enum class Page : uint8_t {
    ThisWeek, Peers, Peer, Meeting, PrepCard, Projects, Project, Previews, Rituals, Journal, Settings,
    LiveMeeting,  // live 1:1 mode (id: the meeting)
};

struct Route {
    Page page = Page::ThisWeek;
    EntityId id = kNoId;
    bool operator==(const Route& o) const { return page == o.page && id == o.id; }
    bool operator!=(const Route& o) const { return !(*this == o); }
};

class UiContext {
public:
    UiContext(NotebookStore& store, const Clock& clock) : m_store(store), m_clock(clock) {}

    const Notebook& notebook() const;
    IdSource& ids();
    CivilDate today() const { return m_clock.today(); }
    bool readOnly() const;
    // Bumps with every change of the notebook: screens cache derived data (plans, lists) by it.
    uint64_t revision() const { return m_revision; }

    // Saves a command built by a core builder (core/model/commands.h). A builder error goes to the
    // status line at once and run() returns false. Otherwise it returns true ("accepted"): while a
    // frame is being drawn the command is queued and saved once the frame is drawn (endFrame), so
    // nothing a screen reads changes under it mid-frame; outside a frame it is saved at once. A save
    // that fails later (a full disk) says so on the status line and leaves the notebook as it was.
    bool run(Result<Command> command);
    // Like run(), for a command that creates an entity: returns the id of the first entity it creates
    // (known from the built command, to open it next; it exists once the frame ends), or kNoId when
    // the builder refused.
    EntityId runCreating(Result<Command> command);
    // Frame boundaries (App::draw). Between them commands, undo, redo and navigation are queued, in
    // order; endFrame() applies them. A command whose before image an earlier one of the same frame
    // changed is rebased (core/model/rebase.h), so both edits land. Navigation queued after a command
    // that failed to save is dropped: the page stays where the error is shown.
    void beginFrame() { m_inFrame = true; }
    void endFrame();
    // Runs `action` once the frame is drawn, in order with the queued commands (outside a frame: now):
    // for changes that do not go through run(), such as an import saving its own commands.
    void later(std::function<void()> action);
    // True when something is queued for the end of this frame.
    bool hasQueued() const { return !m_queue.empty(); }
    // While a sync cycle runs the store must not change under it (core/sync/engine.h): changes,
    // undo, redo and later() actions stay queued, in order, and are saved once the hold ends;
    // navigation queued before the first held change still happens.
    void holdChanges(bool hold) { m_holdChanges = hold; }
    bool holdingChanges() const { return m_holdChanges && !m_queue.empty(); }
    // The notebook was changed by something that saved its own commands (an import): caches refresh.
    void changedElsewhere() { ++m_revision; }
    int64_t nowMillis() const { return m_clock.unixMillis(); }
    // Whether there is a change of the user's to undo (the shipped topic bank is not one).
    bool canUndo() const;
    // Undo / redo the last change (status line says what happened).
    void undo();
    void redo();

    const Route& route() const { return m_route; }
    // Goes to a page, remembering where we were (back() returns there).
    void go(Route route);
    void back();
    bool canGoBack() const { return !m_history.empty(); }

    // The status line: the last thing that happened, or why something was refused.
    void inform(std::string text) { m_status = std::move(text); m_statusIsError = false; }
    void warn(std::string text) { m_status = std::move(text); m_statusIsError = true; }
    const std::string& status() const { return m_status; }
    bool statusIsError() const { return m_statusIsError; }

    // Phone-width layout (below ~600 logical pixels): single column, no sidebar.
    bool narrow() const { return m_narrow; }
    void setNarrow(bool narrow) { m_narrow = narrow; }
    // A touch screen (web: a coarse pointer or a touch seen): navigation must not focus a text field,
    // which would open the on-screen keyboard; wording speaks of taps.
    bool touch() const { return m_touch; }
    void setTouch(bool touch) { m_touch = touch; }
    // Whether opening a page may put the keyboard into its first field (desktop: yes; touch: no).
    bool focusOnOpen() const { return !m_touch; }

    NotebookStore& store() { return m_store; }

    // First run: the welcome page's "Try the sample notebook" (App sets how, when it can) and whether
    // the user put the welcome page away (for this session: an empty notebook shows it again).
    bool canOpenSample() const { return static_cast<bool>(m_openSample); }
    void openSample() { if (m_openSample) m_openSample(); }
    void setSampleOpener(std::function<void()> open) { m_openSample = std::move(open); }
    bool welcomeDismissed() const { return m_welcomeDismissed; }
    void dismissWelcome() { m_welcomeDismissed = true; }

    // Sync across devices (app/sync_panel.h): null when this notebook does not sync, and then why.
    SyncPanel* sync() const { return m_sync; }
    const std::string& whyNoSync() const { return m_whyNoSync; }
    void setSync(SyncPanel* sync, std::string whyNot) { m_sync = sync; m_whyNoSync = std::move(whyNot); }

    // The search index of the notebook (Ctrl+K). Read in steps at idle after open (searchAtIdle), then
    // kept up to date from each command, undo and redo; read again the same way after a change made
    // elsewhere (an import). Until it is ready it answers from what it has read so far (searchReady).
    const SearchIndex& search();
    // Once a frame, after it is shown: reads more of the notebook into the index, a few ms at most. True
    // while some is left: the loop keeps drawing frames.
    bool searchAtIdle();
    // Reads more of the notebook into the index for up to `budgetMs`; true while some is left.
    bool indexSearchSome(double budgetMs);
    bool searchReady() const { return m_search && m_searchRevision == m_revision && m_search->ready(); }
    // How far the index is, 0..1.
    double searchReadiness() const;
    // Tests: every step reads exactly this many entities instead of what a time budget allows.
    void setSearchPace(size_t entitiesPerStep) { m_searchPace = entitiesPerStep; }

private:
    // What a frame queued: a command, an undo, a redo, a page to go to, or back.
    struct Queued {
        enum class What : uint8_t { Command, Undo, Redo, Go, Back, Later } what = What::Command;
        Command command;
        Route route;
        std::function<void()> action;
    };
    // Bookkeeping after any applied change: revision, search index.
    void applied(const Command& command);
    // Starts a new search index (to be read in steps) when there is none or it is stale; true if it did.
    bool renewSearch();
    void enqueue(Queued::What what, Command command = {}, Route route = {}, std::function<void()> action = {});
    bool save(Command command);
    void undoNow();
    void redoNow();
    void goNow(Route route);
    void backNow();

    NotebookStore& m_store;
    const Clock& m_clock;
    // Never repeats across the notebooks opened in one run (the sample and back, a reopen), so a view's
    // cache keyed by revision can never show one notebook's results for another.
    static uint64_t firstRevision();
    uint64_t m_revision = firstRevision();
    Route m_route;
    std::vector<Route> m_history;
    std::string m_status;
    bool m_statusIsError = false;
    bool m_narrow = false;
    bool m_touch = false;
    std::function<void()> m_openSample;
    bool m_welcomeDismissed = false;
    SyncPanel* m_sync = nullptr;
    std::string m_whyNoSync;
    std::unique_ptr<SearchIndex> m_search;
    uint64_t m_searchRevision = 0;  // the revision m_search reflects
    size_t m_searchPace = 0;           // 0: steps are timed
    bool m_inFrame = false;
    bool m_holdChanges = false;
    std::vector<Queued> m_queue;
};

// A command label inside a sentence: "Added Sam Okafor" -> "added Sam Okafor" ("Undone: added...").
std::string lowerFirst(std::string label);

// One page of the app. Each lives in app/screens/, reads ui.notebook() and changes it with ui.run().
class Screen {
public:
    virtual ~Screen() = default;
    virtual void draw(UiContext& ui) = 0;
    // The user has left the page (the frame that navigated away is drawn): save what a field still holds
    // that no "field left" event will save, since the page is no longer drawn.
    virtual void leave(UiContext& /*ui*/) {}
    // True when the page acts on plain letter keys itself (live 1:1 mode's J/K/D/N...): the web's
    // single-key shortcuts ("n", "/") then leave those keys to it.
    virtual bool usesLetterKeys() const { return false; }
};

}  // namespace rapport::ui
