// Joint project: "work on something together", timeboxed, moving explore -> converge -> execute.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <tuple>
#include <vector>

#include "core/model/enums.h"
#include "core/model/ids.h"
#include "core/util/civil_date.h"

namespace rapport {

// Notes of one phase (explore, converge or execute).
struct PhaseNotes {
    ProjectPhase phase = ProjectPhase::Explore;
    std::string whatIKnow;
    std::string whatTheyKnow;
    std::string debates;
    std::string ideas;
    std::string peopleTalkedTo;
    std::string decision;

    auto tie() const { return std::tie(phase, whatIKnow, whatTheyKnow, debates, ideas, peopleTalkedTo, decision); }
    bool operator==(const PhaseNotes& o) const { return tie() == o.tie(); }
    bool operator!=(const PhaseNotes& o) const { return !(*this == o); }
};

// What working together taught me about how a peer thinks, what they value, how they communicate.
struct Observation {
    CivilDate date;
    EntityId peerId = kNoId;  // kNoId: about the group
    ObservationAspect aspect = ObservationAspect::Other;
    std::string text;

    auto tie() const { return std::tie(date, peerId, aspect, text); }
    bool operator==(const Observation& o) const { return tie() == o.tie(); }
    bool operator!=(const Observation& o) const { return !(*this == o); }
};

struct JointProject {
    // A timebox longer than this gets a warning (the practice: keep it short, 2-3 weeks).
    static constexpr int32_t kDefaultTimeboxDays = 14;
    static constexpr int32_t kWarnAfterDays = 21;

    EntityId id = kNoId;
    std::string title;
    std::vector<EntityId> peerIds;  // at least one
    ProjectKind kind = ProjectKind::WhiteSpace;
    CivilDate start;
    int32_t timeboxDays = kDefaultTimeboxDays;
    ProjectPhase phase = ProjectPhase::Explore;
    std::vector<PhaseNotes> phaseNotes;  // at most one per phase
    std::vector<Observation> observations;
    std::optional<CivilDate> endedOn;  // set when Done or Dropped
    std::string outcome;
    std::string retro;

    // True while Explore, Converge or Execute.
    bool isActive() const { return phase != ProjectPhase::Done && phase != ProjectPhase::Dropped; }
    // The last day of the timebox.
    CivilDate timeboxEnd() const { return start.addDays(timeboxDays - 1); }

    auto tie() const {
        return std::tie(id, title, peerIds, kind, start, timeboxDays, phase, phaseNotes, observations, endedOn,
                        outcome, retro);
    }
    bool operator==(const JointProject& o) const { return tie() == o.tie(); }
    bool operator!=(const JointProject& o) const { return !(*this == o); }
};

}  // namespace rapport
