// Coming up: every reminder kind on an injected day, its action and key, the prep card's view of one
// peer, follow-ups from quick capture, and dismissal surviving a reopened store.
#include <catch2/catch.hpp>

#include "core/capture/capture_line.h"
#include "core/model/commands.h"
#include "core/rules/reminders.h"
#include "core/store/memory_medium.h"
#include "core/store/notebook_store.h"
#include "tests/core/test_support.h"

using namespace rapport;
using rapport::test::addPeerOk;
using rapport::test::applyOk;
using rapport::test::createdId;
using rapport::test::d;

namespace {

const CivilDate kToday = d(2026, 12, 3);  // a Thursday

const Reminder* find(const std::vector<Reminder>& all, ReminderKind kind) {
    for (const Reminder& r : all) {
        if (r.kind == kind) return &r;
    }
    return nullptr;
}

// One peer with one reminder of every kind due around kToday.
struct Fixture {
    Notebook nb;
    IdSource ids{1};
    EntityId maria = kNoId, omar = kNoId;
    Fixture() {
        maria = addPeerOk(nb, ids, "Maria Chen");
        omar = addPeerOk(nb, ids, "Omar Haddad");
        applyOk(nb, logInteraction(nb, ids, maria, kToday.addDays(-1)));
        applyOk(nb, logInteraction(nb, ids, omar, kToday.addDays(-40)));  // bi-weekly + 7 days: drifting
        applyOk(nb, addFact(nb, ids, maria, FactCategory::ImportantDate, "Birthday", std::nullopt, {}, AnnualDate{1979, 12, 9}));
        applyOk(nb, addFollowUp(nb, ids, maria, "about Tom's swimming", kToday, kToday.addDays(-14)));
        applyOk(nb, addRitual(nb, ids, RitualKind::CoffeeBeforeMeeting, "", "staff meeting", {maria},
                              RecurrenceUnit::Weeks, 2, kToday.addDays(1)));
        applyOk(nb, addProject(nb, ids, "Pricing pilot", {maria}, ProjectKind::WhiteSpace, kToday.addDays(-13)));
        applyOk(nb, addCommitment(nb, ids, maria, CommitmentDirection::ThemToMe, "the Q1 numbers", kToday.addDays(-3), kToday));
        applyOk(nb, addSeries(nb, ids, maria, kToday.addDays(-30)));  // Thursdays
        applyOk(nb, addPreview(nb, ids, "Reorg", kToday.addDays(7), {maria, omar}, {maria}));
    }
};

}  // namespace

TEST_CASE("Coming up lists every kind of reminder with its action", "[reminders]") {
    Fixture f;
    const auto all = comingUp(f.nb, kToday);
    const Reminder* date = find(all, ReminderKind::ImportantDate);
    REQUIRE(date);
    CHECK(date->text == "Maria Chen's birthday: 9 Dec, in 6 days, turns 47");
    CHECK(date->action == ReminderAction::NoteCongratulation);
    CHECK(date->key.rfind("date:", 0) == 0);
    const Reminder* follow = find(all, ReminderKind::FollowUp);
    REQUIRE(follow);
    CHECK(follow->text == "Ask Maria about Tom's swimming");
    const Reminder* ritual = find(all, ReminderKind::Ritual);
    REQUIRE(ritual);
    CHECK(ritual->text == "Coffee before the meeting with Maria Chen tomorrow (staff meeting)");
    const Reminder* timebox = find(all, ReminderKind::TimeboxEnding);
    REQUIRE(timebox);
    CHECK(timebox->text == "Timebox of \"Pricing pilot\" ends today (14-day timebox)");
    const Reminder* preview = find(all, ReminderKind::PreviewOwed);
    REQUIRE(preview);
    CHECK(preview->peerId == f.maria);  // Omar is on the preview, but the proposal does not depend on him
    CHECK(preview->text == "Preview \"Reorg\" with Maria before the staff meeting on Thu 10 Dec: last 1:1 before it Thu 3 Dec");
    CHECK(preview->action == ReminderAction::PutPreviewOnAgenda);
    const Reminder* due = find(all, ReminderKind::CommitmentDue);
    REQUIRE(due);
    CHECK(due->text == "Due today from Maria Chen: the Q1 numbers");
    const Reminder* drift = find(all, ReminderKind::Drift);
    REQUIRE(drift);
    CHECK(drift->peerId == f.omar);
    CHECK(drift->action == ReminderAction::LogContact);
    // Soonest first.
    for (size_t i = 1; i < all.size(); ++i) CHECK(all[i - 1].date <= all[i].date);
    // The prep card for Omar shows only his.
    for (const Reminder& r : comingUp(f.nb, kToday, f.omar)) CHECK(r.peerId == f.omar);
}

