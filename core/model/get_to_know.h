// Get to know: personal facts about a peer, interests we share (connections) and banter topics.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <tuple>

#include "core/model/enums.h"
#include "core/model/ids.h"
#include "core/util/civil_date.h"

namespace rapport {

// A date that recurs every year (a birthday), with the year when known (0 = unknown).
// Feb 29 is allowed with no year; in common years it is observed on Feb 28.
struct AnnualDate {
    int16_t year = 0;
    uint8_t month = 1;
    uint8_t day = 1;

    auto tie() const { return std::tie(year, month, day); }
    bool operator==(const AnnualDate& o) const { return tie() == o.tie(); }
    bool operator!=(const AnnualDate& o) const { return !(*this == o); }
};

// A get-to-know fact ("Two kids, Ana (9) and Leo (6)"), with when and where I learned it.
struct Fact {
    EntityId id = kNoId;
    EntityId peerId = kNoId;
    FactCategory category = FactCategory::Other;
    std::string text;
    std::optional<CivilDate> learnedOn;
    std::string learnedWhere;
    std::optional<AnnualDate> date;  // required for ImportantDate, optional otherwise

    auto tie() const { return std::tie(id, peerId, category, text, learnedOn, learnedWhere, date); }
    bool operator==(const Fact& o) const { return tie() == o.tie(); }
    bool operator!=(const Fact& o) const { return !(*this == o); }
};

// An interest we share, from my profile or noted explicitly, and when it helped the relationship.
struct Connection {
    EntityId id = kNoId;
    EntityId peerId = kNoId;
    std::string interest;
    bool fromMyProfile = false;
    std::string note;
    std::string helpedWhen;

    auto tie() const { return std::tie(id, peerId, interest, fromMyProfile, note, helpedWhen); }
    bool operator==(const Connection& o) const { return tie() == o.tie(); }
    bool operator!=(const Connection& o) const { return !(*this == o); }
};

// Something light to chat about, and when I last used it (so I don't repeat myself).
struct BanterTopic {
    EntityId id = kNoId;
    EntityId peerId = kNoId;
    std::string text;
    std::optional<CivilDate> lastUsed;

    auto tie() const { return std::tie(id, peerId, text, lastUsed); }
    bool operator==(const BanterTopic& o) const { return tie() == o.tie(); }
    bool operator!=(const BanterTopic& o) const { return !(*this == o); }
};

}  // namespace rapport
