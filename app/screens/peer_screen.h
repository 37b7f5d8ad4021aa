// A peer's page: Profile, Get to know, 1:1s, Projects, Commitments, Rituals and Timeline tabs.
// The tabs live in peer_*_tab.cpp files; this class holds the edit buffers they share.
#pragma once

#include <string>

#include "app/screens/important_dates_view.h"
#include "app/ui_context.h"
#include "core/model/peer.h"

namespace rapport::ui {

class PeerScreen final : public Screen {
public:
    void draw(UiContext& ui) override;

private:
    void drawHeader(UiContext& ui, const Peer& peer);
    void drawProfileTab(UiContext& ui, const Peer& peer);
    void drawGetToKnowTab(UiContext& ui, const Peer& peer);
    void drawOneOnOnesTab(UiContext& ui, const Peer& peer);
    void drawProjectsTab(UiContext& ui, const Peer& peer);
    void drawCommitmentsTab(UiContext& ui, const Peer& peer);
    void drawRitualsTab(UiContext& ui, const Peer& peer);
    void drawTimelineTab(UiContext& ui, const Peer& peer);
    // Get to know: important dates (with their form) and interest matches, after the facts.
    void drawDatesAndMatches(UiContext& ui, const Peer& peer);
    // Saves m_edit if it differs from `peer` (one undoable "Edit <name>" step per field committed).
    void saveEdit(UiContext& ui, const Peer& peer);

    EntityId m_peerId = kNoId;
    uint64_t m_editRevision = 0;
    Peer m_edit;  // the profile form's working copy
    std::string m_tagsText, m_metOnText, m_trustNote;
    // Add-forms of the tabs.
    std::string m_factText, m_factWhere, m_connection, m_banter, m_commitment, m_commitmentDue;
    int m_factCategory = 0;
    bool m_theyOwe = false;
    std::string m_seriesStart;
    ImportantDateForm m_dateForm;
};

}  // namespace rapport::ui
