// Rituals, soonest due first (none due last). Marking one done sets its next date from its recurrence.
#include "app/screens/rituals_screen.h"

#include <imgui.h>
#include <imgui_stdlib.h>

#include <algorithm>

#include "app/form_widgets.h"
#include "app/style/text.h"
#include "app/style/flow.h"
#include "app/widgets.h"
#include "core/model/commands.h"

namespace rapport::ui {

namespace {
constexpr const char* kUnits[] = {"once", "every N weeks", "every N months"};
constexpr const char* kKinds[] = {"coffee before a meeting", "dinner after an offsite", "quarterly reunion", "custom"};
}  // namespace

void ritualFields(UiContext& ui, RecordForm& form, Ritual& draft, RowEditor<Ritual>& row, std::string& peerFilter) {
    int kind = static_cast<int>(draft.kind), unit = static_cast<int>(draft.unit);
    form.option("Kind", kind, kKinds, 4);
    draft.kind = static_cast<RitualKind>(kind);
    form.text("Name", draft.title);
    form.text("With the event", draft.workEvent);
    form.option("Repeats", unit, kUnits, 3);
    draft.unit = static_cast<RecurrenceUnit>(unit);
    if (draft.unit != RecurrenceUnit::None) form.number("Every", draft.every, 1, 52);
    form.optionalDate("next date", draft.nextDue, row.buffer(0), ui.today());
    form.peers("With", ui.notebook(), draft.participants, peerFilter);
}

void RitualsScreen::draw(UiContext& ui) {
    if (m_revision != ui.revision()) {
        m_revision = ui.revision();
        m_rituals.clear();
        for (const auto& entry : ui.notebook().all<Ritual>()) m_rituals.push_back(&entry.second);
        std::stable_sort(m_rituals.begin(), m_rituals.end(), [](const Ritual* a, const Ritual* b) {
            if (a->nextDue.has_value() != b->nextDue.has_value()) return a->nextDue.has_value();
            return a->nextDue < b->nextDue;
        });
    }
    pageTitle("Rituals");
    if (m_rituals.empty()) {
        emptyState("Tack a small habit onto a work event you already share: coffee before the quarterly review, "
                   "dinner after the offsite. Rituals keep relationships warm without extra meetings.");
    }
    for (const Ritual* ritual : m_rituals) {
        drawRitual(ui, *ritual);
    }
    if (!ui.readOnly()) drawNewRitual(ui);
}

void RitualsScreen::drawRitual(UiContext& ui, const Ritual& ritual) {
    editableRow(
        ui, m_row, ritual, "ritual",
        [&](const Ritual& r) {
            const std::string title = r.title.empty() ? ritualKindName(r.kind) : r.title;
            ImGui::TextUnformatted(title.c_str());
            mutedAfter(("with " + peerList(ui.notebook(), r.participants) +
                       (r.workEvent.empty() ? "" : ", at " + r.workEvent)).c_str());
            if (r.nextDue) {
                const std::string due = "due " + relativeDay(*r.nextDue, ui.today());
                *r.nextDue < ui.today() ? warningText(due.c_str()) : mutedText(due.c_str());
            } else {
                mutedText(r.lastDone ? ("done " + relativeDay(*r.lastDone, ui.today())).c_str() : "not scheduled");
            }
            if (!ui.readOnly()) {
                if (flowButton("Done today")) ui.run(markRitualDone(ui.notebook(), r.id, ui.today()));
            }
        },
        [&](RecordForm& form, Ritual& draft, RowEditor<Ritual>& row) { ritualFields(ui, form, draft, row, m_editFilter); });
    ImGui::Separator();
}

void RitualsScreen::drawNewRitual(UiContext& ui) {
    sectionTitle("New ritual");
    const float width = ui.narrow() ? -1.0f : 260.0f;
    {
        LabelAbove label("kind");
        ImGui::SetNextItemWidth(width);
        optionCombo(label.id(), m_kind, kKinds, 4);
    }
    focusIfAsked(ui, m_focusTitle);
    {
        LabelAbove label("Ritual name");
        ImGui::SetNextItemWidth(width);
        ImGui::InputTextWithHint(label.id(), "e.g. breakfast before the QBR", &m_title);
    }
    {
        LabelAbove label("Work event");
        ImGui::SetNextItemWidth(width);
        ImGui::InputTextWithHint(label.id(), "the event it goes with", &m_event);
    }
    {
        LabelAbove label("repeats");
        ImGui::SetNextItemWidth(ImGui::GetFontSize() * 8.0f);
        optionCombo(label.id(), m_unit, kUnits, 3);
    }
    if (m_unit != 0) {
        ImGui::SameLine();
        ImGui::SetNextItemWidth(ImGui::GetFontSize() * 5.0f);
        ImGui::InputInt("N", &m_every);
    }
    {
        LabelAbove label("first date");
        optionalDateField(label.id(), "e.g. fri, 14 March", m_due);
    }
    peerChecklist("ritual-peers", ui.notebook(), m_peers, m_peerFilter, ImGui::GetTextLineHeight() * 6.0f);
    if (!ImGui::Button("Add ritual")) return;
    const auto typed = readTypedDate(m_due);
    if (!typed) return ui.warn("The first date: " + typed.error().message);
    const std::optional<CivilDate> due = typed.value();
    if (ui.run(addRitual(ui.notebook(), ui.ids(), static_cast<RitualKind>(m_kind), m_title, m_event, m_peers,
                         static_cast<RecurrenceUnit>(m_unit), m_every, due))) {
        m_title.clear();
        m_event.clear();
        m_due.clear();
        m_peers.clear();
    }
}

}  // namespace rapport::ui
