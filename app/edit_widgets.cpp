// The record form and the editable row (edit_widgets.h). Targets on narrow screens are at least 44
// logical pixels, the size a finger can hit.
#include "app/edit_widgets.h"

#include <imgui_internal.h>
#include <imgui_stdlib.h>

#include <algorithm>
#include <cstring>

#include "app/form_widgets.h"
#include "app/kept_text.h"
#include "app/style/flow.h"
#include "app/style/text.h"

namespace rapport::ui {

void RecordForm::focusNext(bool& flag) {
    if (!flag) return;
    ImGui::SetKeyboardFocusHere();
    flag = false;
}

const char* RecordForm::fieldLabel(const char* label) {
    m_visibleLabel.clear();
    if (std::strncmp(label, "##", 2) == 0) {  // "##x": a field with no label
        width();
        return label;
    }
    // The label above its field, on every screen width: read first, then filled in.
    const char* hidden = std::strstr(label, "##");
    m_visibleLabel.assign(label, hidden ? static_cast<size_t>(hidden - label) : std::strlen(label));
    m_fullLabel = label;
    {
        FontScope caption(TextRole::Caption);
        toneText(Tone::Muted, m_visibleLabel.c_str());
    }
    m_labelBuffer = std::string("##") + label;
    width();
    return m_labelBuffer.c_str();
}

void RecordForm::nameField(const char* shown) {
    // The field's own label is hidden ("##Name"): tell the item hooks (tests, the browser's automation)
    // its visible name, as ImGui does for a labelled field.
    if (m_visibleLabel.empty()) return;
    ImGuiContext& g = *GImGui;
    IMGUI_TEST_ENGINE_ITEM_INFO(ImGui::GetID(shown), m_fullLabel.c_str(), 0);
    (void)g;
}

void RecordForm::width() { ImGui::SetNextItemWidth(m_narrow ? -1.0f : m_width); }

void RecordForm::noteCombo(const char* label) {
    // ImGui 1.86 gives combos no label for the item hooks (tests find fields by label): name it here.
    ImGuiContext& g = *GImGui;
    IMGUI_TEST_ENGINE_ITEM_INFO(ImGui::GetItemID(), label, 0);
    (void)g;
    nameField(label);
    noteItem();
}

void RecordForm::noteItem() {
    if (ImGui::IsItemActive() || ImGui::IsItemDeactivated() || ImGui::IsItemFocused()) m_touched = true;
}

bool RecordForm::text(const char* label, std::string& value, const char* hint) {
    const char* shown = fieldLabel(label);
    ImGui::InputTextWithHint(shown, hint, &value);
    nameField(shown);
    noteItem();
    return ImGui::IsItemDeactivatedAfterEdit();
}

bool RecordForm::multiline(const char* label, std::string& value) {
    const char* shown = fieldLabel(label);
    const float width = m_narrow ? -1.0f : std::max(m_width, ImGui::GetContentRegionAvail().x * 0.8f);
    // Esc keeps what was typed (a form that saves as fields are left saves it; an edited row cancels).
    EscapeKeepsText escape(shown);
    ImGui::InputTextMultiline(shown, &value, ImVec2(width, ImGui::GetTextLineHeight() * 5.0f));
    nameField(shown);
    if (ImGui::IsItemActive()) m_typingLines = true;
    const bool left = ImGui::IsItemDeactivatedAfterEdit();
    escape.after();
    noteItem();
    return left || escape.leftEdited();
}

bool RecordForm::date(const char* label, CivilDate& value, std::string& buffer, DateDirection direction) {
    const char* shown = fieldLabel(label);
    const bool changed = dateField(shown, value, buffer, direction);
    nameField(shown);
    noteItem();
    return changed;
}

bool RecordForm::optionalDate(const char* label, std::optional<CivilDate>& value, std::string& buffer,
                              CivilDate start, DateDirection direction) {
    ImGui::PushID(label);
    bool changed = false;
    if (!value) {
        const std::string add = std::string("Add ") + label;
        changed = ImGui::Button(add.c_str());
        noteItem();
        if (changed) {
            value = start;
            buffer.clear();
        }
    } else {
        CivilDate day = *value;
        changed = date(label, day, buffer, direction);
        if (changed) value = day;
        ImGui::SameLine();
        const std::string remove = std::string("Clear##") + label;
        if (ImGui::SmallButton(remove.c_str())) {
            value.reset();
            buffer.clear();
            changed = true;
        }
        noteItem();
    }
    ImGui::PopID();
    return changed;
}

bool RecordForm::number(const char* label, int& value, int min, int max) {
    const char* shown = fieldLabel(label);
    const bool changed = ImGui::InputInt(shown, &value, 0, 0);  // no +/- buttons: a plain, labelled field
    nameField(shown);
    noteItem();
    value = std::clamp(value, min, max);
    return changed;
}

bool RecordForm::check(const char* label, bool& value) {
    const bool changed = ImGui::Checkbox(label, &value);
    noteItem();
    return changed;
}

bool RecordForm::option(const char* label, int& value, const char* const* names, int count) {
    const char* shown = fieldLabel(label);
    const bool changed = optionCombo(shown, value, names, count);
    noteCombo(shown);
    return changed;
}

bool RecordForm::peers(const char* label, const Notebook& nb, std::vector<EntityId>& ids, std::string& filter) {
    captionText((std::string(label) + ": " + (ids.empty() ? "none yet" : peerList(nb, ids))).c_str());
    return peerChecklist(label, nb, ids, filter, ImGui::GetTextLineHeight() * 5.0f);
}

const void*& openEditRow() {
    static const void* row = nullptr;
    return row;
}

RowAction rowActions(bool narrow, const char* editLabel, const char* deleteLabel) {
    RowAction action = RowAction::None;
    if (ImGui::IsItemHovered() && ImGui::IsMouseDoubleClicked(ImGuiMouseButton_Left)) action = RowAction::Edit;
    if (!narrow) {
        if (flowButton(editLabel)) action = RowAction::Edit;
        if (flowButton(deleteLabel)) action = RowAction::Delete;
        return action;
    }
    // Phones: one finger-sized "..." opens the actions, each a full-width, finger-sized item.
    sameLineIfFits(kTouchTarget);
    if (ImGui::Button("...", ImVec2(kTouchTarget, kTouchTarget))) ImGui::OpenPopup("row-actions");
    if (ImGui::BeginPopup("row-actions")) {
        const ImVec2 size(ImGui::GetFontSize() * 8.0f, kTouchTarget);
        if (ImGui::Selectable(editLabel, false, ImGuiSelectableFlags_None, size)) action = RowAction::Edit;
        if (ImGui::Selectable(deleteLabel, false, ImGuiSelectableFlags_None, size)) action = RowAction::Delete;
        ImGui::EndPopup();
    }
    return action;
}

namespace {
int g_rowFrame = -2;  // the frame an open row was last drawn in
}

bool editingRow() { return g_rowFrame >= ImGui::GetFrameCount() - 1; }

RowEnd finishRow(const RecordForm& form) {
    g_rowFrame = ImGui::GetFrameCount();
    const ImGuiIO& io = ImGui::GetIO();
    const bool enter = ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Enter), false) ||
                       ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_KeyPadEnter), false);
    const bool escape = ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Escape), false);
    RowEnd end = RowEnd::Editing;
    if (form.touched() && enter && (!form.typingLines() || io.KeyCtrl)) end = RowEnd::Save;
    // Esc belongs to the form unless a text field elsewhere has the keyboard (it cancels its own edit).
    if (escape && (form.touched() || !io.WantTextInput)) end = RowEnd::Cancel;
    const ImVec2 size = form.narrow() ? ImVec2(ImGui::GetFontSize() * 6.0f, kTouchTarget) : ImVec2(0.0f, 0.0f);
    if (ImGui::Button("Save", size)) end = RowEnd::Save;
    ImGui::SameLine();
    if (ImGui::Button("Cancel", size)) end = RowEnd::Cancel;
    if (!form.narrow()) {
        ImGui::SameLine();
        ImGui::TextDisabled("%s", form.typingLines() ? "Ctrl+Enter saves, Esc cancels" : "Enter saves, Esc cancels");
    }
    return end;
}

}  // namespace rapport::ui
