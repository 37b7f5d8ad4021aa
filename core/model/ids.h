// Entity ids: random 64-bit numbers, so two devices can create entities without coordinating
// (a later multi-device merge needs no id remapping).
#pragma once

#include <cstdint>
#include <random>

namespace rapport {

// The id of one entity; 0 means "none" (an unset optional reference).
using EntityId = uint64_t;
constexpr EntityId kNoId = 0;

// Produces nonzero random ids. The store seeds it from a real entropy source; tests use a fixed seed
// so ids are reproducible. Never fails; collisions (2^-64 per pair) are caught by Notebook::apply.
class IdSource {
public:
    explicit IdSource(uint64_t seed) : m_engine(seed) {}
    EntityId next() {
        EntityId id = kNoId;
        while (id == kNoId) id = m_engine();
        return id;
    }

private:
    std::mt19937_64 m_engine;
};

}  // namespace rapport
