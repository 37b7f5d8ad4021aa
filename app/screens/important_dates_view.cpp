// The views of important dates and interest matches. The words come from core/rules/important_dates, so
// every screen says the same thing.
#include "app/screens/important_dates_view.h"

#include <imgui.h>

#include <cstdio>
#include <imgui_stdlib.h>

#include "app/imgui_item_hooks.h"
#include "app/style/card.h"
#include "app/style/flow.h"
#include "app/style/text.h"
#include "app/widgets.h"
#include "core/model/commands.h"

namespace rapport::ui {

namespace {

void addImportantDate(UiContext& ui, const Peer& peer, ImportantDateForm& form) {
    const Notebook& nb = ui.notebook();
    auto label = importantDateLabel(static_cast<ImportantDateKind>(form.kind), form.name);
    if (!label) return ui.warn(label.error().message);
    auto day = parseAnnualDate(form.day, nb.settings().dateOrder);
    if (!day) return ui.warn(day.error().message);
    if (ui.run(addFact(nb, ui.ids(), peer.id, FactCategory::ImportantDate, label.value(), ui.today(), {}, day.value()))) {
        form.name.clear();
        form.day.clear();
    }
}

}  // namespace

void drawImportantDate(const ComingUpDate& d) {
    bulletTextf("%s", describeImportantDate(d).c_str());
    if (d.fact->date->year != 0) {
        {
            char text[256];
            std::snprintf(text, sizeof text, "(%s)", annualDateText(*d.fact->date).c_str());
            mutedAfter(text);
        }
    }
}

void drawImportantDateForm(UiContext& ui, const Peer& peer, ImportantDateForm& form) {
    if (ui.readOnly()) return;
    ImGui::PushID("important-date-form");
    ImportantDateKind kind = static_cast<ImportantDateKind>(form.kind);
    ImGui::SetNextItemWidth(ImGui::GetFontSize() * 9.0f);
    labelItem(ImGui::GetID("##date-kind"), "##date-kind");  // named for keyboard users' tools and tests
    if (ImGui::BeginCombo("##date-kind", label(kind))) {
        for (int k = 0; k < kImportantDateKindCount; ++k) {
            if (ImGui::Selectable(label(static_cast<ImportantDateKind>(k)), k == form.kind)) form.kind = k;
        }
        ImGui::EndCombo();
    }
    bool go = false;
    if (kind == ImportantDateKind::KidsBirthday || kind == ImportantDateKind::Custom) {
        if (!ui.narrow()) sameLineIfFits(ImGui::GetFontSize() * 9.0f);
        ImGui::SetNextItemWidth(ImGui::GetFontSize() * 9.0f);
        const char* hint = kind == ImportantDateKind::KidsBirthday ? "kid's name" : "what it is";
        go |= ImGui::InputTextWithHint("##date-name", hint, &form.name, ImGuiInputTextFlags_EnterReturnsTrue);
    }
    if (!ui.narrow()) sameLineIfFits(ImGui::GetFontSize() * 10.0f + ImGui::CalcTextSize("On").x + ImGui::GetStyle().ItemInnerSpacing.x);
    ImGui::SetNextItemWidth(ImGui::GetFontSize() * 10.0f);
    go |= ImGui::InputTextWithHint("On##date-day", "14 March, or 14 March 1980", &form.day,
                                   ImGuiInputTextFlags_EnterReturnsTrue);
    sameLineIfFits(buttonWidth("Add date"));
    go |= ImGui::Button("Add date");
    if (!form.day.empty()) {
        const auto day = parseAnnualDate(form.day, ui.notebook().settings().dateOrder);
        if (day) mutedText(("= " + annualDateText(day.value())).c_str());
        else warningText(day.error().message.c_str());
    }
    ImGui::PopID();
    if (go) addImportantDate(ui, peer, form);
}

void drawPeerDatesLine(const std::vector<ComingUpDate>& dates) {
    for (const ComingUpDate& d : dates) {
        if (d.daysAway >= kComingUpDays && d.kind != ImportantDateKind::Birthday) continue;
        const std::string text = describeImportantDate(d);
        if (d.daysAway < kComingUpDays) toneText(Tone::Accent, text.c_str());
        else mutedText(text.c_str());
    }
}

void drawInterestMatches(UiContext& ui, EntityId peerId, const std::vector<ConnectionSuggestion>& matches) {
    for (const ConnectionSuggestion& m : matches) {
        ImGui::PushID(m.interest.c_str());
        ImGui::TextWrapped("You both: %s", m.interest.c_str());
        if (const Fact* f = ui.notebook().find<Fact>(m.factId)) {
            {
                char text[256];
                std::snprintf(text, sizeof text, "(\"%s\")", f->text.c_str());
                mutedAfter(text);
            }
        }
        if (!ui.readOnly()) {
            if (flowButton("Make it a connection")) {
                if (ui.run(addConnection(ui.notebook(), ui.ids(), peerId, m.interest, true))) {
                    ui.inform("Connection noted: you both like " + m.interest);
                }
            }
        }
        ImGui::PopID();
    }
}

}  // namespace rapport::ui
