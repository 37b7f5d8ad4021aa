// The app's frame: menu bar, navigation (a sidebar, or a page picker on narrow screens), the current
// page, the status line and the overlays (search, quick capture, help).
#include "app/app.h"

#include <imgui.h>

#include <cstdio>

#include "app/default_topics.h"
#include "app/edit_widgets.h"
#include "app/json_text.h"
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

struct NavEntry {
    Page page;
    const char* title;
};
// The sidebar, in Ctrl+1..Ctrl+7 order.
constexpr NavEntry kNav[] = {
    {Page::ThisWeek, "This week"}, {Page::Peers, "Peers"},     {Page::Projects, "Projects"},
    {Page::Previews, "Previews"},  {Page::Rituals, "Rituals"}, {Page::Journal, "Journal"},
    {Page::Settings, "Settings"},
};

const char* pageName(Page page) {
    switch (page) {
        case Page::ThisWeek: return "this-week";
        case Page::Peers: return "peers";
        case Page::Peer: return "peer";
        case Page::Meeting: return "meeting";
        case Page::PrepCard: return "prep-card";
        case Page::Projects: return "projects";
        case Page::Project: return "project";
        case Page::Previews: return "previews";
        case Page::Rituals: return "rituals";
        case Page::Journal: return "journal";
        case Page::Settings: return "settings";
        case Page::LiveMeeting: return "live-meeting";
    }
    return "?";
}

// The sidebar entry a page belongs to (a peer's page is under Peers).
Page section(Page page) {
    switch (page) {
        case Page::Peer: case Page::Meeting: case Page::PrepCard: case Page::LiveMeeting: return Page::Peers;
        case Page::Project: return Page::Projects;
        default: return page;
    }
}

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
}

