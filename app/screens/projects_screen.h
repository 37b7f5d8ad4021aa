// Joint projects: a phase board (explore -> converge -> execute -> done, dropped apart) with the
// two-week timebox's day count on each card, and a form to start one.
#pragma once

#include <string>
#include <vector>

#include "app/edit_widgets.h"
#include "app/ui_context.h"
#include "core/model/project.h"

namespace rapport::ui {

class ProjectsScreen final : public Screen {
public:
    void draw(UiContext& ui) override;

private:
    void drawCard(UiContext& ui, const JointProject& project);
    void drawNewProject(UiContext& ui);

    uint64_t m_revision = 0;
    std::vector<const JointProject*> m_byPhase[5];  // by ProjectPhase, newest start first
    std::string m_title, m_peerFilter;
    std::vector<EntityId> m_peers;
    int m_kind = 0;
    bool m_focusTitle = true;
    RowEditor<JointProject> m_row;  // the project being corrected
    std::string m_editFilter;
};

}  // namespace rapport::ui
