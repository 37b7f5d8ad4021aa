// Settings, Sync. Every message names the cause and the fix in one sentence (the controller's and the
// engine's words); the passphrase and password fields are masked and emptied once connected.
#include "app/screens/sync_section.h"

#include <imgui.h>
#include <imgui_stdlib.h>

#include <algorithm>
#include <cmath>

#include "app/form_widgets.h"
#include "app/style/text.h"
#include "app/sync_conflict_text.h"
#include "app/sync_setup_code.h"
#include "app/theme.h"
#include "app/ui_context.h"
#include "app/widgets.h"

namespace rapport::ui {
namespace {

std::string ago(int64_t now, int64_t then) {
    if (then <= 0) return "never";
    const int64_t minutes = (now - then) / 60'000;
    if (minutes < 1) return "just now";
    if (minutes < 60) return std::to_string(minutes) + " min ago";
    if (minutes < 48 * 60) return std::to_string(minutes / 60) + " h ago";
    return std::to_string(minutes / (24 * 60)) + " days ago";
}

bool textField(const char* label, const char* hint, std::string& text, float width, ImGuiInputTextFlags flags = 0) {
    LabelAbove above(label);
    ImGui::SetNextItemWidth(width);
    return ImGui::InputTextWithHint(above.id(), hint, &text, flags);
}

// The QR code as dark squares on a light square with the quiet zone the standard asks for (4 modules).
void drawQr(const QrCode& qr) {
    if (qr.size == 0) return;
    const float module = std::max(3.0f, std::floor(ImGui::GetFontSize() * 10.0f / static_cast<float>(qr.size + 8)));
    const float side = module * static_cast<float>(qr.size + 8);
    const ImVec2 origin = ImGui::GetCursorScreenPos();
    ImDrawList* draw = ImGui::GetWindowDrawList();
    draw->AddRectFilled(origin, ImVec2(origin.x + side, origin.y + side), IM_COL32(255, 255, 255, 255));
    for (int y = 0; y < qr.size; ++y) {
        for (int x = 0; x < qr.size; ++x) {
            if (!qr.dark[static_cast<size_t>(y * qr.size + x)]) continue;
            const ImVec2 a(origin.x + module * static_cast<float>(x + 4), origin.y + module * static_cast<float>(y + 4));
            draw->AddRectFilled(a, ImVec2(a.x + module, a.y + module), IM_COL32(0, 0, 0, 255));
        }
    }
    ImGui::Dummy(ImVec2(side, side));
}

}  // namespace

SyncSection::SyncSection(SyncPlace place, NotebookStore& store, const Clock& clock)
    : m_sync(std::move(place), store, clock) {}

void SyncSection::drawStatus(UiContext& ui) {
    const std::string text = m_sync.statusText();
    if (text.empty()) return;
    const SyncHealth h = m_sync.health();
    const bool attention = h == SyncHealth::NeedsAttention || h == SyncHealth::Offline;
    // On the status line's right, when there is room (Settings, Sync always shows it).
    const float width = ImGui::CalcTextSize(text.c_str()).x;
    ImGui::SameLine();
    const float room = ImGui::GetContentRegionAvail().x;
    if (room < width + ImGui::GetStyle().ItemSpacing.x) return;
    ImGui::SetCursorPosX(ImGui::GetCursorPosX() + room - width);
    if (attention) ImGui::PushStyleColor(ImGuiCol_Text, toVec4(currentPalette().warning));
    if (link((text + "##sync-status").c_str())) ui.go(Route{Page::Settings, kNoId});
    if (attention) ImGui::PopStyleColor();
}

void SyncSection::drawSettings(UiContext& ui) {
    sectionTitle("Sync");
    if (!m_sync.isSetUp()) {
        drawConnectForm(ui);
        return;
    }
    drawConnected(ui);
}

void SyncSection::drawConnectForm(UiContext& ui) {
    mutedText("Keep this notebook on your other devices through a WebDAV folder of your own (Nextcloud, a NAS, "
              "Apache or nginx). Your notes are encrypted with your passphrase before they leave this device: the "
              "server never sees them.");
    if (!m_sync.problem().empty()) warningText(m_sync.problem().c_str());
    const float width = ui.narrow() ? -1.0f : ImGui::GetFontSize() * 24.0f;
    if (textField("Setup code from another device (optional)", "rapport-sync/1 vault=...", m_code, width)) {
        m_codeError.clear();
        m_codeVault.clear();
        if (!m_code.empty()) {
            auto code = decodeSetupCode(m_code);
            if (code) {
                m_url = code.value().url;
                m_user = code.value().user;
                m_codeVault = code.value().vaultId;
            } else {
                m_codeError = code.error().message;
            }
        }
    }
    if (!m_codeError.empty()) warningText(m_codeError.c_str());
    if (!m_codeVault.empty()) captionText(("Joins the vault " + m_codeVault.substr(0, 8) + " of your other device.").c_str());
    textField("Server folder (WebDAV URL)", "https://cloud.example.org/remote.php/dav/files/alex/rapport", m_url, width);
    textField("User name", "as on the server", m_user, width);
    textField("Password", "the server's", m_password, width, ImGuiInputTextFlags_Password);
    textField("Sync passphrase", "the same on every device", m_passphrase, width, ImGuiInputTextFlags_Password);
    captionText("The passphrase encrypts your notes. It is never stored or sent; if you lose it, the copy on the "
                "server cannot be read (your devices keep theirs).");
    textField("Name of this device", "laptop, phone...", m_deviceName, width);
    const bool busy = m_sync.connecting();
    if (busy) ImGui::BeginDisabled();
    if (ImGui::Button(busy ? "Connecting...##connect" : "Connect##connect")) {
        m_sync.connect(platform::DavLogin{m_url, m_user, m_password}, m_passphrase, m_deviceName, m_codeVault);
    }
    if (busy) ImGui::EndDisabled();
    if (busy) mutedAfter("Checking the server and the passphrase...");
    if (!m_sync.connectError().empty()) warningText(m_sync.connectError().c_str());
    if (m_sync.isSetUp()) {  // connected this frame: the secrets leave the form
        m_password.clear();
        m_passphrase.clear();
        m_code.clear();
    }
}

void SyncSection::drawConnected(UiContext& ui) {
    const sync::SyncState& s = *m_sync.state();
    const std::string status = m_sync.statusText();
    if (m_sync.health() == SyncHealth::NeedsAttention || m_sync.health() == SyncHealth::Offline) {
        warningText(status.c_str());
    } else {
        ImGui::TextUnformatted(status.c_str());
    }
    if (!m_sync.problem().empty()) warningText(m_sync.problem().c_str());
    mutedText(("Server: " + s.url + (s.user.empty() ? "" : "  (user " + s.user + ")")).c_str());
    const bool busy = m_sync.running();
    if (busy) ImGui::BeginDisabled();
    if (ImGui::Button("Sync now")) m_sync.syncNow();
    if (busy) ImGui::EndDisabled();
    captionText("Rapport also syncs by itself a few seconds after you change something, and when it starts.");

    if (m_rename.empty() && !ImGui::IsAnyItemActive()) m_rename = s.deviceName;
    if (textField("Name of this device", "laptop, phone...", m_rename, ui.narrow() ? -1.0f : ImGui::GetFontSize() * 16.0f)) {}
    if (ImGui::IsItemDeactivatedAfterEdit()) {
        if (Status st = m_sync.renameDevice(m_rename); !st) ui.warn(st.error().message);
    }
    drawDevices();
    drawConflicts(ui);
    drawSetupCode();

    headingText("Disconnect");
    mutedText("Stops syncing on this device. Your notebook here and the files on the server stay as they are.");
    if (!m_confirmDisconnect) {
        if (busy) ImGui::BeginDisabled();
        if (ImGui::Button("Disconnect...")) m_confirmDisconnect = true;
        if (busy) ImGui::EndDisabled();
    } else {
        if (ImGui::Button("Disconnect this device")) {
            if (Status st = m_sync.disconnect(); !st) ui.warn(st.error().message);
            else ui.inform("Sync is off on this device.");
            m_confirmDisconnect = false;
            m_rename.clear();
        }
        ImGui::SameLine();
        if (ImGui::Button("Cancel##disconnect")) m_confirmDisconnect = false;
    }
}

void SyncSection::drawDevices() {
    const sync::SyncState& s = *m_sync.state();
    headingText("Devices");
    bulletText(("This device, \"" + s.deviceName + "\": last synced " + ago(m_sync.nowMillis(), s.lastSyncMillis)).c_str());
    if (s.remotes.empty()) {
        captionText("No other device has synced yet: connect one with the setup code below.");
        return;
    }
    for (const auto& [id, d] : s.remotes) {
        (void)id;
        bulletText(("\"" + (d.name.empty() ? std::string("unnamed device") : d.name) + "\": last seen " + ago(m_sync.nowMillis(), d.lastSeenMillis)).c_str());
    }
}

void SyncSection::drawSetupCode() {
    headingText("Add a device");
    mutedText("On the other device, open Settings, Sync and paste this code (or scan it), then type the server "
              "password and the same passphrase. The code holds no password and no passphrase.");
    const std::string code = m_sync.setupCode();
    if (code != m_qrText) {
        m_qrText = code;
        m_qr = makeQrCode(code);
    }
    std::string shown = code;
    ImGui::SetNextItemWidth(-1.0f);
    ImGui::InputText("##setup-code", &shown, ImGuiInputTextFlags_ReadOnly);
    if (ImGui::Button("Copy setup code")) ImGui::SetClipboardText(code.c_str());
    drawQr(m_qr);
}

void SyncSection::drawConflicts(UiContext& ui) {
    const sync::SyncState& s = *m_sync.state();
    headingText("Conflicting edits");
    if (s.merge.inbox.empty()) {
        captionText("None. When two devices change the same thing before syncing, the later change is kept and the "
                    "other shows here for you to choose.");
        return;
    }
    mutedText("These were changed on two devices before they synced. The later change is in your notebook now.");
    const bool busy = m_sync.running();
    for (size_t i = 0; i < s.merge.inbox.size(); ++i) {
        const ConflictText t = describeConflict(s, s.merge.inbox[i]);
        ImGui::PushID(static_cast<int>(i));
        strongText(t.record.c_str());
        if (s.merge.inbox[i].deleted) {
            ImGui::TextWrapped("Deleted on %s while %s changed it.", t.keptBy.c_str(), t.otherBy.c_str());
        } else {
            ImGui::TextWrapped("%s: %s from %s is kept; %s had %s.", t.field.c_str(), t.kept.empty() ? "the value" : t.kept.c_str(),
                               t.keptBy.c_str(), t.otherBy.c_str(), t.other.empty() ? "another value" : t.other.c_str());
        }
        if (busy) ImGui::BeginDisabled();
        const bool keep = ImGui::Button("Keep this");
        ImGui::SameLine();
        const bool other = ImGui::Button("Use the other");
        if (busy) ImGui::EndDisabled();
        ImGui::PopID();
        if (keep) {
            m_sync.keep(i);
            break;  // the list changed under the loop
        }
        if (other) {
            m_sync.useOther(i, ui);
            break;
        }
    }
}

}  // namespace rapport::ui

namespace rapport::ui {

std::unique_ptr<SyncPanel> makeSyncPanel(SyncPlace place, NotebookStore& store, const Clock& clock) {
    return std::make_unique<SyncSection>(std::move(place), store, clock);
}

}  // namespace rapport::ui
