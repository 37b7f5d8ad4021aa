// Correcting what was written, the same way on every page: a record form (labelled fields, labels
// above the fields on phones) and an editable row (a record shown as text, with Edit and Delete; Edit
// turns it into the form inline, Enter saves, Esc cancels). Saves and deletes go through the core's
// builders (core/model/commands_edit.h) as one undoable command each; the status line says what happened.
#pragma once

#include <imgui.h>

#include <optional>
#include <string>
#include <vector>

#include "app/ui_context.h"
#include "app/widgets.h"
#include "core/model/commands_edit.h"
#include "core/model/ids.h"

namespace rapport::ui {

// Fields of one record, each with its label above it: a field of `width` on wide screens, the full
// width on narrow ones. Remembers whether the keyboard was in one of its fields this frame, which is where
// Enter and Esc belong to the form.
class RecordForm {
public:
    RecordForm(bool narrow, float width = 320.0f) : m_narrow(narrow), m_width(width) {}
    // Puts the keyboard on the next field when `flag` is set (then clears it).
    void focusNext(bool& flag);

    bool text(const char* label, std::string& value, const char* hint = "");
    // Several lines; Enter adds a line, Ctrl+Enter saves.
    bool multiline(const char* label, std::string& value);
    // `direction` reads a day without a year, or a bare weekday, as the coming or the past one.
    bool date(const char* label, CivilDate& value, std::string& buffer, DateDirection direction = DateDirection::Future);
    // A date that may be absent: "No date" when none (a button adds one, starting at `start`), the date
    // field and a button that removes it otherwise.
    bool optionalDate(const char* label, std::optional<CivilDate>& value, std::string& buffer, CivilDate start,
                      DateDirection direction = DateDirection::Future);
    bool number(const char* label, int& value, int min, int max);
    bool check(const char* label, bool& value);
    bool option(const char* label, int& value, const char* const* names, int count);
    template <class Enum>
    bool choice(const char* label, Enum& value, int count) {
        const char* shown = fieldLabel(label);
        const bool changed = enumCombo(shown, value, count);
        noteCombo(shown);
        return changed;
    }
    // Peers ticked from the notebook's (filtered by `filter`), in the order ticked.
    bool peers(const char* label, const Notebook& nb, std::vector<EntityId>& ids, std::string& filter);

    bool narrow() const { return m_narrow; }
    // The keyboard was in one of the fields this frame (active, focused or just left).
    bool touched() const { return m_touched; }
    // A multi-line field still has the keyboard (Enter belongs to it).
    bool typingLines() const { return m_typingLines; }

private:
    const char* fieldLabel(const char* label);
    void width();
    void noteItem();
    void noteCombo(const char* label);
    void nameField(const char* shown);

    bool m_narrow;
    float m_width;
    bool m_touched = false;
    bool m_typingLines = false;
    std::string m_labelBuffer;
    std::string m_visibleLabel;  // the label drawn above the current field
    std::string m_fullLabel;     // and as it was given ("Proposal##edit")
};

// How an inline edit ended this frame.
enum class RowEnd { Editing, Save, Cancel };
// The Save / Cancel buttons and keys of an open row (RowEditor::finish).
RowEnd finishRow(const RecordForm& form);
// The row open for editing, app-wide.
const void*& openEditRow();
// Whether an open row was drawn in the last frame (Esc then cancels the edit, it does not go back).
bool editingRow();

// What the user asked of a row.
enum class RowAction { None, Edit, Delete };
// The Edit and Delete actions of a record shown just before (as text): small buttons on the same line,
// or on narrow screens a "..." button opening a menu with finger-sized items. Double-clicking the text
// drawn just before also edits. Call inside the row's ID scope.
RowAction rowActions(bool narrow, const char* editLabel = "Edit", const char* deleteLabel = "Delete");

// The one row open for editing (across the whole app: opening another row closes this one), with the
// working copy of its record. Draft is the record type (or a small struct for parts of one).
template <class Draft>
class RowEditor {
public:
    ~RowEditor() {
        if (openRow() == this) openRow() = nullptr;
    }
    // Whether row (id, part) is the one being edited.
    bool isOpen(EntityId id, size_t part = 0) const { return openRow() == this && m_id == id && m_part == part; }
    bool anyOpen() const { return openRow() == this; }
    void open(EntityId id, Draft draft, size_t part = 0) {
        openRow() = this;
        m_id = id;
        m_part = part;
        m_draft = std::move(draft);
        m_focus = true;
        m_buffers.clear();
    }
    void close() {
        if (openRow() == this) openRow() = nullptr;
    }
    Draft& draft() { return m_draft; }
    // Set when the row was just opened: pass to RecordForm::focusNext before its first field.
    bool& focus() { return m_focus; }
    // Text buffers of the form's date fields, kept while the row is open.
    std::string& buffer(size_t i) {
        if (m_buffers.size() <= i) m_buffers.resize(i + 1);
        return m_buffers[i];
    }
    // Save and Cancel buttons after the form; Enter (Ctrl+Enter in a multi-line field) saves and Esc
    // cancels while the keyboard is in the form. On Cancel the row is closed; on Save the caller runs
    // its command and calls close() when it was accepted (a refused edit stays open to be fixed).
    RowEnd finish(const RecordForm& form) {
        const RowEnd end = finishRow(form);
        if (end == RowEnd::Cancel) close();
        return end;
    }

private:
    static const void*& openRow();

    EntityId m_id = kNoId;
    size_t m_part = 0;
    Draft m_draft{};
    bool m_focus = false;
    std::vector<std::string> m_buffers;
};

template <class Draft>
const void*& RowEditor<Draft>::openRow() {
    return openEditRow();
}

// Runs the save of an open row: closes it when the command was accepted. Returns true then.
template <class Draft>
bool saveRow(UiContext& ui, RowEditor<Draft>& editor, Result<Command> command) {
    if (!ui.run(std::move(command))) return false;
    editor.close();
    return true;
}

// A record as an editable row: show(record) draws it as text; when the user edits it, form(form,
// draft, editor) draws its fields inline and Save (or Enter) applies editRecord(draft); Delete applies
// deleteRecord (undo brings it back). `what` ("fact") tells the actions apart for keyboard users and tests:
// the buttons are "Edit##fact" and "Delete##fact".
// `stacked` puts labels above fields even on wide screens (for narrow places such as board columns).
// Returns true when it changed the notebook: `record` (and pointers into the notebook) may be gone.
template <class T, class Show, class Form>
bool editableRow(UiContext& ui, RowEditor<T>& editor, const T& record, const char* what, Show show, Form form,
                 bool stacked = false) {
    pushEntityId(record.id);
    const uint64_t revision = ui.revision();
    if (editor.isOpen(record.id)) {
        RecordForm fields(ui.narrow() || stacked);
        fields.focusNext(editor.focus());
        form(fields, editor.draft(), editor);
        if (editor.finish(fields) == RowEnd::Save) saveRow(ui, editor, editRecord(ui.notebook(), editor.draft()));
    } else {
        show(record);
        if (!ui.readOnly()) {
            const std::string edit = std::string("Edit##") + what, remove = std::string("Delete##") + what;
            const RowAction action = rowActions(ui.narrow(), edit.c_str(), remove.c_str());
            if (action == RowAction::Edit) editor.open(record.id, record);
            if (action == RowAction::Delete) ui.run(deleteRecord(ui.notebook(), record.id));
        }
    }
    ImGui::PopID();
    return ui.revision() != revision;
}

}  // namespace rapport::ui
