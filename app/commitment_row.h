// A commitment as an editable row, the same on every page that lists one (a peer's Commitments tab, the
// 1:1 page, a project page): what was promised, its status and due date, Kept / Missed / Drop while it
// is open, and Edit (text, who owes, due date, status) and Delete with undo.
#pragma once

#include <string>

#include "app/edit_widgets.h"
#include "app/ui_context.h"
#include "core/model/commitment.h"

namespace rapport::ui {

// Draws `commitment` as a row; `who` ("I owe Omar") goes before its text when the page mixes both ways
// or several peers. Returns true when it changed the notebook (editableRow).
bool commitmentRow(UiContext& ui, RowEditor<Commitment>& editor, const Commitment& commitment, const std::string& who = "");

}  // namespace rapport::ui
