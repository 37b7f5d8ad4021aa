// cereal serialization of every model type, kept apart from the model (whose headers never include
// cereal). Every type is versioned from its first release; loading a newer version or an unknown enum
// value throws cereal::Exception with a clear message. Fixed-width integers only.
#pragma once

#include <cereal/cereal.hpp>
#include <cereal/types/optional.hpp>
#include <cereal/types/string.hpp>

#include <cstdint>
#include <string>
#include <string_view>
#include <type_traits>
#include <vector>

#include "core/model/command.h"
#include "core/model/entity.h"
#include "core/model/fields.h"
#include "core/model/notebook.h"

namespace rapport::io {

// Throws when data was written by a newer version of a type than this build knows.
inline void checkVersion(std::uint32_t version, std::uint32_t known, const char* what) {
    if (version > known) {
        throw cereal::Exception(std::string("The ") + what + " was saved by a newer version of Rapport (format " +
                                std::to_string(version) + ", this build reads up to " + std::to_string(known) + ").");
    }
}

// An enum stored as its fixed-width underlying integer; an unknown value throws on load.
template <class E>
struct EnumField {
    E& ref;
    template <class A>
    void save(A& ar) const {
        const auto v = static_cast<std::underlying_type_t<E>>(ref);
        ar(v);
    }
    template <class A>
    void load(A& ar) {
        std::underlying_type_t<E> v{};
        ar(v);
        if (!isValid(E(v))) throw cereal::Exception("Unknown enumeration value " + std::to_string(int64_t(v)) + " in the data.");
        ref = E(v);
    }
};
template <class E>
EnumField<E> enumField(E& e) {
    static_assert(std::is_enum_v<E>, "enumField is for enums");
    return EnumField<E>{e};
}

// A vector as a size tag then its elements. Loading never reserves from the claimed size: memory grows
// only with elements actually read, so a false size fails when the bytes run out.
template <class T>
struct ListField {
    std::vector<T>& ref;
    template <class A>
    void save(A& ar) const {
        ar(cereal::make_size_tag(static_cast<cereal::size_type>(ref.size())));
        for (const T& x : ref) ar(x);
    }
    template <class A>
    void load(A& ar) {
        cereal::size_type n = 0;
        ar(cereal::make_size_tag(n));
        ref.clear();
        for (cereal::size_type i = 0; i < n; ++i) {
            T x{};
            ar(x);
            ref.push_back(std::move(x));
        }
    }
};
template <class T>
ListField<T> list(std::vector<T>& v) {
    return ListField<T>{v};
}
template <class T> struct IsOptionalEnum : std::false_type {};
template <class E> struct IsOptionalEnum<std::optional<E>> : std::is_enum<E> {};
template <class T> struct IsList : std::false_type {};
template <class T> struct IsList<std::vector<T>> : std::true_type {};

// Reads or writes a model type's fields (model/fields.h) in their listed order, each the way this file
// stores it: an enum as enumField, a vector as list, anything else as itself. A field that version N of
// the type added (v("name", field, N)) is read only from data of version N or newer.
template <class A>
struct FieldArchive {
    A& ar;
    std::uint32_t version;
    template <class T>
    void operator()(const char* /*name*/, T& field, std::uint32_t since = 1) {
        if (version < since) return;  // older data: the field keeps the default the loader starts from
        if constexpr (std::is_enum_v<T>) {
            ar(enumField(field));
        } else if constexpr (IsOptionalEnum<T>::value) {
            // "present" then the checked enum (cereal's own optional would store the value unchecked).
            bool present = field.has_value();
            ar(present);
            if (!present) {
                field.reset();
                return;
            }
            if (!field) field.emplace();
            ar(enumField(*field));
        } else if constexpr (IsList<T>::value) {
            ar(list(field));
        } else {
            ar(field);
        }
    }
};

// serialize() of a type with a field list: refuses a version newer than `known`, then the fields.
template <class A, class T>
void serializeFields(A& ar, T& x, std::uint32_t version, std::uint32_t known, const char* what) {
    checkVersion(version, known, what);
    FieldArchive<A> visitor{ar, version};
    fields(visitor, x);
}

// An Entity as its uint16 kind tag then the payload; an unknown kind throws on load.
struct EntityField {
    Entity& ref;
    template <class A>
    void save(A& ar) const;
    template <class A>
    void load(A& ar);
};

}  // namespace rapport::io

