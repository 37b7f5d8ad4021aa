// The reflection journal: dated entries newest first, an optional prompt, linked peers, add entry.
#pragma once

#include <string>
#include <vector>

#include "app/edit_widgets.h"
#include "app/ui_context.h"
#include "core/model/journal.h"

namespace rapport::ui {

class JournalScreen final : public Screen {
public:
    void draw(UiContext& ui) override;

private:
    void drawNewEntry(UiContext& ui);

    uint64_t m_revision = 0;
    std::vector<const JournalEntry*> m_entries;  // newest first, derived once per change
    std::string m_text, m_peerFilter;
    int m_prompt = 0;
    std::vector<EntityId> m_peers;
    bool m_focusText = true;
    RowEditor<JournalEntry> m_row;  // the entry being corrected
    std::string m_editFilter;
};

}  // namespace rapport::ui
