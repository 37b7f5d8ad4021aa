// Command builders for joint projects: a project, its phase (divergence, convergence) and observations.
#include "core/model/command_util.h"
#include "core/model/commands.h"
#include "core/model/important_dates.h"

#include <algorithm>

namespace rapport {

using detail::existing;
using detail::peerName;
using detail::shortened;
using detail::requirePeer;
using detail::single;

Result<Command> addProject(const Notebook& nb, IdSource& ids, std::string title, std::vector<EntityId> peerIds,
                           ProjectKind kind, CivilDate start, int32_t timeboxDays) {
    JointProject p;
    p.id = ids.next();
    p.title = std::move(title);
    p.peerIds = std::move(peerIds);
    p.kind = kind;
    p.start = start;
    p.timeboxDays = timeboxDays;
    return single(nb, "Started the project " + shortened(p.title), std::nullopt, p);
}

Result<Command> setProjectPhase(const Notebook& nb, EntityId projectId, ProjectPhase phase, CivilDate date) {
    auto p = existing<JointProject>(nb, projectId);
    if (!p) return p.error();
    JointProject after = p.value();
    if (date < after.start) return makeError("The phase change is dated before the project started.");
    after.phase = phase;
    if (after.isActive()) after.endedOn.reset();
    else after.endedOn = date;
    return single(nb, "Moved " + shortened(after.title) + " to " + label(phase), p.value(), after);
}

Result<Command> addObservation(const Notebook& nb, EntityId projectId, Observation observation) {
    auto p = existing<JointProject>(nb, projectId);
    if (!p) return p.error();
    JointProject after = p.value();
    if (observation.peerId != kNoId &&
        std::find(after.peerIds.begin(), after.peerIds.end(), observation.peerId) == after.peerIds.end()) {
        return makeError("That peer is not part of the project.");
    }
    after.observations.push_back(std::move(observation));
    return single(nb, "Added an observation to " + shortened(after.title), p.value(), after);
}

}  // namespace rapport
