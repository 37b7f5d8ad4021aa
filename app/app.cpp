// The app's frame: a full-window workspace with a menu bar (undo/redo) and the peers panel.
#include "app/app.h"

#include <imgui.h>

#include <cstdio>

#include "core/store/notebook_store.h"

namespace rapport::ui {

namespace {

std::string jsonString(const std::string& text) {
    std::string out = "\"";
    for (const char c : text) {
        switch (c) {
            case '"': out += "\\\""; break;
            case '\\': out += "\\\\"; break;
            case '\n': out += "\\n"; break;
            default:
                if (static_cast<unsigned char>(c) < 0x20) {
                    char escaped[8];
                    std::snprintf(escaped, sizeof escaped, "\\u%04x", c);
                    out += escaped;
                } else {
                    out += c;
                }
        }
    }
    return out + "\"";
}

}  // namespace

App::App(NotebookOpener opener, bool canQuit) : m_opener(std::move(opener)), m_canQuit(canQuit) {
    auto opened = m_opener.open();
    if (opened) {
        m_store = std::move(opened).value();
        m_statusMessage = m_store->warning();
    } else {
        m_openError = opened.error().message;
    }
}

App::~App() = default;

bool App::draw() {
    m_changed = false;
    const ImGuiViewport* viewport = ImGui::GetMainViewport();
    ImGui::SetNextWindowPos(viewport->WorkPos);
    ImGui::SetNextWindowSize(viewport->WorkSize);
    const ImGuiWindowFlags flags = ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove |
                                   ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_MenuBar |
                                   ImGuiWindowFlags_NoBringToFrontOnFocus;
    ImGui::Begin("Rapport", nullptr, flags);
    if (!m_store) {
        drawOpenError();
    } else {
        handleShortcuts();
        drawMenuBar();
        if (m_peers.draw(*m_store)) m_changed = true;
        if (!m_statusMessage.empty()) ImGui::TextDisabled("%s", m_statusMessage.c_str());
    }
    ImGui::End();
    return !m_quitRequested;
}

std::string App::describeForAutomation() const {
    std::string json = "{\"peers\":[";
    if (m_store) {
        bool first = true;
        for (const auto& entry : m_store->notebook().peers()) {
            if (!first) json += ",";
            json += jsonString(entry.second.name);
            first = false;
        }
    }
    json += "],\"readOnly\":";
    json += (m_store && m_store->readOnly()) ? "true" : "false";
    json += ",\"openError\":" + jsonString(m_openError) + "}";
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
    if (!m_statusMessage.empty()) ImGui::TextWrapped("%s", m_statusMessage.c_str());
}

void App::openReadOnly() {
    auto opened = m_opener.openReadOnly();
    if (!opened) {
        m_statusMessage = opened.error().message;
        return;
    }
    m_store = std::move(opened).value();
    m_statusMessage = m_store->warning();
    m_changed = true;
}

void App::handleShortcuts() {
    const ImGuiIO& io = ImGui::GetIO();
    // Text fields keep their own Ctrl+Z; the app-wide one applies when no field has the keyboard.
    if (io.WantTextInput || !io.KeyCtrl) return;
    if (ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Z), false)) {
        io.KeyShift ? redo() : undo();
    } else if (ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Y), false)) {
        redo();
    }
}

void App::drawMenuBar() {
    if (!ImGui::BeginMenuBar()) return;
    if (ImGui::BeginMenu("Edit")) {
        const std::string undoText = m_store->canUndo() ? "Undo " + m_store->undoLabel() : "Undo";
        const std::string redoText = m_store->canRedo() ? "Redo " + m_store->redoLabel() : "Redo";
        if (ImGui::MenuItem(undoText.c_str(), "Ctrl+Z", false, m_store->canUndo())) undo();
        if (ImGui::MenuItem(redoText.c_str(), "Ctrl+Shift+Z", false, m_store->canRedo())) redo();
        ImGui::EndMenu();
    }
    if (m_canQuit && ImGui::BeginMenu("File")) {
        if (ImGui::MenuItem("Quit", "Ctrl+Q")) m_quitRequested = true;
        ImGui::EndMenu();
    }
    if (m_store->readOnly()) {
        ImGui::TextColored(ImVec4(0.7f, 0.2f, 0.1f, 1.0f), "Read-only: the notebook is damaged; nothing is written.");
    }
    ImGui::EndMenuBar();
}

void App::undo() {
    if (!m_store->canUndo()) return;
    const std::string label = m_store->undoLabel();
    const Status done = m_store->undo();
    m_statusMessage = done ? "Undid: " + label : done.error().message;
    m_changed = true;
}

void App::redo() {
    if (!m_store->canRedo()) return;
    const std::string label = m_store->redoLabel();
    const Status done = m_store->redo();
    m_statusMessage = done ? "Redid: " + label : done.error().message;
    m_changed = true;
}

}  // namespace rapport::ui
