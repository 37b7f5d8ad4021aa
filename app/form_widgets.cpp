// Shared form pieces. Every change still goes through ui.run() with a core builder.
#include "app/form_widgets.h"

#include <imgui_internal.h>
#include <imgui_stdlib.h>

#include <algorithm>
#include <cstdio>

#include "app/edit_widgets.h"
#include "app/style/flow.h"
#include "app/style/text.h"
#include "app/widgets.h"
#include "core/model/commands.h"
#include "core/search/text_fold.h"

namespace rapport::ui {

LabelAbove::LabelAbove(const char* label) : m_label(label), m_id(std::string("##") + label) {
    FontScope caption(TextRole::Caption);
    toneText(Tone::Muted, m_label.c_str());
}

LabelAbove::~LabelAbove() {
    ImGuiContext& g = *GImGui;
    IMGUI_TEST_ENGINE_ITEM_INFO(ImGui::GetID(m_id.c_str()), m_label.c_str(), 0);
    (void)g;
}

void focusIfAsked(const UiContext& ui, bool& flag) {
    if (!flag) return;
    if (ui.focusOnOpen()) ImGui::SetKeyboardFocusHere();
    flag = false;
}

bool addLine(const char* label, const char* hint, const char* button, std::string& text, bool narrow) {
    const float width = narrow ? -1.0f : std::min(ImGui::GetContentRegionAvail().x * 0.6f, ImGui::GetFontSize() * 25.0f);
    bool go = false;
    {
        LabelAbove above(label);  // the field is "##label"; clearEntryField(label) finds it
        go = entryField(above.id(), hint, text, width);
    }
    if (!narrow) sameLineIfFits(buttonWidth(button));
    ImGui::PushID(label);
    go |= ImGui::Button(button);
    ImGui::PopID();
    return go && text.find_first_not_of(" \t") != std::string::npos;
}

bool optionCombo(const char* label, int& value, const char* const* names, int count) {
    bool changed = false;
    labelItem(ImGui::GetID(label), label);
    if (ImGui::BeginCombo(label, value >= 0 && value < count ? names[value] : "?")) {
        for (int i = 0; i < count; ++i) {
            if (ImGui::Selectable(names[i], i == value)) {
                value = i;
                changed = true;
            }
        }
        ImGui::EndCombo();
    }
    return changed;
}

const char* aspectName(ObservationAspect aspect) {
    constexpr const char* kNames[] = {"how they think", "what they value", "how they communicate", "other"};
    return isValid(aspect) ? kNames[static_cast<int>(aspect)] : "?";
}

const char* conflictStatusName(ConflictStatus status) {
    constexpr const char* kNames[] = {"open", "resolved", "parked"};
    return isValid(status) ? kNames[static_cast<int>(status)] : "?";
}

const char* ritualKindName(RitualKind kind) {
    constexpr const char* kNames[] = {"coffee before a meeting", "dinner after an offsite", "quarterly reunion",
                                      "custom"};
    return isValid(kind) ? kNames[static_cast<int>(kind)] : "?";
}

bool peerChecklist(const char* id, const Notebook& nb, std::vector<EntityId>& selected, std::string& filter,
                   float height) {
    bool changed = false;
    ImGui::PushID(id);
    ImGui::SetNextItemWidth(std::min(ImGui::GetContentRegionAvail().x, ImGui::GetFontSize() * 14.0f));
    ImGui::InputTextWithHint("##peer-filter", "search peers", &filter);
    const std::string needle = foldText(filter);
    // Sorted by name, as people look for them (each name folded once a frame).
    std::vector<std::pair<std::string, const Peer*>> named;
    for (const auto& [peerId, peer] : nb.peers()) {
        if (peer.archived) continue;
        std::string folded = foldText(peer.name);
        if (!needle.empty() && folded.find(needle) == std::string::npos) continue;
        named.emplace_back(std::move(folded), &peer);
    }
    std::sort(named.begin(), named.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
    std::vector<const Peer*> shown;
    for (const auto& entry : named) shown.push_back(entry.second);
    height = std::max(height, ImGui::GetFrameHeightWithSpacing() * 5.5f);  // five rows show at once
    // Flattened: Tab goes through the checkboxes as through the form's other controls.
    ImGui::BeginChild("peers", ImVec2(0.0f, height), true, ImGuiWindowFlags_NavFlattened);
    ImGuiListClipper clipper;
    clipper.Begin(static_cast<int>(shown.size()));
    while (clipper.Step()) {
        for (int i = clipper.DisplayStart; i < clipper.DisplayEnd; ++i) {
            const Peer& peer = *shown[static_cast<size_t>(i)];
            const auto found = std::find(selected.begin(), selected.end(), peer.id);
            bool ticked = found != selected.end();
            ImGui::PushID(static_cast<int>(i));
            if (ImGui::Checkbox(peer.name.c_str(), &ticked)) {
                if (ticked) selected.push_back(peer.id);
                else selected.erase(found);
                changed = true;
            }
            ImGui::PopID();
        }
    }
    if (shown.empty()) mutedText(nb.peers().empty() ? "Add peers first, on the Peers page." : "No peer matches.");
    ImGui::EndChild();
    ImGui::PopID();
    return changed;
}

std::string peerList(const Notebook& nb, const std::vector<EntityId>& ids) {
    std::string text;
    for (EntityId peerId : ids) text += (text.empty() ? "" : ", ") + std::string(peerName(nb, peerId));
    return text;
}

std::string keptText(int kept, int decided) {
    if (decided == 0) return "no record yet";
    char text[48];
    std::snprintf(text, sizeof text, "kept %d of %d (%d%%)", kept, decided, kept * 100 / decided);
    return text;
}

bool CommitmentForm::draw(UiContext& ui, EntityId peerId, CommitmentOrigin origin, EntityId originId) {
    constexpr const char* kDirections[] = {"I owe them", "they owe me"};
    ImGui::PushID("commitment-form");
    ImGui::SetNextItemWidth(ImGui::GetFontSize() * 8.0f);
    optionCombo("##direction", m_direction, kDirections, 2);
    sameLineIfFits(ImGui::GetFontSize() * 8.0f + buttonWidth("Pick"));
    optionalDateField("##due", "due, e.g. fri", m_due);
    const bool go = addLine("Commitment", "what was promised, then Enter", "Add commitment", m_text, ui.narrow());
    if (!go || !record(ui, peerId, origin, originId)) {
        ImGui::PopID();
        return false;
    }
    clearEntryField("Commitment", m_text);
    ImGui::PopID();
    m_due.clear();
    return true;
}

bool CommitmentForm::record(UiContext& ui, EntityId peerId, CommitmentOrigin origin, EntityId originId) {
    const auto due = readTypedDate(m_due);
    if (!due) {
        ui.warn("The due date: " + due.error().message);
        return false;
    }
    const auto direction = m_direction == 0 ? CommitmentDirection::MeToThem : CommitmentDirection::ThemToMe;
    return ui.run(addCommitment(ui.notebook(), ui.ids(), peerId, direction, m_text, ui.today(), due.value(), origin, originId));
}

}  // namespace rapport::ui
