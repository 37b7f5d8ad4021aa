// One commitment as an editable row (see commitment_row.h).
#include "app/commitment_row.h"

#include <imgui.h>

#include <cstdio>

#include "app/style/flow.h"
#include "app/style/text.h"
#include "app/widgets.h"
#include "core/model/commands.h"

namespace rapport::ui {

bool commitmentRow(UiContext& ui, RowEditor<Commitment>& editor, const Commitment& commitment, const std::string& who) {
    const Notebook& nb = ui.notebook();
    return editableRow(
        ui, editor, commitment, "commitment",
        [&](const Commitment& c) {
            if (who.empty()) bulletTextf("%s", c.text.c_str());
            else bulletTextf("%s: %s", who.c_str(), c.text.c_str());
            {
                char text[256];
                std::snprintf(text, sizeof text, "%s%s", label(c.status), c.due ? ("  due " + shortDate(*c.due)).c_str() : "");
                mutedAfter(text);
            }
            if (!c.isOpen() || ui.readOnly()) return;
            const bool late = c.due && *c.due < ui.today();
            if (flowButton("Kept")) ui.run(setCommitmentStatus(nb, c.id, late ? CommitmentStatus::KeptLate : CommitmentStatus::Kept, ui.today()));
            if (flowButton("Missed")) ui.run(setCommitmentStatus(nb, c.id, CommitmentStatus::Missed, ui.today()));
            if (flowButton("Drop")) ui.run(setCommitmentStatus(nb, c.id, CommitmentStatus::Dropped, ui.today()));
        },
        [&](RecordForm& form, Commitment& draft, RowEditor<Commitment>& row) {
            form.text("Promise", draft.text);
            form.choice("Who owes", draft.direction, 2);
            form.optionalDate("due date", draft.due, row.buffer(0), ui.today());
            const CommitmentStatus before = draft.status;
            form.choice("Status", draft.status, static_cast<int>(CommitmentStatus::Dropped) + 1);
            if (draft.status != before) {
                // A resolved commitment is resolved today; reopening clears the date.
                if (draft.isOpen()) draft.resolvedOn.reset();
                else if (!draft.resolvedOn) draft.resolvedOn = ui.today();
            }
        });
}

}  // namespace rapport::ui
