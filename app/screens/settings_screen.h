// Settings: my name and interests, weekday blocks, load budget, drift grace, default meeting length,
// theme and font size (stored here; the app applies them).
#pragma once

#include <string>

#include "app/ui_context.h"
#include "core/model/settings.h"

namespace rapport::ui {

class SettingsScreen final : public Screen {
public:
    void draw(UiContext& ui) override;

private:
    void drawProfile(UiContext& ui);
    void drawRhythm(UiContext& ui);
    void drawLook(UiContext& ui);
    // Saves m_edit when it differs from the notebook's settings (one undoable step per field).
    void save(UiContext& ui);

    uint64_t m_revision = 0;
    Settings m_edit;  // the form's working copy
    std::string m_interests;
    bool m_focusName = true;
};

}  // namespace rapport::ui
