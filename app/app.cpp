// The app's frame: menu bar, navigation (a sidebar, or a page picker on narrow screens), the current
// page, the status line and the overlays (search, quick capture, help).
#include "app/app.h"

#include <imgui.h>

#include <algorithm>

#include "app/default_topics.h"
#include "app/edit_widgets.h"
#include "app/json_text.h"
#include "app/keyboard_nav.h"
#include "app/shortcuts.h"
#include "app/theme.h"
#include "app/version.h"
#include "app/screens/journal_screen.h"
#include "app/screens/live_meeting_screen.h"
#include "app/screens/meeting_screen.h"
#include "app/screens/peer_screen.h"
#include "app/screens/peers_screen.h"
#include "app/screens/prep_card_screen.h"
#include "app/screens/previews_screen.h"
#include "app/screens/project_screen.h"
#include "app/screens/projects_screen.h"
#include "app/screens/rituals_screen.h"
#include "app/screens/settings_screen.h"
#include "app/screens/this_week_screen.h"
#include "app/widgets.h"
#include "core/io/topic_bank_io.h"
#include "core/model/commands.h"
#include "core/store/notebook_store.h"

namespace rapport::ui {

namespace {

constexpr float kNarrowWidth = 600.0f;  // below this (phones), one column and no sidebar

}  // namespace

App::App(NotebookOpener opener, const Clock& clock, bool canQuit)
    : m_opener(std::move(opener)), m_clock(clock), m_canQuit(canQuit) {
    auto opened = m_opener.open();
    if (opened) adopt(std::move(opened).value());
    else m_openError = opened.error().message;
}

App::~App() = default;

void App::adopt(std::unique_ptr<NotebookStore> store) {
    m_store = std::move(store);
    m_ui = std::make_unique<UiContext>(*m_store, m_clock);
    if (m_sampleOpener && !showingSample()) m_ui->setSampleOpener([this] { m_wantSample = true; });
    // A new notebook starts with the default topic bank, so 1:1 agendas have suggestions from day one.
    if (!m_store->readOnly() && m_store->notebook().all<BankTopic>().empty()) {
        // Shipped data, not the user's edit: Ctrl+Z never removes it (UiContext::canUndo).
        const auto topics = parseTopicBank(defaultTopicBankText());
        if (topics) m_ui->run(addShippedTopics(m_store->notebook(), topics.value()));
        m_ui->inform("");
    }
    if (!m_store->warning().empty()) m_ui->warn(m_store->warning());
    m_whyReadOnly = m_store->readOnly() && m_opener.whyReadOnly ? m_opener.whyReadOnly() : std::string();
    if (!m_whyReadOnly.empty()) m_ui->inform(m_whyReadOnly);
    connectSync();
}

void App::setSync(SyncPlace place) {
    if (!m_store || m_store->readOnly() || showingSample()) return;
    m_sync = makeSyncPanel(std::move(place), *m_store, m_clock);
    connectSync();
}

void App::connectSync() {
    if (!m_ui) return;
    if (showingSample()) m_ui->setSync(nullptr, "Sync is off in the sample notebook; your own notebook keeps its sync.");
    else if (m_store->readOnly()) m_ui->setSync(nullptr, "Sync is off while the notebook is read-only.");
    else if (!m_sync) m_ui->setSync(nullptr, m_noSyncWhy);
    else m_ui->setSync(m_sync.get(), "");
}

bool App::draw() {
    m_changed = false;
    keyboardNavigation(!isWeb(keySet()));  // Tab reaches every control; Enter operates it
    const uint64_t revision = m_ui ? m_ui->revision() : 0;
    const Route route = m_ui ? m_ui->route() : Route{};

    const ImGuiViewport* viewport = ImGui::GetMainViewport();
    ImGui::SetNextWindowPos(viewport->WorkPos);
    ImGui::SetNextWindowSize(viewport->WorkSize);
    const ImGuiWindowFlags flags = ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove |
                                   ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_MenuBar |
                                   ImGuiWindowFlags_NoBringToFrontOnFocus;
    if (m_ui) {
        const Theme theme = resolveTheme(m_store->notebook().settings().theme, systemPrefersDarkTheme());
        if (theme != currentTheme()) applyTheme(theme);
    }
    ImGui::Begin("Rapport", nullptr, flags);
    if (!m_ui) {
        handleShortcuts();
        drawOpenError();
    } else {
        m_ui->beginFrame();
        m_ui->setNarrow(viewport->WorkSize.x < kNarrowWidth);
        m_ui->setTouch(m_touch);
        setDateTyping(m_ui->today(), m_store->notebook().settings().dateOrder);
        handleShortcuts();
        drawMenuBar();
        drawNavigation();
        drawPage();
        m_search.draw(*m_ui);
        m_capture.draw(*m_ui);
        m_help.draw(*m_ui);
        m_about.draw();
        m_backups.draw(*m_ui);
    }
    m_popupWasOpen = ImGui::IsPopupOpen(nullptr, ImGuiPopupFlags_AnyPopupId | ImGuiPopupFlags_AnyPopupLevel);
    ImGui::End();
    // The frame is drawn: now what it queued (commands, undo, navigation) may change the notebook.
    if (m_ui) m_ui->endFrame();
    // Sync runs its store steps and starts due cycles between frames, when nothing reads the notebook.
    if (m_sync) m_sync->tick(showingSample() ? nullptr : m_ui.get());
    if (m_ui && m_ui->route() != route) {
        if (auto left = m_screens.find(route.page); left != m_screens.end()) left->second->leave(*m_ui);
    }
    if (m_ui && (m_ui->revision() != revision || m_ui->route() != route)) m_changed = true;
    keyboardNavigationDone();
    if (m_wantSample) switchToSample();
    if (m_wantOwn) switchToOwn();
    return !m_quitRequested;
}

void App::afterFrame() {
    // The search index is read a few ms a frame after open, once the frame is on screen, so Ctrl+K
    // usually finds it ready and no frame waits for it.
    if (m_ui) m_ui->searchAtIdle();
}

int App::wakeAfterMs() const {
    if (m_ui && !m_ui->searchReady()) return 0;  // the search index is still being read after open
    const int sync = m_sync ? m_sync->wakeAfterMs() : -1;
    if (!m_store || !m_store->compacting()) return sync;
    constexpr int kCompactionPollMs = 50;  // how soon a finished background compaction is switched to
    return sync < 0 ? kCompactionPollMs : std::min(sync, kCompactionPollMs);
}

void App::idle() {
    if (!m_store || !m_store->compactsAtIdle()) return;
    if (m_store->compactionFinished()) (void)m_store->finishCompaction();  // a failure loses nothing
    if (!m_store->compactionDue()) return;
    if (auto job = m_store->startCompaction()) m_runInBackground([job] { job->run(); });
    if (m_store->compactionFinished()) (void)m_store->finishCompaction();  // the runner ran it at once
}

float App::wantedFontSize() const {
    return m_store ? static_cast<float>(m_store->notebook().settings().fontSize) : static_cast<float>(Settings{}.fontSize);
}

namespace {

// A JSON array of one text field of every entity of type T ("[]" with no notebook).
template <class T, class Field>
std::string jsonTexts(const NotebookStore* store, Field field) {
    std::string json = "[";
    if (store) {
        for (const auto& entry : store->notebook().all<T>()) {
            if (json.size() > 1) json += ",";
            json += jsonString(entry.second.*field);
        }
    }
    return json + "]";
}

}  // namespace

std::string App::describeForAutomation() const {
    const NotebookStore* store = m_store.get();
    std::string json = "{\"peers\":" + jsonTexts<Peer>(store, &Peer::name);
    // What was typed on a 1:1 page (the lost-input browser test reads it back after a reload).
    json += ",\"facts\":" + jsonTexts<Fact>(store, &Fact::text);
    json += ",\"meetingNotes\":" + jsonTexts<Meeting>(store, &Meeting::notes);
    json += ",\"page\":" + jsonString(m_ui ? automationName(m_ui->route().page) : "");
    json += ",\"status\":" + jsonString(m_ui ? m_ui->status() : m_openStatus);
    json += ",\"readOnly\":";
    json += (m_store && m_store->readOnly()) ? "true" : "false";
    json += ",\"openError\":" + jsonString(m_openError);
    json += ",\"version\":" + jsonString(kVersion);
    json += ",\"whyReadOnly\":" + jsonString(m_whyReadOnly);
    json += ",\"sample\":";
    json += showingSample() ? "true" : "false";
    json += ",\"welcome\":";
    json += m_ui && m_ui->route().page == Page::ThisWeek && m_store->notebook().peers().empty() && !m_ui->welcomeDismissed()
                ? "true" : "false";
    json += "}";
    return json;
}

void App::drawOpenError() {
    ImGui::TextWrapped("Rapport could not open your notebook.");
    ImGui::Spacing();
    ImGui::TextWrapped("%s", m_openError.c_str());
    ImGui::Spacing();
    ImGui::TextWrapped("Nothing has been changed or overwritten. Keep a copy of the data folder before "
                       "trying anything else.");
    ImGui::Spacing();
    if (m_opener.openReadOnly && ImGui::Button("Open read-only")) openReadOnly();
    ImGui::SameLine();
    if (m_canQuit && ImGui::Button("Quit")) m_quitRequested = true;
    if (!m_openStatus.empty()) ImGui::TextWrapped("%s", m_openStatus.c_str());
}

void App::setSampleOpener(std::function<Result<std::unique_ptr<NotebookStore>>()> open) {
    m_sampleOpener = std::move(open);
    if (m_ui && !showingSample()) m_ui->setSampleOpener([this] { m_wantSample = true; });
}

void App::freshScreens() {
    // Screens and overlays cache by the context's revision, which a new context starts again.
    m_screens.clear();
    m_search = SearchOverlay();
    m_capture = QuickCapture();
    m_help = HelpOverlay();
    m_changed = true;
}

void App::switchToSample() {
    m_wantSample = false;
    auto sample = m_sampleOpener();
    if (!sample) {
        m_ui->warn("The sample notebook could not be opened: " + sample.error().message);
        return;
    }
    m_userStore = std::move(m_store);
    m_store = std::move(sample).value();
    m_ui = std::make_unique<UiContext>(*m_store, m_clock);
    m_ui->inform("This is the sample notebook: look around and change anything; none of it is kept.");
    connectSync();
    freshScreens();
}

void App::switchToOwn() {
    m_wantOwn = false;
    if (!m_userStore) return;
    m_store = std::move(m_userStore);  // the sample is dropped with everything done in it
    adopt(std::move(m_store));
    m_ui->inform("Back in your own notebook.");
    freshScreens();
}

void App::openReadOnly() {
    auto opened = m_opener.openReadOnly();
    if (!opened) {
        m_openStatus = opened.error().message;
        return;
    }
    adopt(std::move(opened).value());
    m_changed = true;
}

int App::keyIndex(Key key, int page) const {
    switch (key) {
        case Key::K: return m_keys.k;
        case Key::N: return m_keys.n;
        case Key::Q: return m_keys.q;
        case Key::Z: return ImGui::GetKeyIndex(ImGuiKey_Z);
        case Key::Y: return ImGui::GetKeyIndex(ImGuiKey_Y);
        case Key::Slash: return m_keys.slash;
        case Key::F1: return m_keys.f1;
        case Key::Escape: return ImGui::GetKeyIndex(ImGuiKey_Escape);
        case Key::Digit1: return m_keys.digit1 < 0 ? -1 : m_keys.digit1 + page;
    }
    return -1;
}

void App::handleShortcuts() {
    const ImGuiIO& io = ImGui::GetIO();
    const KeySet set = keySet();
    // Cmd on macOS (SDL's GUI key), Ctrl elsewhere; the other one must be up, so Ctrl+K on a Mac
    // stays the text field's.
    const bool cmd = set == KeySet::Mac || set == KeySet::WebMac;
    const bool primary = cmd ? io.KeySuper && !io.KeyCtrl : io.KeyCtrl && !io.KeySuper;
    const bool popupOpen = m_popupWasOpen || ImGui::IsPopupOpen(nullptr, ImGuiPopupFlags_AnyPopupId);
    bool acted = false;
    const auto shown = m_ui ? m_screens.find(m_ui->route().page) : m_screens.end();
    const bool pageLetters = shown != m_screens.end() && shown->second->usesLetterKeys();
    for (const Binding& binding : bindings(set)) {
        const int index = keyIndex(binding.key, binding.page);
        if (acted || index < 0 || !ImGui::IsKeyPressed(index, false)) continue;
        if (((binding.mods & kPrimary) != 0) != primary || ((binding.mods & kAlt) != 0) != io.KeyAlt ||
            ((binding.mods & kShift) != 0) != io.KeyShift) continue;
        // Single keys and the app-wide undo leave text fields (and open popups) their own keys.
        if (binding.outsideText && (io.WantTextInput || popupOpen)) continue;
        if (pageLetters && binding.mods == kNoMods && (binding.key == Key::N || binding.key == Key::Slash)) continue;
        if (!m_ui && binding.action != Action::Quit) continue;  // the open-error screen: only Quit
        acted = true;
        switch (binding.action) {
            case Action::Search: m_search.open(); break;
            case Action::Capture: m_capture.open(); break;
            case Action::GoTo: m_ui->go(Route{sidebarPages()[binding.page].page, kNoId}); break;
            case Action::Undo: m_ui->undo(); break;
            case Action::Redo: m_ui->redo(); break;
            case Action::Back: if (m_ui->canGoBack() && !editingRow()) m_ui->back(); break;
            case Action::Help: m_help.open(); break;
            case Action::Quit: if (m_canQuit) m_quitRequested = true; break;
        }
    }
    // "?" on a layout where it is not Shift+/ arrives only as a character.
    if (!acted && !io.WantTextInput && !popupOpen && !io.KeyCtrl && !io.KeySuper) {
        for (const ImWchar c : io.InputQueueCharacters) {
            if (c == '?') m_help.open();
        }
    }
}

void App::drawMenuBar() {
    if (!ImGui::BeginMenuBar()) return;
    if ((m_canQuit || m_hasFiles) && ImGui::BeginMenu("File")) {
        if (m_hasFiles) {
            if (ImGui::MenuItem("Export backup")) m_backups.exportBackup(*m_ui);
            if (ImGui::MenuItem("Import backup...", nullptr, false, !m_ui->readOnly())) m_backups.openImport();
        }
        if (m_canQuit) {
            if (m_hasFiles) ImGui::Separator();
            if (ImGui::MenuItem("Quit", shortcutFor(Action::Quit, keySet()).c_str())) m_quitRequested = true;
        }
        ImGui::EndMenu();
    }
    if (ImGui::BeginMenu("Edit")) {
        const std::string undoText = m_ui->canUndo() ? "Undo: " + lowerFirst(m_store->undoLabel()) : "Undo";
        const std::string redoText = m_store->canRedo() ? "Redo: " + lowerFirst(m_store->redoLabel()) : "Redo";
        const KeySet set = keySet();
        if (ImGui::MenuItem(undoText.c_str(), shortcutFor(Action::Undo, set).c_str(), false, m_ui->canUndo())) m_ui->undo();
        if (ImGui::MenuItem(redoText.c_str(), shortcutFor(Action::Redo, set).c_str(), false, m_store->canRedo())) m_ui->redo();
        ImGui::Separator();
        if (ImGui::MenuItem("Quick capture...", shortcutFor(Action::Capture, set).c_str(), false, !m_ui->readOnly())) {
            m_capture.open();
        }
        ImGui::EndMenu();
    }
    if (ImGui::BeginMenu("Go")) {
        const KeySet set = keySet();
        if (ImGui::MenuItem("Search...", shortcutFor(Action::Search, set).c_str())) m_search.open();
        ImGui::Separator();
        const auto& pages = sidebarPages();
        for (size_t i = 0; i < pages.size(); ++i) {
            const std::string keys = shortcutFor(Action::GoTo, set, static_cast<int>(i));
            if (ImGui::MenuItem(pages[i].title, keys.c_str(), section(m_ui->route().page) == pages[i].page)) {
                m_ui->go(Route{pages[i].page, kNoId});
            }
        }
        if (ImGui::MenuItem("Back", shortcutFor(Action::Back, set).c_str(), false, m_ui->canGoBack())) m_ui->back();
        ImGui::EndMenu();
    }
    if (ImGui::BeginMenu("Help")) {
        if (ImGui::MenuItem("Keyboard shortcuts", shortcutFor(Action::Help, keySet()).c_str())) m_help.open();
        if (ImGui::MenuItem("About Rapport")) m_about.open();
        ImGui::EndMenu();
    }
    if (showingSample()) {
        ImGui::TextDisabled("Sample notebook");
        if (ImGui::SmallButton("Back to my notebook")) m_wantOwn = true;
    }
    if (m_store->readOnly()) {
        warningText(m_whyReadOnly.empty() ? "Read-only: the notebook is damaged; nothing is written." : "Read-only");
    }
    ImGui::EndMenuBar();
}

void App::drawNavigation() {
    const Page current = section(m_ui->route().page);
    if (m_ui->narrow()) {
        // Phones: the sections as a row of buttons above the page.
        for (const PageEntry& entry : sidebarPages()) {
            if (entry.page != sidebarPages().front().page) ImGui::SameLine();
            const float width = ImGui::CalcTextSize(entry.title).x + ImGui::GetStyle().FramePadding.x * 2.0f;
            if (ImGui::GetContentRegionAvail().x < width) ImGui::NewLine();
            const bool active = current == entry.page;
            if (active) ImGui::PushStyleColor(ImGuiCol_Button, ImGui::GetStyleColorVec4(ImGuiCol_ButtonActive));
            // A fingertip's size (44 px), not a small button.
            if (ImGui::Button(entry.title, ImVec2(0.0f, kTouchTarget))) m_ui->go(Route{entry.page, kNoId});
            if (active) ImGui::PopStyleColor();
        }
        ImGui::Separator();
        return;
    }
    const float statusHeight = ImGui::GetFrameHeightWithSpacing();
    ImGui::BeginChild("navigation", ImVec2(ImGui::GetFontSize() * 10.0f, -statusHeight), true);
    for (const PageEntry& entry : sidebarPages()) {
        if (ImGui::Selectable(entry.title, current == entry.page)) m_ui->go(Route{entry.page, kNoId});
    }
    ImGui::EndChild();
    ImGui::SameLine();
}

void App::drawPage() {
    // On a phone the status line's Undo is a fingertip's size: room for it.
    const bool phone = m_ui->narrow() || m_ui->touch();
    const float statusHeight = phone ? kTouchTarget + ImGui::GetStyle().ItemSpacing.y : ImGui::GetFrameHeightWithSpacing();
    // A page just opened takes the keyboard focus (not the sidebar that was clicked), so Tab walks
    // through its controls.
    if (m_ui->route() != m_focusedRoute) {
        ImGui::SetNextWindowFocus();
        m_focusedRoute = m_ui->route();
    }
    ImGui::BeginChild("page", ImVec2(0.0f, -statusHeight), false);
    screenFor(m_ui->route().page).draw(*m_ui);
    ImGui::EndChild();
    drawStatusLine();
}

void App::drawStatusLine() {
    if (m_ui->status().empty()) {
        mutedText(m_ui->readOnly() ? "Read-only" : "All changes are saved on this device.");
    } else if (m_ui->statusIsError()) {
        warningText(m_ui->status().c_str());
    } else {
        // A deletion can be taken back from where it is announced (phones have no Ctrl+Z). On a phone
        // the button is a fingertip's size and comes first, so a long sentence cannot push it off screen.
        const bool undoable = m_ui->status().rfind("Deleted ", 0) == 0 && m_store->canUndo();
        const bool phone = m_ui->narrow() || m_ui->touch();
        if (undoable && phone) {
            if (ImGui::Button("Undo##status", ImVec2(kTouchTarget * 2.0f, kTouchTarget))) m_ui->undo();
            ImGui::SameLine();
        }
        mutedText(m_ui->status().c_str());
        if (undoable && !phone) {
            ImGui::SameLine();
            if (ImGui::SmallButton("Undo##status")) m_ui->undo();
        }
    }
    if (m_ui->sync()) m_ui->sync()->drawStatus(*m_ui);
}

Screen& App::screenFor(Page page) {
    auto& screen = m_screens[page];
    if (screen) return *screen;
    switch (page) {
        case Page::ThisWeek: screen = std::make_unique<ThisWeekScreen>(); break;
        case Page::Peers: screen = std::make_unique<PeersScreen>(); break;
        case Page::Peer: screen = std::make_unique<PeerScreen>(); break;
        case Page::Meeting: screen = std::make_unique<MeetingScreen>(); break;
        case Page::PrepCard: screen = std::make_unique<PrepCardScreen>(); break;
        case Page::Projects: screen = std::make_unique<ProjectsScreen>(); break;
        case Page::Project: screen = std::make_unique<ProjectScreen>(); break;
        case Page::Previews: screen = std::make_unique<PreviewsScreen>(); break;
        case Page::Rituals: screen = std::make_unique<RitualsScreen>(); break;
        case Page::Journal: screen = std::make_unique<JournalScreen>(); break;
        case Page::Settings: screen = std::make_unique<SettingsScreen>(); break;
        case Page::LiveMeeting: screen = std::make_unique<LiveMeetingScreen>(); break;
    }
    return *screen;
}

}  // namespace rapport::ui
