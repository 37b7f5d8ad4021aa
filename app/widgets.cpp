// Shared widgets. Colours come from the current ImGui style so they follow the light and dark themes.
#include "app/widgets.h"

#include <imgui_internal.h>
#include <imgui_stdlib.h>

#include "app/style/text.h"
#include "app/theme.h"

#include <cstdio>
#include <cstdlib>

namespace rapport::ui {

namespace {

const char* const kMonths[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
const char* const kDays[] = {"Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"};

std::string format(CivilDate date, bool withYear) {
    char text[32];
    const int weekday = static_cast<int>(date.weekday()) - 1;
    if (withYear) {
        std::snprintf(text, sizeof text, "%s %d %s %d", kDays[weekday], date.day(), kMonths[date.month() - 1],
                      date.year());
    } else {
        std::snprintf(text, sizeof text, "%s %d %s", kDays[weekday], date.day(), kMonths[date.month() - 1]);
    }
    return text;
}

}  // namespace

std::string longDate(CivilDate date) { return format(date, true); }
std::string shortDate(CivilDate date) { return format(date, false); }

std::string relativeDay(CivilDate date, CivilDate today) {
    const int32_t days = today.daysUntil(date);
    if (days == 0) return "today";
    if (days == 1) return "tomorrow";
    if (days == -1) return "yesterday";
    char text[32];
    if (days > 0) std::snprintf(text, sizeof text, "in %d days", days);
    else std::snprintf(text, sizeof text, "%d days ago", -days);
    return text;
}

const char* peerName(const Notebook& notebook, EntityId peerId) {
    const Peer* peer = notebook.findPeer(peerId);
    return peer ? peer->name.c_str() : "(removed peer)";
}

void sectionTitle(const char* text) {
    ImGui::Dummy(ImVec2(0.0f, kSpaceTight));
    headingText(text);
    ImGui::Separator();
}

void emptyState(const char* text) { toneText(Tone::Muted, text); }

void mutedText(const char* text) { toneText(Tone::Muted, text); }  // wraps on phones instead of running off the screen

void warningText(const char* text) { toneText(Tone::Warning, text); }

bool entryField(const char* label, const char* hint, std::string& text, float width) {
    ImGuiIO& io = ImGui::GetIO();
    const bool active = ImGui::GetActiveID() == ImGui::GetID(label);
    bool submitted = false;
    // Hide Enter from the field while it is active (it would drop its focus) and act on it here.
    const int keys[] = {ImGui::GetKeyIndex(ImGuiKey_Enter), ImGui::GetKeyIndex(ImGuiKey_KeyPadEnter)};
    float saved[2] = {-1.0f, -1.0f};
    for (int i = 0; i < 2; ++i) {
        if (!active || keys[i] < 0) continue;
        saved[i] = io.KeysDownDuration[keys[i]];
        if (saved[i] == 0.0f) submitted = true;  // pressed this frame
        io.KeysDownDuration[keys[i]] = -1.0f;
    }
    // Keyboard navigation maps Enter to its "input" action too, which would also drop the focus.
    const float savedNav = io.NavInputsDownDuration[ImGuiNavInput_Input];
    if (active) io.NavInputsDownDuration[ImGuiNavInput_Input] = -1.0f;
    ImGui::SetNextItemWidth(width);
    ImGui::InputTextWithHint(label, hint, &text);
    for (int i = 0; i < 2; ++i) {
        if (active && keys[i] >= 0) io.KeysDownDuration[keys[i]] = saved[i];
    }
    if (active) io.NavInputsDownDuration[ImGuiNavInput_Input] = savedNav;
    return submitted && !text.empty();
}

void clearEntryField(const char* label, std::string& text) {
    text.clear();
    if (ImGuiInputTextState* state = ImGui::GetInputTextState(ImGui::GetID(label))) state->ClearText();
    // The same field with its label drawn above it (addLine) has the id "##label".
    const std::string hidden = std::string("##") + label;
    if (ImGuiInputTextState* state = ImGui::GetInputTextState(ImGui::GetID(hidden.c_str()))) state->ClearText();
}

bool link(const char* text, const void* id) {
    ImGui::PushID(id ? id : text);
    ImGui::PushStyleColor(ImGuiCol_Text, accentColor());
    const ImVec2 size = ImGui::CalcTextSize(text);
    // A link longer than the line wraps (a project's title in a narrow board column).
    const bool clicked = size.x > ImGui::GetContentRegionAvail().x
                             ? wrappedSelectable(text)
                             : ImGui::Selectable(text, false, ImGuiSelectableFlags_None, size);
    ImGui::PopStyleColor();
    ImGui::PopID();
    return clicked;
}

void doneButton(const char* text) {
    ImGui::BeginDisabled();
    ImGui::Button(text);
    ImGui::EndDisabled();
}

void pushEntityId(EntityId id) {
    const char* bytes = reinterpret_cast<const char*>(&id);
    ImGui::PushID(bytes, bytes + sizeof id);
}

}  // namespace rapport::ui