namespace rapport {

// CivilDate: its int32 day number; a day outside years 1..9999 throws on load.
template <class A>
void save(A& ar, const CivilDate& d) {
    const int32_t n = d.dayNumber();
    ar(n);
}
template <class A>
void load(A& ar, CivilDate& d) {
    int32_t n = 0;
    ar(n);
    if (n < CivilDate::ymd(1, 1, 1).dayNumber() || n > CivilDate::ymd(9999, 12, 31).dayNumber()) {
        throw cereal::Exception("A date in the data is out of range (day " + std::to_string(n) + ").");
    }
    d = CivilDate::fromDayNumber(n);
}

// The types with a field list (model/fields.h), each with the newest version this build knows (keep it
// equal to its CEREAL_CLASS_VERSION at the end of this file) and its name in error messages.
template <class A> void serialize(A& ar, TrustRecord& x, std::uint32_t const v) { io::serializeFields(ar, x, v, 1, "trust record"); }
template <class A> void serialize(A& ar, Peer& x, std::uint32_t const v) { io::serializeFields(ar, x, v, 1, "peer"); }
template <class A> void serialize(A& ar, AnnualDate& x, std::uint32_t const v) { io::serializeFields(ar, x, v, 1, "annual date"); }
template <class A> void serialize(A& ar, Fact& x, std::uint32_t const v) { io::serializeFields(ar, x, v, 1, "fact"); }
template <class A> void serialize(A& ar, Connection& x, std::uint32_t const v) { io::serializeFields(ar, x, v, 1, "connection"); }
template <class A> void serialize(A& ar, BanterTopic& x, std::uint32_t const v) { io::serializeFields(ar, x, v, 1, "banter topic"); }
template <class A> void serialize(A& ar, PhaseNotes& x, std::uint32_t const v) { io::serializeFields(ar, x, v, 1, "phase notes"); }
template <class A> void serialize(A& ar, Observation& x, std::uint32_t const v) { io::serializeFields(ar, x, v, 1, "observation"); }
template <class A> void serialize(A& ar, JointProject& x, std::uint32_t const v) { io::serializeFields(ar, x, v, 1, "joint project"); }
template <class A> void serialize(A& ar, Commitment& x, std::uint32_t const v) { io::serializeFields(ar, x, v, 1, "commitment"); }
template <class A> void serialize(A& ar, Ritual& x, std::uint32_t const v) { io::serializeFields(ar, x, v, 1, "ritual"); }
template <class A> void serialize(A& ar, Cadence& x, std::uint32_t const v) { io::serializeFields(ar, x, v, 1, "cadence"); }
template <class A> void serialize(A& ar, SeriesPeriod& x, std::uint32_t const v) { io::serializeFields(ar, x, v, 2, "series period"); }
template <class A> void serialize(A& ar, OccurrenceChange& x, std::uint32_t const v) { io::serializeFields(ar, x, v, 1, "occurrence change"); }
template <class A> void serialize(A& ar, OneOnOneSeries& x, std::uint32_t const v) { io::serializeFields(ar, x, v, 2, "1:1 series"); }
template <class A> void serialize(A& ar, AgendaItem& x, std::uint32_t const v) { io::serializeFields(ar, x, v, 1, "agenda item"); }
template <class A> void serialize(A& ar, Insight& x, std::uint32_t const v) { io::serializeFields(ar, x, v, 1, "insight"); }
template <class A> void serialize(A& ar, Conflict& x, std::uint32_t const v) { io::serializeFields(ar, x, v, 1, "conflict"); }
template <class A> void serialize(A& ar, Meeting& x, std::uint32_t const v) { io::serializeFields(ar, x, v, 1, "1:1 meeting"); }
template <class A> void serialize(A& ar, PreviewPeer& x, std::uint32_t const v) { io::serializeFields(ar, x, v, 1, "preview peer"); }
template <class A> void serialize(A& ar, ExecPreview& x, std::uint32_t const v) { io::serializeFields(ar, x, v, 1, "exec-staff preview"); }
template <class A> void serialize(A& ar, JournalEntry& x, std::uint32_t const v) { io::serializeFields(ar, x, v, 1, "journal entry"); }
template <class A> void serialize(A& ar, Interaction& x, std::uint32_t const v) { io::serializeFields(ar, x, v, 1, "interaction"); }

template <class A>
void serialize(A& ar, Settings& s, std::uint32_t const version) {
    io::checkVersion(version, 4, "settings");
    ar(s.id, s.myName, io::list(s.myInterests), s.weeklyBudgetMinutes, io::enumField(s.directReportWeekday),
       io::enumField(s.peerWeekday), io::enumField(s.otherWeekday), s.driftGraceDays, s.defaultMeetingMinutes);
    // Format 2 added the look of the app; format-1 data keeps the default size and the light theme,
    // the only one there was (a new notebook follows the system).
    if (version >= 2) ar(s.theme, s.fontSize);
    else s.theme = 0;
    // Format 3 added how numeric dates are read; older data keeps "unset" (ambiguous ones are refused).
    if (version >= 3) ar(io::enumField(s.dateOrder));
    // Format 4 added the weekday blocks' start times, the reminder horizon, the alarm and dismissals.
    if (version >= 4) {
        ar(s.directReportStartMinutes, s.peerStartMinutes, s.reminderDays, s.alarmMinutesBefore,
           io::list(s.dismissedReminders));
    }
}

template <class A> void serialize(A& ar, FollowUp& x, std::uint32_t const v) { io::serializeFields(ar, x, v, 1, "follow-up"); }

template <class A> void serialize(A& ar, BankTopic& x, std::uint32_t const v) { io::serializeFields(ar, x, v, 1, "bank topic"); }

template <class A>
void serialize(A& ar, EntityChange& c, std::uint32_t const version) {
    io::checkVersion(version, 1, "change");
    bool hasBefore = c.before.has_value();
    bool hasAfter = c.after.has_value();
    ar(hasBefore, hasAfter);
    if (!hasBefore && !hasAfter) throw cereal::Exception("A change with neither a before nor an after image.");
    if (hasBefore && !c.before) c.before.emplace();
    if (hasAfter && !c.after) c.after.emplace();
    if (hasBefore) ar(io::EntityField{*c.before});
    if (hasAfter) ar(io::EntityField{*c.after});
}

template <class A>
void serialize(A& ar, Command& c, std::uint32_t const version) {
    io::checkVersion(version, 1, "command");
    ar(c.label, io::list(c.changes));
}

// Notebook: the entity count then every entity (kind order, then id); loading rebuilds it through
// Notebook::fromEntities, so a snapshot with dangling references or bad fields throws.
template <class A>
void save(A& ar, const Notebook& nb, std::uint32_t const version) {
    io::checkVersion(version, 1, "notebook");
    std::vector<Entity> all = nb.entities();
    ar(cereal::make_size_tag(static_cast<cereal::size_type>(all.size())));
    for (Entity& e : all) ar(io::EntityField{e});
}
template <class A>
void load(A& ar, Notebook& nb, std::uint32_t const version) {
    io::checkVersion(version, 1, "notebook");
    cereal::size_type n = 0;
    ar(cereal::make_size_tag(n));
    std::vector<Entity> all;
    for (cereal::size_type i = 0; i < n; ++i) {
        Entity e;
        ar(io::EntityField{e});
        all.push_back(std::move(e));
    }
    auto r = Notebook::fromEntities(std::move(all));
    if (!r) throw cereal::Exception("The notebook data is inconsistent: " + r.error().message);
    nb = std::move(r).value();
}

}  // namespace rapport

