// The peer page's Get to know tab: facts (with important dates), connections we share and banter
// topics. Each row is an editable row (edit_widgets.h); the add lines are form_widgets' addLine.
#include <imgui.h>

#include <cstdio>

#include "app/edit_widgets.h"
#include "app/form_widgets.h"
#include "app/screens/important_dates_view.h"
#include "app/screens/peer_screen.h"
#include "app/style/flow.h"
#include "app/style/text.h"
#include "core/model/commands.h"
#include "core/model/important_dates.h"

namespace rapport::ui {

namespace {

constexpr const char* kMonths[] = {"January", "February", "March",     "April",   "May",      "June",
                                   "July",    "August",   "September", "October", "November", "December"};

// "14 March" or "14 March 1984".
std::string annualText(const AnnualDate& date) {
    char text[40];
    if (date.year != 0) std::snprintf(text, sizeof text, "%d %s %d", date.day, kMonths[date.month - 1], date.year);
    else std::snprintf(text, sizeof text, "%d %s", date.day, kMonths[date.month - 1]);
    return text;
}

// Month, day and (optional, 0 = unknown) year of an important date.
void annualFields(RecordForm& form, AnnualDate& date) {
    int month = date.month - 1, day = date.day, year = date.year;
    form.option("Month", month, kMonths, 12);
    form.number("Day", day, 1, 31);
    form.number("Year (0 if unknown)", year, 0, 2199);
    date.month = static_cast<uint8_t>(month + 1);
    date.day = static_cast<uint8_t>(day);
    date.year = static_cast<int16_t>(year);
}

// The edit form of a fact row (any fact, important dates included).
void factFields(RecordForm& form, Fact& draft, RowEditor<Fact>&) {
    form.choice("Category", draft.category, static_cast<int>(FactCategory::Other) + 1);
    form.text("About them", draft.text);
    form.text("Learned where", draft.learnedWhere);
    if (draft.category == FactCategory::ImportantDate && !draft.date) draft.date = AnnualDate{};
    if (draft.date) annualFields(form, *draft.date);
}

}  // namespace

void PeerScreen::drawGetToKnowTab(UiContext& ui, const Peer& peer) {
    drawFacts(ui, peer);
    drawDatesAndMatches(ui, peer);
    drawConnections(ui, peer);
    drawBanter(ui, peer);
}

void PeerScreen::drawFacts(UiContext& ui, const Peer& peer) {
    const Notebook& nb = ui.notebook();
    const auto& facts = lists(ui, peer).facts;
    sectionTitle("What I know about them");
    if (facts.empty()) emptyState("Remember the human: kids' names, hobbies, the band they love. Jot it down the day you learn it.");
    for (int category = 0; category <= static_cast<int>(FactCategory::Other); ++category) {
        bool header = false;
        for (const Fact* f : facts) {
            if (static_cast<int>(f->category) != category || isImportantDate(*f)) continue;  // their own section
            if (!header) ImGui::TextDisabled("%s", label(static_cast<FactCategory>(category)));
            header = true;
            const bool changed = editableRow(
                ui, m_factRow, *f, "fact",
                [&](const Fact& fact) {
                    std::string text = fact.text;
                    if (fact.date) text += ": " + annualText(*fact.date);
                    if (!fact.learnedWhere.empty()) text += "  - learned at " + fact.learnedWhere;
                    bulletTextf("%s", text.c_str());
                },
                factFields);
            if (changed) return;  // the list is stale until the next frame
        }
    }
    if (ui.readOnly()) return;
    FactCategory category = static_cast<FactCategory>(m_factCategory);
    RecordForm form(ui.narrow(), 150.0f);
    if (form.choice("##fact-category", category, static_cast<int>(FactCategory::Other) + 1)) {
        m_factCategory = static_cast<int>(category);
    }
    const bool dated = category == FactCategory::ImportantDate;
    if (dated) annualFields(form, m_factDate);
    if (addLine("Fact", dated ? "what it is, e.g. \"Birthday\"" : "a fact, e.g. \"daughter Léa starts school in May\"",
                "Add fact", m_factText, ui.narrow()) &&
        ui.run(addFact(nb, ui.ids(), peer.id, category, m_factText, ui.today(), {},
                       dated ? std::optional<AnnualDate>(m_factDate) : std::nullopt))) {
        clearEntryField("Fact", m_factText);
    }
}

void PeerScreen::drawConnections(UiContext& ui, const Peer& peer) {
    const Notebook& nb = ui.notebook();
    sectionTitle("Connections we share");
    const auto& connections = lists(ui, peer).connections;
    if (connections.empty()) emptyState("Shared interests (both love hip hop, both parents of toddlers) help when you disagree.");
    for (const Connection* c : connections) {
        const bool changed = editableRow(
            ui, m_connectionRow, *c, "connection",
            [](const Connection& connection) {
                bulletTextf("%s%s%s", connection.interest.c_str(), connection.note.empty() ? "" : " - ",
                                  connection.note.c_str());
            },
            [](RecordForm& form, Connection& draft, RowEditor<Connection>&) {
                form.text("Interest", draft.interest);
                form.text("Note", draft.note);
                form.text("Helped when", draft.helpedWhen);
            });
        if (changed) return;
    }
    if (!ui.readOnly() && addLine("Connection", "an interest we share", "Add connection", m_connection, ui.narrow()) &&
        ui.run(addConnection(nb, ui.ids(), peer.id, m_connection))) {
        clearEntryField("Connection", m_connection);
    }
}

void PeerScreen::drawBanter(UiContext& ui, const Peer& peer) {
    const Notebook& nb = ui.notebook();
    sectionTitle("Banter topics");
    const auto& banter = lists(ui, peer).banter;
    if (banter.empty()) emptyState("Non-work topics to open with: the match last night, a trip, a book.");
    for (const BanterTopic* b : banter) {
        const bool changed = editableRow(
            ui, m_banterRow, *b, "banter",
            [&](const BanterTopic& topic) {
                bulletTextf("%s", topic.text.c_str());
                {
                    char text[256];
                    std::snprintf(text, sizeof text, "%s", topic.lastUsed ? ("used " + relativeDay(*topic.lastUsed, ui.today())).c_str() : "not used yet");
                    mutedAfter(text);
                }
                if (!ui.readOnly()) {
                    if (flowButton("Used today")) ui.run(markBanterUsed(nb, topic.id, ui.today()));
                }
            },
            [](RecordForm& form, BanterTopic& draft, RowEditor<BanterTopic>&) { form.text("Topic", draft.text); });
        if (changed) return;
    }
    if (!ui.readOnly() && addLine("Banter topic", "a topic to chat about", "Add topic", m_banter, ui.narrow()) &&
        ui.run(addBanterTopic(nb, ui.ids(), peer.id, m_banter))) {
        clearEntryField("Banter topic", m_banter);
    }
}

// Important dates with their next occurrence ("Birthday: 9 Dec, in 9 days, turns 47"), each a fact row
// that can be corrected or deleted, then the form that adds one by label and typed day; then the
// interests I share with them that are not connections yet.
void PeerScreen::drawDatesAndMatches(UiContext& ui, const Peer& peer) {
    sectionTitle("Important dates");
    const auto& dates = lists(ui, peer).dates;
    if (dates.empty()) emptyState("Birthdays, kids' birthdays, anniversaries: noted once, shown on This week before the day.");
    for (const ComingUpDate& d : dates) {
        if (editableRow(ui, m_factRow, *d.fact, "fact", [&](const Fact&) { drawImportantDate(d); }, factFields)) return;
    }
    drawImportantDateForm(ui, peer, m_dateForm);
    const auto& matches = lists(ui, peer).matches;
    if (matches.empty()) return;
    sectionTitle("Interests you share");
    drawInterestMatches(ui, peer.id, matches);
}

}  // namespace rapport::ui
