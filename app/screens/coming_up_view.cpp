// Coming up: one line per reminder (what, then its action, Open and Dismiss). The list is recomputed only
// when the notebook, the day or the peer changes.
#include "app/screens/coming_up_view.h"

#include <imgui.h>

#include <vector>

#include "app/style/card.h"
#include "app/style/flow.h"
#include "app/widgets.h"
#include "core/model/commands.h"
#include "core/model/recurrence.h"
#include "core/rules/important_dates.h"
#include "core/rules/reminders.h"
#include "core/rules/series_layout.h"

namespace rapport::ui {
namespace {

struct Cached {
    uint64_t revision = ~uint64_t(0);
    EntityId peerId = kNoId;
    CivilDate today;
    std::optional<CivilDate> until;
    std::vector<Reminder> items;
};

const std::vector<Reminder>& reminders(UiContext& ui, EntityId peerId, std::optional<CivilDate> until) {
    static Cached week, peer;  // This week and the prep card each keep their own
    Cached& c = peerId == kNoId ? week : peer;
    if (c.revision != ui.revision() || c.peerId != peerId || c.today != ui.today() || c.until != until) {
        c = Cached{ui.revision(), peerId, ui.today(), until, comingUp(ui.notebook(), ui.today(), peerId, until)};
    }
    return c.items;
}

void noteCongratulation(UiContext& ui, const Reminder& r) {
    const Notebook& nb = ui.notebook();
    for (const ComingUpDate& d : importantDatesOf(nb, r.peerId, ui.today())) {
        if (d.fact->id != r.entityId) continue;
        const std::string text = congratulationText(d, peerName(nb, r.peerId));
        if (ui.run(addCommitment(nb, ui.ids(), r.peerId, CommitmentDirection::MeToThem, text, ui.today(), d.date))) {
            ui.inform("Noted for " + shortDate(d.date) + ": " + text);
        }
        return;
    }
}

// The reminder's own action; true when it was run (the list changes next frame).
void runAction(UiContext& ui, const Reminder& r) {
    const Notebook& nb = ui.notebook();
    switch (r.action) {
        case ReminderAction::NoteCongratulation: return noteCongratulation(ui, r);
        case ReminderAction::FollowUpDone: ui.run(completeFollowUp(nb, r.entityId, ui.today())); return;
        case ReminderAction::RitualDone: ui.run(markRitualDone(nb, r.entityId, r.date)); return;
        case ReminderAction::OpenProject: ui.go(Route{Page::Project, r.entityId}); return;
        case ReminderAction::PutPreviewOnAgenda: ui.run(putPreviewOnAgendas(nb, ui.ids(), r.entityId)); return;
        case ReminderAction::OpenPreviews: ui.go(Route{Page::Previews, kNoId}); return;
        case ReminderAction::CommitmentKept: ui.run(setCommitmentStatus(nb, r.entityId, CommitmentStatus::Kept, ui.today())); return;
        case ReminderAction::LogContact: ui.run(logInteraction(nb, ui.ids(), r.peerId, ui.today())); return;
    }
}

void drawReminder(UiContext& ui, const Reminder& r, bool onePeer) {
    ImGui::PushID(r.key.c_str());
    ImGui::Bullet();
    ImGui::TextWrapped("%s", r.text.c_str());
    // The buttons follow the text while they fit and wrap below it otherwise (a narrow column, a phone).
    if (!onePeer && r.peerId != kNoId && flowButton("Open")) ui.go(Route{Page::Peer, r.peerId});
    if (!ui.readOnly()) {
        if (r.actionDone) {
            const char* done = r.action == ReminderAction::NoteCongratulation ? "Noted" : "On the agenda";
            sameLineIfFits(ImGui::CalcTextSize(done).x);
            ImGui::TextDisabled("%s", done);
        } else if (flowButton(r.actionLabel.c_str())) {
            runAction(ui, r);
        }
        if (r.kind == ReminderKind::FollowUp && flowButton("Snooze a week")) {
            ui.run(snoozeFollowUp(ui.notebook(), r.entityId, ui.today().addDays(7), ui.today()));
        }
        if (flowButton("Dismiss")) {
            ui.run(dismissReminder(ui.notebook(), ui.ids(), r.key, "the reminder " + reminderSubject(r), ui.today()));
        }
    }
    ImGui::PopID();
}

}  // namespace

void drawComingUpList(UiContext& ui, EntityId peerId, std::optional<CivilDate> until) {
    if (peerId != kNoId && !until) {
        // The prep card: what is due by the next 1:1 with them (or by tomorrow when none is planned).
        if (auto next = findOneOnOne(ui.notebook(), peerId, ui.today(), ui.today().addDays(31))) until = next->date;
    }
    const std::vector<Reminder>& items = reminders(ui, peerId, until);
    if (items.empty()) return;
    // The list can change during the frame (an action ran): draw from a copy so nothing dangles.
    const std::vector<Reminder> shown = items;
    sectionTitle("Coming up");
    beginCard("coming-up");
    for (const Reminder& r : shown) drawReminder(ui, r, peerId != kNoId);
    endCard();
}

void drawLoadAdvice(UiContext& ui, const LoadStatus& load) {
    if (!load.advice || ui.readOnly()) return;
    if (ImGui::Button(load.advice->label.c_str())) {
        const OneOnOneSeries* s = ui.notebook().findSeries(load.advice->seriesId);
        if (!s) return;
        SeriesChange change;
        change.cadence = load.advice->to;
        change.laidOutMinutes = seriesTime(ui.notebook(), *s).startMinutes;
        ui.run(changeSeries(ui.notebook(), s->id, change, ui.today()));
    }
}

}  // namespace rapport::ui
