// The peer page's tabs other than Profile: what I know about them, our 1:1s, projects, commitments,
// rituals, and a timeline of everything logged.
#include <imgui.h>
#include <imgui_stdlib.h>

#include <algorithm>
#include <tuple>
#include <vector>

#include "app/screens/peer_screen.h"
#include "app/widgets.h"
#include "core/model/commands.h"
#include "core/model/recurrence.h"
#include "core/rules/commitments.h"
#include "core/rules/connections.h"

namespace rapport::ui {

namespace {

// Text field + button on one line; returns true when the user confirms a non-empty text.
bool addLine(const char* id, const char* hint, const char* button, std::string& text, bool narrow) {
    ImGui::PushID(id);
    ImGui::SetNextItemWidth(narrow ? -1.0f : 360.0f);
    bool go = ImGui::InputTextWithHint("##text", hint, &text, ImGuiInputTextFlags_EnterReturnsTrue);
    if (!narrow) ImGui::SameLine();
    go |= ImGui::Button(button);
    ImGui::PopID();
    return go && !text.empty();
}

template <class T, class Match>
std::vector<const T*> entitiesOf(const Notebook& nb, Match match) {
    std::vector<const T*> out;
    for (const auto& entry : nb.all<T>()) {
        if (match(entry.second)) out.push_back(&entry.second);
    }
    return out;
}

}  // namespace

void PeerScreen::drawGetToKnowTab(UiContext& ui, const Peer& peer) {
    const Notebook& nb = ui.notebook();
    const auto facts = entitiesOf<Fact>(nb, [&](const Fact& f) { return f.peerId == peer.id; });
    sectionTitle("What I know about them");
    if (facts.empty()) emptyState("Remember the human: kids' names, hobbies, the band they love. Jot it down the day you learn it.");
    for (int category = 0; category <= static_cast<int>(FactCategory::Other); ++category) {
        bool header = false;
        for (const Fact* f : facts) {
            if (static_cast<int>(f->category) != category || isImportantDate(*f)) continue;  // listed below
            if (!header) ImGui::TextDisabled("%s", label(static_cast<FactCategory>(category)));
            header = true;
            ImGui::BulletText("%s%s%s", f->text.c_str(), f->learnedWhere.empty() ? "" : "  - learned at ",
                              f->learnedWhere.c_str());
        }
    }
    if (!ui.readOnly()) {
        FactCategory category = static_cast<FactCategory>(m_factCategory);
        ImGui::SetNextItemWidth(150.0f);
        if (enumCombo("##fact-category", category, static_cast<int>(FactCategory::Other) + 1)) m_factCategory = static_cast<int>(category);
        ImGui::SameLine();
        if (addLine("fact", "a fact, e.g. \"daughter Léa starts school in May\"", "Add fact", m_factText, ui.narrow())) {
            // "Birthday 9 Dec" typed as an important date carries its day in the text.
            auto dated = category == FactCategory::ImportantDate ? parseLabelledDate(m_factText, nb.settings().dateOrder)
                                                                  : Result<LabelledDate>(LabelledDate{m_factText, {}});
            if (!dated) {
                ui.warn(dated.error().message);
            } else if (ui.run(addFact(nb, ui.ids(), peer.id, category, dated.value().label, ui.today(), m_factWhere,
                                      category == FactCategory::ImportantDate ? std::optional<AnnualDate>(dated.value().date)
                                                                              : std::nullopt))) {
                m_factText.clear();
            }
        }
    }
    drawDatesAndMatches(ui, peer);

    sectionTitle("Connections we share");
    const auto connections = entitiesOf<Connection>(nb, [&](const Connection& c) { return c.peerId == peer.id; });
    if (connections.empty()) emptyState("Shared interests (both love hip hop, both parents of toddlers) help when you disagree.");
    for (const Connection* c : connections) ImGui::BulletText("%s %s", c->interest.c_str(), c->note.c_str());
    if (!ui.readOnly() && addLine("connection", "an interest we share", "Add connection", m_connection, ui.narrow()) &&
        ui.run(addConnection(nb, ui.ids(), peer.id, m_connection))) {
        m_connection.clear();
    }

    sectionTitle("Banter topics");
    const auto banter = entitiesOf<BanterTopic>(nb, [&](const BanterTopic& b) { return b.peerId == peer.id; });
    if (banter.empty()) emptyState("Non-work topics to open with: the match last night, a trip, a book.");
    for (const BanterTopic* b : banter) {
        ImGui::PushID(b);
        ImGui::BulletText("%s", b->text.c_str());
        ImGui::SameLine();
        ImGui::TextDisabled("%s", b->lastUsed ? ("used " + relativeDay(*b->lastUsed, ui.today())).c_str() : "not used yet");
        if (!ui.readOnly()) {
            ImGui::SameLine();
            if (ImGui::SmallButton("Used today")) ui.run(markBanterUsed(nb, b->id, ui.today()));
        }
        ImGui::PopID();
    }
    if (!ui.readOnly() && addLine("banter", "a topic to chat about", "Add topic", m_banter, ui.narrow()) &&
        ui.run(addBanterTopic(nb, ui.ids(), peer.id, m_banter))) {
        m_banter.clear();
    }
}

void PeerScreen::drawDatesAndMatches(UiContext& ui, const Peer& peer) {
    drawImportantDates(ui, peer, m_dateForm);
    const auto matches = suggestConnections(ui.notebook(), peer.id);
    if (matches.empty()) return;
    sectionTitle("Interests you share");
    drawInterestMatches(ui, peer.id, matches);
}

void PeerScreen::drawOneOnOnesTab(UiContext& ui, const Peer& peer) {
    const Notebook& nb = ui.notebook();
    const auto series = entitiesOf<OneOnOneSeries>(nb, [&](const OneOnOneSeries& s) { return s.peerId == peer.id; });
    sectionTitle("1:1 series");
    const Cadence recommended = recommendedCadence(peer);
    if (series.empty()) {
        ImGui::TextWrapped("No regular 1:1 yet. With %s interdependence we recommend %s.", label(peer.interdependence),
                           describe(recommended).c_str());
    }
    for (const OneOnOneSeries* s : series) {
        ImGui::PushID(s);
        ImGui::BulletText("%s on %ss, %d min, %s", describe(s->cadence).c_str(), weekdayName(s->weekday), s->durationMinutes,
                          s->active ? ("review " + relativeDay(s->review, ui.today())).c_str() : "ended");
        if (s->active) {
            if (const auto next = nextOccurrence(*s, ui.today())) {
                ImGui::SameLine();
                ImGui::TextDisabled("next: %s", shortDate(next->date).c_str());
                if (!ui.readOnly()) {
                    ImGui::SameLine();
                    if (ImGui::SmallButton("Skip next")) ui.run(skipOccurrence(nb, s->id, next->original));
                }
            }
        }
        ImGui::PopID();
    }
    if (!ui.readOnly() && !peer.archived) {
        CivilDate start = ui.today();
        if (ImGui::Button("Start a regular 1:1 (recommended cadence)")) ui.run(addSeries(nb, ui.ids(), peer.id, start));
        ImGui::SameLine();
        if (ImGui::Button("Hold a 1:1 today")) {
            const EntityId meeting = ui.runCreating(addMeeting(nb, ui.ids(), peer.id, ui.today()));
            if (meeting != kNoId) ui.go(Route{Page::Meeting, meeting});
        }
    }
    sectionTitle("Meetings");
    const auto& meetings = nb.meetingsOfPeer(peer.id);
    if (meetings.empty()) emptyState("Meetings you prepare or hold with them appear here, newest first.");
    for (auto it = meetings.rbegin(); it != meetings.rend(); ++it) {
        const Meeting* m = nb.findMeeting(it->second);
        if (!m) continue;
        std::string text = longDate(m->date) + (m->held ? "" : "  (prepared)");
        if (link(text.c_str(), m)) ui.go(Route{Page::Meeting, m->id});
    }
}

void PeerScreen::drawProjectsTab(UiContext& ui, const Peer& peer) {
    const auto projects = entitiesOf<JointProject>(ui.notebook(), [&](const JointProject& p) {
        return std::find(p.peerIds.begin(), p.peerIds.end(), peer.id) != p.peerIds.end();
    });
    if (projects.empty()) {
        emptyState("Work on something together: a small, low-stakes project of about two weeks, in the white space "
                   "that is nobody's obvious job. Start one on the Projects page.");
    }
    for (const JointProject* p : projects) {
        const std::string text = p->title + "  (" + label(p->phase) + ")";
        if (link(text.c_str(), p)) ui.go(Route{Page::Project, p->id});
    }
}

void PeerScreen::drawCommitmentsTab(UiContext& ui, const Peer& peer) {
    const Notebook& nb = ui.notebook();
    for (CommitmentDirection direction : {CommitmentDirection::MeToThem, CommitmentDirection::ThemToMe}) {
        const KeptRatio ratio = keptRatio(nb, peer.id, direction);
        sectionTitle(direction == CommitmentDirection::MeToThem ? "What I owe them" : "What they owe me");
        const int32_t resolved = ratio.kept + ratio.keptLate + ratio.missed;
        if (resolved > 0) ImGui::TextDisabled("kept %d of %d (%d late)", ratio.kept + ratio.keptLate, resolved, ratio.keptLate);
        const auto list = entitiesOf<Commitment>(nb, [&](const Commitment& c) {
            return c.peerId == peer.id && c.direction == direction;
        });
        if (list.empty()) emptyState("Make small commitments and keep them: accountability is how trust is built.");
        for (const Commitment* c : list) {
            ImGui::PushID(c);
            ImGui::BulletText("%s", c->text.c_str());
            ImGui::SameLine();
            ImGui::TextDisabled("%s%s", label(c->status), c->due ? ("  due " + shortDate(*c->due)).c_str() : "");
            if (c->isOpen() && !ui.readOnly()) {
                ImGui::SameLine();
                const bool late = c->due && *c->due < ui.today();
                if (ImGui::SmallButton("Kept")) ui.run(setCommitmentStatus(nb, c->id, late ? CommitmentStatus::KeptLate : CommitmentStatus::Kept, ui.today()));
                ImGui::SameLine();
                if (ImGui::SmallButton("Missed")) ui.run(setCommitmentStatus(nb, c->id, CommitmentStatus::Missed, ui.today()));
                ImGui::SameLine();
                if (ImGui::SmallButton("Drop")) ui.run(setCommitmentStatus(nb, c->id, CommitmentStatus::Dropped, ui.today()));
            }
            ImGui::PopID();
        }
    }
    if (ui.readOnly()) return;
    sectionTitle("New commitment");
    ImGui::Checkbox("They owe me", &m_theyOwe);
    ImGui::SameLine();
    ImGui::SetNextItemWidth(120.0f);
    ImGui::InputTextWithHint("##due", "due YYYY-MM-DD", &m_commitmentDue);
    ImGui::SameLine();
    if (addLine("commitment", "what was promised", "Add commitment", m_commitment, ui.narrow())) {
        std::optional<CivilDate> due;
        if (!m_commitmentDue.empty()) {
            const auto parsed = CivilDate::parseIso(m_commitmentDue);
            if (!parsed) return ui.warn(parsed.error().message);
            due = parsed.value();
        }
        const auto direction = m_theyOwe ? CommitmentDirection::ThemToMe : CommitmentDirection::MeToThem;
        if (ui.run(addCommitment(nb, ui.ids(), peer.id, direction, m_commitment, ui.today(), due))) {
            m_commitment.clear();
            m_commitmentDue.clear();
        }
    }
}

void PeerScreen::drawRitualsTab(UiContext& ui, const Peer& peer) {
    const auto rituals = entitiesOf<Ritual>(ui.notebook(), [&](const Ritual& r) {
        return std::find(r.participants.begin(), r.participants.end(), peer.id) != r.participants.end();
    });
    if (rituals.empty()) {
        emptyState("Tack something social onto work: coffee before the meeting, dinner after the offsite, a quarterly "
                   "reunion. Add rituals on the Rituals page.");
    }
    for (const Ritual* r : rituals) {
        ImGui::BulletText("%s %s", r->title.empty() ? "Ritual" : r->title.c_str(),
                          r->nextDue ? ("- next " + shortDate(*r->nextDue)).c_str() : "");
    }
    if (ImGui::Button("Open Rituals")) ui.go(Route{Page::Rituals, kNoId});
}

void PeerScreen::drawTimelineTab(UiContext& ui, const Peer& peer) {
    const Notebook& nb = ui.notebook();
    // (date, text) of everything logged with this peer, newest first.
    std::vector<std::pair<CivilDate, std::string>> events;
    for (const auto& [day, id] : nb.meetingsOfPeer(peer.id)) {
        if (const Meeting* m = nb.findMeeting(id)) events.emplace_back(m->date, m->held ? "1:1 held" : "1:1 prepared");
    }
    for (const auto& [day, id] : nb.interactionsOfPeer(peer.id)) {
        if (const Interaction* i = nb.find<Interaction>(id)) events.emplace_back(i->date, std::string(label(i->kind)) + " " + i->note);
    }
    for (const auto& [id, f] : nb.all<Fact>()) {
        if (f.peerId == peer.id && f.learnedOn) events.emplace_back(*f.learnedOn, "Learned: " + f.text);
    }
    for (const auto& [id, c] : nb.all<Commitment>()) {
        if (c.peerId == peer.id) events.emplace_back(c.madeOn, "Commitment: " + c.text);
    }
    for (const TrustRecord& t : peer.trustHistory) events.emplace_back(t.date, "Trust " + std::to_string(t.level) + "/5 " + t.note);
    std::stable_sort(events.begin(), events.end(), [](const auto& a, const auto& b) { return a.first > b.first; });
    if (events.empty()) emptyState("Everything you log with them (1:1s, contacts, facts, commitments) lines up here, newest first.");
    ImGuiListClipper clipper;
    clipper.Begin(static_cast<int>(events.size()));
    while (clipper.Step()) {
        for (int i = clipper.DisplayStart; i < clipper.DisplayEnd; ++i) {
            const auto& [date, text] = events[static_cast<size_t>(i)];
            ImGui::TextDisabled("%s", shortDate(date).c_str());
            ImGui::SameLine(ImGui::GetFontSize() * 7.0f);
            ImGui::TextUnformatted(text.c_str());
        }
    }
}

}  // namespace rapport::ui
