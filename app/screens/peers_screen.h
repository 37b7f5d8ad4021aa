// Peers: the list with filter, sort and tags, and the one-line "add a peer" field; opens a peer's page.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "app/ui_context.h"

namespace rapport::ui {

class PeersScreen final : public Screen {
public:
    void draw(UiContext& ui) override;

    enum class SortBy { Name, LastInteraction, Trust, Interdependence };

private:
    struct Row {
        EntityId id;
        std::string name;
        std::string detail;  // role, team
        std::optional<CivilDate> last;
        uint8_t trust;
        int interdependence;  // 0 = strong
        std::string tags;
    };
    void drawAddField(UiContext& ui);
    void drawFilters(UiContext& ui);
    void refresh(UiContext& ui);

    std::string m_newName;
    std::string m_filter;
    std::string m_tag;  // "" = all tags
    SortBy m_sort = SortBy::Name;
    bool m_descending = false;  // the reverse of the sort's natural order (a second click on a header)
    bool m_showArchived = false;
    bool m_focusAdd = true;  // keyboard-first: the cursor starts in the add field

    // Rows are rebuilt only when the notebook or the filter changes, not every frame.
    std::vector<Row> m_rows;
    std::vector<std::string> m_allTags;
    uint64_t m_rowsRevision = 0;
    std::string m_rowsKey;
};

}  // namespace rapport::ui