bool App::draw() {
    m_changed = false;
    const uint64_t revision = m_ui ? m_ui->revision() : 0;
    const Route route = m_ui ? m_ui->route() : Route{};

    const ImGuiViewport* viewport = ImGui::GetMainViewport();
    ImGui::SetNextWindowPos(viewport->WorkPos);
    ImGui::SetNextWindowSize(viewport->WorkSize);
    const ImGuiWindowFlags flags = ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove |
                                   ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_MenuBar |
                                   ImGuiWindowFlags_NoBringToFrontOnFocus;
    if (m_ui) {
        const Theme theme = m_store->notebook().settings().theme == 1 ? Theme::Dark : Theme::Light;
        if (theme != currentTheme()) applyTheme(theme);
    }
    ImGui::Begin("Rapport", nullptr, flags);
    if (!m_ui) {
        drawOpenError();
    } else {
        m_ui->beginFrame();
        m_ui->setNarrow(viewport->WorkSize.x < kNarrowWidth);
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
    if (m_ui && m_ui->route() != route) {
        if (auto left = m_screens.find(route.page); left != m_screens.end()) left->second->leave(*m_ui);
    }
    if (m_ui && (m_ui->revision() != revision || m_ui->route() != route)) m_changed = true;
    return !m_quitRequested;
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
    json += ",\"page\":" + jsonString(m_ui ? pageName(m_ui->route().page) : "");
    json += ",\"status\":" + jsonString(m_ui ? m_ui->status() : m_openStatus);
    json += ",\"readOnly\":";
    json += (m_store && m_store->readOnly()) ? "true" : "false";
    json += ",\"openError\":" + jsonString(m_openError);
    json += ",\"version\":" + jsonString(kVersion);
    json += ",\"whyReadOnly\":" + jsonString(m_whyReadOnly) + "}";
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

void App::openReadOnly() {
    auto opened = m_opener.openReadOnly();
    if (!opened) {
        m_openStatus = opened.error().message;
        return;
    }
    adopt(std::move(opened).value());
    m_changed = true;
}

void App::handleShortcuts() {
    const ImGuiIO& io = ImGui::GetIO();
    auto pressed = [](ImGuiKey key) { return ImGui::IsKeyPressed(ImGui::GetKeyIndex(key), false); };
    auto pressedIndex = [](int index) { return index >= 0 && ImGui::IsKeyPressed(index, false); };
    if (pressedIndex(m_keys.f1)) m_help.open();
    if (io.KeyCtrl && !io.KeyAlt) {
        // Ctrl+K, Ctrl+N and Ctrl+1..7 work everywhere, even while typing.
        if (pressedIndex(m_keys.k)) m_search.open();
        if (pressedIndex(m_keys.n)) m_capture.open();
        for (int i = 0; i < 7; ++i) {
            if (m_keys.digit1 >= 0 && pressedIndex(m_keys.digit1 + i)) m_ui->go(Route{kNav[i].page, kNoId});
        }
        // Text fields keep their own Ctrl+Z; the app-wide one applies when no field has the keyboard.
        if (!io.WantTextInput) {
            if (pressed(ImGuiKey_Z)) io.KeyShift ? m_ui->redo() : m_ui->undo();
            else if (pressed(ImGuiKey_Y)) m_ui->redo();
        }
        return;
    }
    if (io.WantTextInput || m_popupWasOpen || ImGui::IsPopupOpen(nullptr, ImGuiPopupFlags_AnyPopupId)) return;
    if (ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Escape), false) && m_ui->canGoBack() && !editingRow()) m_ui->back();
    for (const ImWchar c : io.InputQueueCharacters) {
        if (c == '?') m_help.open();
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
            if (ImGui::MenuItem("Quit", "Ctrl+Q")) m_quitRequested = true;
        }
        ImGui::EndMenu();
    }
    if (ImGui::BeginMenu("Edit")) {
        const std::string undoText = m_ui->canUndo() ? "Undo: " + lowerFirst(m_store->undoLabel()) : "Undo";
        const std::string redoText = m_store->canRedo() ? "Redo: " + lowerFirst(m_store->redoLabel()) : "Redo";
        if (ImGui::MenuItem(undoText.c_str(), "Ctrl+Z", false, m_ui->canUndo())) m_ui->undo();
        if (ImGui::MenuItem(redoText.c_str(), "Ctrl+Shift+Z", false, m_store->canRedo())) m_ui->redo();
        ImGui::Separator();
        if (ImGui::MenuItem("Quick capture...", "Ctrl+N", false, !m_ui->readOnly())) m_capture.open();
        ImGui::EndMenu();
    }
    if (ImGui::BeginMenu("Go")) {
        if (ImGui::MenuItem("Search...", "Ctrl+K")) m_search.open();
        ImGui::Separator();
        for (int i = 0; i < 7; ++i) {
            char shortcut[8];
            std::snprintf(shortcut, sizeof shortcut, "Ctrl+%d", i + 1);
            if (ImGui::MenuItem(kNav[i].title, shortcut, section(m_ui->route().page) == kNav[i].page)) {
                m_ui->go(Route{kNav[i].page, kNoId});
            }
        }
        if (ImGui::MenuItem("Back", "Esc", false, m_ui->canGoBack())) m_ui->back();
        ImGui::EndMenu();
    }
    if (ImGui::BeginMenu("Help")) {
        if (ImGui::MenuItem("Keyboard shortcuts", "F1")) m_help.open();
        if (ImGui::MenuItem("About Rapport")) m_about.open();
        ImGui::EndMenu();
    }
    if (m_store->readOnly()) {
        warningText(m_whyReadOnly.empty() ? "Read-only: the notebook is damaged; nothing is written." : "Read-only");
    }
    ImGui::EndMenuBar();
}

void App::drawNavigation() {
    const Page current = section(m_ui->route().page);
    if (m_ui->narrow()) {
        // Phones: the sections as a row of small buttons above the page.
        for (const NavEntry& entry : kNav) {
            if (&entry != kNav) ImGui::SameLine();
            if (ImGui::GetContentRegionAvail().x < ImGui::CalcTextSize(entry.title).x + 20.0f) ImGui::NewLine();
            const bool active = current == entry.page;
            if (active) ImGui::PushStyleColor(ImGuiCol_Button, ImGui::GetStyleColorVec4(ImGuiCol_ButtonActive));
            if (ImGui::SmallButton(entry.title)) m_ui->go(Route{entry.page, kNoId});
            if (active) ImGui::PopStyleColor();
        }
        ImGui::Separator();
        return;
    }
    const float statusHeight = ImGui::GetFrameHeightWithSpacing();
    ImGui::BeginChild("navigation", ImVec2(ImGui::GetFontSize() * 10.0f, -statusHeight), true);
    for (const NavEntry& entry : kNav) {
        if (ImGui::Selectable(entry.title, current == entry.page)) m_ui->go(Route{entry.page, kNoId});
    }
    ImGui::EndChild();
    ImGui::SameLine();
}

void App::drawPage() {
    const float statusHeight = ImGui::GetFrameHeightWithSpacing();
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
        mutedText(m_ui->status().c_str());
        // A deletion can be taken back from where it is announced (phones have no Ctrl+Z).
        if (m_ui->status().rfind("Deleted ", 0) == 0 && m_store->canUndo()) {
            ImGui::SameLine();
            if (ImGui::SmallButton("Undo##status")) m_ui->undo();
        }
    }
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
