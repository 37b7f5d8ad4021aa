// Checker: internal helper of validation*.cpp; records the first broken field rule of one entity as a
// sentence naming the entity and the field.
#pragma once

#include <optional>
#include <set>
#include <string>
#include <vector>

#include "core/model/validation.h"

namespace rapport {

// Accumulates the first failure; later checks are skipped once one failed.
class Checker {
public:
    explicit Checker(std::string what) : m_what(std::move(what)) {}

    void fail(const std::string& message) {
        if (!m_error) m_error = makeError(message);
    }
    void name(const std::string& value, const char* field) {
        if (m_error) return;
        auto r = checkedName(value, m_what + "'s " + field);
        if (!r) fail(r.error().message);
        else if (r.value() != value) fail("The " + m_what + "'s " + field + " has spaces at either end.");
    }
    void text(const std::string& value, const char* field) {
        if (value.size() > kMaxTextLength) {
            fail("The " + m_what + "'s " + field + " is longer than " + std::to_string(kMaxTextLength) +
                 " characters.");
        }
    }
    void nonEmpty(const std::string& value, const char* field) {
        if (value.find_first_not_of(" \t\r\n") == std::string::npos) fail("The " + m_what + "'s " + field + " is empty.");
        text(value, field);
    }
    void shortText(const std::string& value, const char* field) {
        if (value.size() > kMaxNameLength) {
            fail("The " + m_what + "'s " + field + " is longer than " + std::to_string(kMaxNameLength) +
                 " characters.");
        }
    }
    void date(CivilDate d, const char* field) {
        if (d < minNotebookDate() || d > maxNotebookDate()) {
            fail("The " + m_what + "'s " + field + " (" + d.toIso() + ") is out of range (1900 to 2199).");
        }
    }
    void date(const std::optional<CivilDate>& d, const char* field) {
        if (d) date(*d, field);
    }
    template <class E>
    void enumValue(E v, const char* field) {
        if (!isValid(v)) fail("The " + m_what + "'s " + field + " has an unknown value " + std::to_string(int(v)) + ".");
    }
    template <class T>
    void list(const std::vector<T>& v, const char* field) {
        if (v.size() > kMaxListLength) fail("The " + m_what + " has too many " + field + ".");
    }
    void range(int64_t v, int64_t lo, int64_t hi, const char* field) {
        if (v < lo || v > hi) {
            fail("The " + m_what + "'s " + field + " (" + std::to_string(v) + ") must be between " +
                 std::to_string(lo) + " and " + std::to_string(hi) + ".");
        }
    }
    void required(EntityId id, const char* field) {
        if (id == kNoId) fail("The " + m_what + " needs a " + field + ".");
    }
    void distinct(const std::vector<EntityId>& ids, const char* field) {
        std::set<EntityId> seen;
        for (EntityId id : ids) {
            if (id == kNoId || !seen.insert(id).second) fail("The " + m_what + " lists a " + field + " twice or empty.");
        }
    }
    Status result() const { return m_error ? Status(*m_error) : Status(); }

private:
    std::string m_what;
    std::optional<Error> m_error;
};

// The rules of the types validated in validation_meetings.cpp.
Status checkRest(const Entity& e);

}  // namespace rapport