TEST_CASE("reminders come and go with the day and the settings", "[reminders]") {
    Fixture f;
    // Two days earlier: the birthday is 8 days away, the follow-up (due on kToday) is not yet shown, the
    // ritual is not due tomorrow, the timebox does not end within 2 days.
    const auto earlier = comingUp(f.nb, kToday.addDays(-2));
    CHECK(find(earlier, ReminderKind::ImportantDate));
    CHECK_FALSE(find(earlier, ReminderKind::FollowUp));
    CHECK_FALSE(find(earlier, ReminderKind::Ritual));
    // The prep card of a 1:1 on kToday already shows the follow-up.
    CHECK(find(comingUp(f.nb, kToday.addDays(-2), f.maria, kToday), ReminderKind::FollowUp));
    // A shorter horizon leaves the birthday out.
    Settings st = f.nb.settings();
    st.reminderDays = 5;
    applyOk(f.nb, saveSettings(f.nb, f.ids, st));
    CHECK_FALSE(find(comingUp(f.nb, kToday), ReminderKind::ImportantDate));
}

TEST_CASE("follow-ups are done or snoozed with one click, and refuse a second", "[reminders][follow-up]") {
    Fixture f;
    const Reminder follow = *find(comingUp(f.nb, kToday), ReminderKind::FollowUp);
    const Command snooze = applyOk(f.nb, snoozeFollowUp(f.nb, follow.entityId, kToday.addDays(7), kToday));
    CHECK_FALSE(find(comingUp(f.nb, kToday), ReminderKind::FollowUp));
    CHECK(find(comingUp(f.nb, kToday.addDays(7)), ReminderKind::FollowUp));
    REQUIRE(f.nb.apply(inverted(snooze)));
    applyOk(f.nb, completeFollowUp(f.nb, follow.entityId, kToday));
    CHECK_FALSE(find(comingUp(f.nb, kToday.addDays(30)), ReminderKind::FollowUp));
    CHECK(completeFollowUp(f.nb, follow.entityId, kToday).error().message == "This follow-up is already done.");
    CHECK_FALSE(addFollowUp(f.nb, f.ids, f.maria, "about the launch", kToday.addDays(-1), kToday));
}

TEST_CASE("quick capture reads follow-up phrases", "[reminders][capture]") {
    Fixture f;
    CaptureLine a = readCaptureLine(f.nb, "Maria: ask about Tom's swimming in 2 weeks", kToday);
    CHECK(a.kind == CaptureKind::FollowUp);
    CHECK(a.text == "about Tom's swimming");
    CHECK(a.due == kToday.addDays(14));
    CHECK(a.problem.empty());
    CaptureLine b = readCaptureLine(f.nb, "follow up with Omar on the pricing next Friday", kToday);
    CHECK(b.kind == CaptureKind::FollowUp);
    REQUIRE(b.peers.size() == 1);
    CHECK(b.peers.front() == f.omar);
    CHECK(b.text == "about the pricing");
    CHECK(b.due == d(2026, 12, 11));
    CaptureLine c = readCaptureLine(f.nb, "ask Maria how the launch went on 14 March", kToday);
    CHECK(c.text == "how the launch went");
    CHECK(c.due == d(2027, 3, 14));
    CaptureLine none = readCaptureLine(f.nb, "Maria: ask about the offsite", kToday);
    CHECK(none.kind == CaptureKind::FollowUp);
    CHECK_FALSE(none.problem.empty());
    CaptureLine bad = readCaptureLine(f.nb, "Maria: ask about the budget on 31 April", kToday);
    CHECK(bad.problem.find("31 April") != std::string::npos);
    CaptureLine nobody = readCaptureLine(f.nb, "follow up on the pricing next Friday", kToday);
    CHECK(nobody.problem == "Say who to ask, e.g. \"Maria: ask about Tom's swimming in 2 weeks\".");
    // Other lines are not follow-ups.
    CHECK(readCaptureLine(f.nb, "Maria: kids Léa and Tom", kToday).kind == CaptureKind::Fact);
}

TEST_CASE("a dismissed reminder stays dismissed after the store is reopened", "[reminders][store]") {
    store::MemoryMedium medium;
    const FixedClock clock(1'796'000'000'000, kToday);
    EntityId maria = kNoId;
    {
        auto opened = NotebookStore::open(medium, "/nb", clock);
        REQUIRE(opened.ok());
        NotebookStore& st = *opened.value();
        auto peer = addPeer(st.notebook(), st.ids(), "Maria Chen");
        REQUIRE(st.execute(peer.value()));
        maria = entityId(*peer.value().changes[0].after);
        REQUIRE(st.execute(addFact(st.notebook(), st.ids(), maria, FactCategory::ImportantDate, "Birthday", std::nullopt,
                                   {}, AnnualDate{0, 12, 9}).value()));
        const auto all = comingUp(st.notebook(), kToday);
        REQUIRE(all.size() == 1);
        REQUIRE(st.execute(dismissReminder(st.notebook(), st.ids(), all[0].key, reminderSubject(all[0]), kToday).value()));
        CHECK(comingUp(st.notebook(), kToday).empty());
        CHECK(dismissReminder(st.notebook(), st.ids(), all[0].key, "x", kToday).error().message == "Already dismissed.");
    }
    auto again = NotebookStore::open(medium, "/nb", clock);
    REQUIRE(again.ok());
    CHECK(comingUp(again.value()->notebook(), kToday).empty());
    // Next year's birthday is a new reminder.
    CHECK(comingUp(again.value()->notebook(), d(2027, 12, 1)).size() == 1);
}
