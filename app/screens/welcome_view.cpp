// The welcome page (see welcome_view.h). Its words explain interdependence and trust here, where a new
// user first needs them, before the peer page asks for them.
#include "app/screens/welcome_view.h"

#include <imgui.h>

#include <string>

#include "app/shortcuts.h"
#include "app/widgets.h"

namespace rapport::ui {

namespace {

constexpr float kTouchTarget = 44.0f;  // the least a finger can hit (Apple HIG, Material)

// A button as tall as a fingertip on a phone, as wide as its text on a desktop.
bool welcomeButton(const UiContext& ui, const char* label) {
    const bool phone = ui.narrow() || ui.touch();
    return ImGui::Button(label, ImVec2(ui.narrow() ? -1.0f : 0.0f, phone ? kTouchTarget : 0.0f));
}

void step(int number, const char* title, const char* text) {
    ImGui::Spacing();
    ImGui::Text("%d. %s", number, title);
    ImGui::Indent();
    mutedText(text);
    ImGui::Unindent();
}

}  // namespace

void drawWelcome(UiContext& ui) {
    sectionTitle("Welcome to Rapport");
    ImGui::TextWrapped("A private notebook for the peers you work with: what you learned about them, what "
                       "you promised each other, and when you last really talked. It stays on this device.");
    step(1, "Add the peers you depend on",
         "The colleagues whose work your results rely on, and who rely on yours. Three to five is a good "
         "start.");
    step(2, "Set interdependence",
         "On each peer's page, say how much your results depend on each other (low, medium, high). The "
         "higher it is, the more often Rapport suggests you meet. Trust (1 to 5) is how openly you can "
         "talk today: it picks agenda topics that fit.");
    step(3, "Start the recommended 1:1s",
         "Each peer's 1:1 tab recommends a rhythm from their interdependence; one click starts the series, "
         "and This week plans your week around it.");
    ImGui::Spacing();
    if (welcomeButton(ui, "Add your first peers")) ui.go(Route{Page::Peers, kNoId});
    if (ui.canOpenSample()) {
        if (!ui.narrow()) ImGui::SameLine();
        if (welcomeButton(ui, "Try the sample notebook")) ui.openSample();
        mutedText("A made-up notebook to look around in. Nothing you do there touches your own notes.");
    }
    ImGui::Spacing();
    if (welcomeButton(ui, "Hide this welcome")) ui.dismissWelcome();
    if (!ui.narrow() && !ui.touch()) {
        const std::string keys = shortcutFor(Action::Help, keySet());
        mutedText(("Press " + keys + " for every keyboard shortcut.").c_str());
    }
}

}  // namespace rapport::ui
