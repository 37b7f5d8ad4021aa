// The words of the sample notebook: names, roles, facts, agenda topics, in our own words.
#pragma once

#include <cstddef>

namespace rapport::sample {

struct PeerSeed {
    const char* name;
    const char* role;
    const char* team;
};

extern const PeerSeed kPeers[];
extern const size_t kPeerCount;
extern const char* const kFamily[];
extern const char* const kHobbies[];
extern const char* const kMusic[];
extern const char* const kFood[];
extern const char* const kTravel[];
extern const char* const kBanter[];
extern const char* const kAgenda[];
extern const char* const kCommitments[];
extern const char* const kInterests[];
extern const size_t kListSize;  // every list above but kPeers has this many entries
extern const size_t kAgendaCount;

}  // namespace rapport::sample