namespace rapport::io {

template <class A>
void EntityField::save(A& ar) const {
    const uint16_t kind = static_cast<uint16_t>(kindOf(ref));
    ar(kind);
    std::visit([&](auto& x) { ar(x); }, const_cast<Entity&>(ref));
}

namespace detail {
template <size_t I = 0, class A>
void loadAlternative(A& ar, Entity& e, size_t index) {
    if constexpr (I < std::variant_size_v<Entity>) {
        if (index == I) {
            e.template emplace<I>();
            ar(std::get<I>(e));
            return;
        }
        loadAlternative<I + 1>(ar, e, index);
    }
}
}  // namespace detail

template <class A>
void EntityField::load(A& ar) {
    uint16_t kind = 0;
    ar(kind);
    if (!isValid(EntityKind(kind))) {
        throw cereal::Exception("Unknown entity kind " + std::to_string(kind) + " (written by a newer Rapport?).");
    }
    detail::loadAlternative(ar, ref, size_t(kind) - 1);
}

}  // namespace rapport::io

CEREAL_CLASS_VERSION(rapport::TrustRecord, 1)
CEREAL_CLASS_VERSION(rapport::Peer, 1)
CEREAL_CLASS_VERSION(rapport::AnnualDate, 1)
CEREAL_CLASS_VERSION(rapport::Fact, 1)
CEREAL_CLASS_VERSION(rapport::Connection, 1)
CEREAL_CLASS_VERSION(rapport::BanterTopic, 1)
CEREAL_CLASS_VERSION(rapport::PhaseNotes, 1)
CEREAL_CLASS_VERSION(rapport::Observation, 1)
CEREAL_CLASS_VERSION(rapport::JointProject, 1)
CEREAL_CLASS_VERSION(rapport::Commitment, 1)
CEREAL_CLASS_VERSION(rapport::Ritual, 1)
CEREAL_CLASS_VERSION(rapport::Cadence, 1)
CEREAL_CLASS_VERSION(rapport::SeriesPeriod, 2)  // 2: weekday, time, length
CEREAL_CLASS_VERSION(rapport::OccurrenceChange, 1)
CEREAL_CLASS_VERSION(rapport::OneOnOneSeries, 2)  // 2: time of day
CEREAL_CLASS_VERSION(rapport::AgendaItem, 1)
CEREAL_CLASS_VERSION(rapport::Insight, 1)
CEREAL_CLASS_VERSION(rapport::Conflict, 1)
CEREAL_CLASS_VERSION(rapport::Meeting, 1)
CEREAL_CLASS_VERSION(rapport::PreviewPeer, 1)
CEREAL_CLASS_VERSION(rapport::ExecPreview, 1)
CEREAL_CLASS_VERSION(rapport::JournalEntry, 1)
CEREAL_CLASS_VERSION(rapport::Interaction, 1)
CEREAL_CLASS_VERSION(rapport::Settings, 4)  // 2: theme, font size; 3: date order; 4: blocks, reminders
CEREAL_CLASS_VERSION(rapport::FollowUp, 1)
CEREAL_CLASS_VERSION(rapport::BankTopic, 1)
CEREAL_CLASS_VERSION(rapport::EntityChange, 1)
CEREAL_CLASS_VERSION(rapport::Command, 1)
CEREAL_CLASS_VERSION(rapport::Notebook, 1)

namespace rapport {

// Encodes with cereal's BinaryOutputArchive. Never fails.
std::string encodeCommand(const Command& c);
std::string encodeNotebook(const Notebook& nb);
std::string encodeEntity(const Entity& e);

// Decodes with the bounded archive: truncated, damaged or newer-format bytes (and trailing bytes)
// give an Error naming the problem; never a crash or an allocation beyond the input's size.
Result<Command> decodeCommand(std::string_view bytes);
Result<Notebook> decodeNotebook(std::string_view bytes);
// The entities of encodeNotebook() bytes, in stored order, without building the notebook (the store
// times the two steps apart; Notebook::fromEntities checks and indexes them).
Result<std::vector<Entity>> decodeNotebookEntities(std::string_view bytes);
Result<Entity> decodeEntity(std::string_view bytes);

}  // namespace rapport
