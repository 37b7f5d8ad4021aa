// Settings, Sync: the connect form (with the connection test), this device and the others, the
// setup code for adding a device (text and QR code), the conflicts view, and sync's part of the
// status line. Draws what app/sync_controller.h holds; the controller does the work.
#pragma once

#include <string>

#include "app/qr_code.h"
#include "app/sync_controller.h"
#include "app/sync_panel.h"

namespace rapport::ui {

class SyncSection final : public SyncPanel {
public:
    SyncSection(SyncPlace place, NotebookStore& store, const Clock& clock);

    void tick(UiContext* ui) override { m_sync.tick(ui); }
    int wakeAfterMs() const override { return m_sync.wakeAfterMs(); }
    void resumed() override { m_sync.resumed(); }
    void drawStatus(UiContext& ui) override;
    void drawSettings(UiContext& ui) override;

    SyncController& controller() { return m_sync; }

private:
    void drawConnectForm(UiContext& ui);
    void drawConnected(UiContext& ui);
    void drawDevices();
    void drawSetupCode();
    void drawConflicts(UiContext& ui);

    SyncController m_sync;
    // The connect form.
    std::string m_code, m_url, m_user, m_password, m_passphrase, m_deviceName;
    std::string m_codeVault, m_codeError;
    std::string m_rename;
    QrCode m_qr;
    std::string m_qrText;  // what m_qr encodes
    bool m_confirmDisconnect = false;
};

}  // namespace rapport::ui
