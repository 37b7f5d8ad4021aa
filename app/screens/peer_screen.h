// A peer's page: Profile, Get to know, 1:1s, Projects, Commitments, Rituals and Timeline tabs.
// The tabs live in peer_screen.cpp (frame, Profile), peer_get_to_know_tab.cpp and one peer_*_tab.cpp per
// other tab; this class holds the edit buffers they share.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "app/edit_widgets.h"
#include "app/form_widgets.h"
#include "app/screens/important_dates_view.h"
#include "app/screens/series_change_view.h"
#include "app/ui_context.h"
#include "core/model/peer.h"
#include "core/rules/connections.h"
#include "core/rules/important_dates.h"
#include "core/rules/timeline.h"

namespace rapport::ui {

// What the header and the tabs show of the peer, from the core's rules (rules/peer_records.h,
// timeline.h, important_dates.h, connections.h), computed once per notebook revision and day instead of
// every frame. Its pointers stay valid until the notebook changes, which renews it (PeerScreen::lists).
struct PeerLists {
    uint64_t revision = 0;
    EntityId peerId = kNoId;
    CivilDate today;
    std::optional<CivilDate> lastContact;
    std::vector<const Fact*> facts;
    std::vector<const Connection*> connections;
    std::vector<const BanterTopic*> banter;
    std::vector<const Commitment*> owedByMe, owedToMe;
    std::vector<const OneOnOneSeries*> series;
    std::vector<const JointProject*> projects;
    std::vector<const Ritual*> rituals;
    std::vector<TimelineEvent> timeline;
    std::vector<ComingUpDate> dates;
    std::vector<ConnectionSuggestion> matches;
};

class PeerScreen final : public Screen {
public:
    void draw(UiContext& ui) override;
    // Saves the profile text being typed when another page opens.
    void leave(UiContext& ui) override;

private:
    void drawHeader(UiContext& ui, const Peer& peer);
    void drawProfileTab(UiContext& ui, const Peer& peer);
    void drawGetToKnowTab(UiContext& ui, const Peer& peer);
    void drawFacts(UiContext& ui, const Peer& peer);
    void drawConnections(UiContext& ui, const Peer& peer);
    void drawBanter(UiContext& ui, const Peer& peer);
    // Returns true when it changed the notebook (the tab's lists are stale then).
    bool drawCommitment(UiContext& ui, const Commitment& commitment);
    void drawTrustHistory(UiContext& ui, const Peer& peer);
    void drawDelete(UiContext& ui, const Peer& peer);
    void drawOneOnOnesTab(UiContext& ui, const Peer& peer);
    void drawProjectsTab(UiContext& ui, const Peer& peer);
    void drawCommitmentsTab(UiContext& ui, const Peer& peer);
    void drawRitualsTab(UiContext& ui, const Peer& peer);
    void drawTimelineTab(UiContext& ui, const Peer& peer);
    // Get to know: important dates (with their form) and interest matches, after the facts.
    void drawDatesAndMatches(UiContext& ui, const Peer& peer);
    // Saves m_edit if it differs from `peer` (one undoable "Edit <name>" step per field committed).
    void saveEdit(UiContext& ui, const Peer& peer);
    // The peer's lists, renewed when the notebook's revision, the peer or the day changed (also within a
    // frame, after a change: call it again rather than keeping its vectors across one).
    const PeerLists& lists(UiContext& ui, const Peer& peer);

    EntityId m_peerId = kNoId;
    uint64_t m_editRevision = 0;
    Peer m_edit;  // the profile form's working copy
    std::string m_tagsText, m_metOnText, m_trustNote;
    int m_phoneTab = 0;  // the section shown on a phone (wide screens keep the tab bar's own)
    // Add-forms of the tabs.
    std::string m_factText, m_connection, m_banter;
    int m_factCategory = 0;
    AnnualDate m_factDate;
    CommitmentForm m_commitmentForm;
    ImportantDateForm m_dateForm;
    // The rows being corrected (one at a time, app-wide).
    RowEditor<Fact> m_factRow;
    RowEditor<Connection> m_connectionRow;
    RowEditor<BanterTopic> m_banterRow;
    RowEditor<OneOnOneSeries> m_seriesRow;
    SeriesChangeForm m_seriesChange;
    RowEditor<Commitment> m_commitmentRow;
    RowEditor<Interaction> m_contactRow;  // a logged contact, on the Timeline tab
    RowEditor<Ritual> m_ritualRow;         // a ritual, on the Rituals tab
    std::string m_ritualFilter;            // its peer list's filter
    RowEditor<std::string> m_trustRow;  // a trust record's note; the part is its index
    bool m_confirmDelete = false;
    PeerLists m_lists;
};

}  // namespace rapport::ui
