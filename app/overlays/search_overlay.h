// Search (Ctrl+K): one box that finds peers, facts, meeting notes, commitments and projects as you type,
// and jumps to the hit (arrow keys pick, Enter opens, Esc closes).
#pragma once

#include <string>
#include <vector>

#include "app/focus_wait.h"
#include "app/ui_context.h"
#include "core/search/search_index.h"

namespace rapport::ui {

class SearchOverlay {
public:
    void open() { m_open = true; m_justOpened = true; m_focus.start(); }
    bool isOpen() const { return m_open; }
    // Just opened, and its text field does not have the keyboard yet: typing must wait for it.
    bool takingKeyboard() const { return m_open && m_focus.waiting(); }
    // Draws the overlay when open; Esc or its own actions close it.
    void draw(UiContext& ui);

    // Where a hit opens: a peer's page for peers, facts and commitments, the 1:1, the project...
    static Route routeOf(const SearchHit& hit);

private:
    void refresh(UiContext& ui);
    void jump(UiContext& ui, const SearchHit& hit);

    bool m_open = false;
    bool m_justOpened = false;
    FocusWait m_focus;  // the field, until it has the keyboard
    std::string m_query;
    int m_selected = 0;
    // The hits of m_query at m_revision (searched only when either changes, or the index read more).
    std::string m_searched;
    uint64_t m_revision = 0;
    double m_readiness = 0;
    std::vector<SearchHit> m_hits;
};

}  // namespace rapport::ui
