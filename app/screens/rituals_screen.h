// Rituals: small habits tacked onto work events, with next due, mark done, and add ritual.
#pragma once

#include <string>
#include <vector>

#include "app/edit_widgets.h"
#include "app/ui_context.h"
#include "core/model/ritual.h"

namespace rapport::ui {

// A ritual's fields in an open row: kind, name, event, recurrence, next date and who takes part. The
// Rituals page and a peer's Rituals tab correct rituals alike.
void ritualFields(UiContext& ui, RecordForm& form, Ritual& draft, RowEditor<Ritual>& row, std::string& peerFilter);

class RitualsScreen final : public Screen {
public:
    void draw(UiContext& ui) override;

private:
    void drawRitual(UiContext& ui, const Ritual& ritual);
    void drawNewRitual(UiContext& ui);

    uint64_t m_revision = 0;
    std::vector<const Ritual*> m_rituals;  // soonest due first, derived once per change
    std::string m_title, m_event, m_due, m_peerFilter;
    int m_kind = 0, m_unit = 0, m_every = 1;
    std::vector<EntityId> m_peers;
    bool m_focusTitle = true;
    RowEditor<Ritual> m_row;  // the ritual being corrected
    std::string m_editFilter;
};

}  // namespace rapport::ui
