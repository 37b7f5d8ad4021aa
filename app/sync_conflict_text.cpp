// Field names and values come from the model's one field list (core/model/fields.h, the names the JSON
// backup uses), read at the conflict's position in the entity's tie() list, which has the same order.
#include "app/sync_conflict_text.h"

#include <type_traits>

#include "core/interchange/backup_fields.h"

namespace rapport::ui {
namespace {

template <class T>
std::string valueText(const T& v) {
    if constexpr (std::is_same_v<T, std::string>) {
        if (v.empty()) return "(empty)";
        return "\"" + (v.size() > 120 ? v.substr(0, 117) + "..." : v) + "\"";
    } else if constexpr (std::is_same_v<T, bool>) {
        return v ? "yes" : "no";
    } else if constexpr (std::is_integral_v<T>) {
        return std::to_string(v);
    } else if constexpr (std::is_same_v<T, std::vector<std::string>>) {
        std::string out;
        for (const std::string& s : v) out += (out.empty() ? "" : ", ") + s;
        return out.empty() ? "(none)" : out;
    } else {
        return "";  // dates, lists, enums: the field's name says enough, the values are on the record
    }
}

// Visits the fields of one entity in their listed order, noting the name and text of field `index`
// and the first of name / title / text, which names the record.
struct FieldReader {
    explicit FieldReader(size_t i) : index(i) {}
    size_t index;
    size_t at = 0;
    std::string name, value, title;
    template <class F>
    void operator()(const char* key, const F& field, int /*sinceVersion*/ = 0) {
        if (at == index) {
            name = key;
            value = valueText(field);
        }
        if constexpr (std::is_same_v<F, std::string>) {
            const std::string k = key;
            if (title.empty() && (k == "name" || k == "title" || k == "text" || k == "myName")) title = field;
        }
        ++at;
    }
};

FieldReader readField(const Entity& e, size_t index) {
    FieldReader r(index);
    std::visit(
        [&](const auto& x) {
            using T = std::decay_t<decltype(x)>;
            T copy = x;  // the field lists take non-const references
            if constexpr (std::is_same_v<T, Settings>) interchange::fields(r, copy);
            else fields(r, copy);
        },
        e);
    return r;
}

std::string deviceText(const sync::SyncState& s, uint64_t device) {
    if (device == s.deviceId) return "this device";
    auto it = s.remotes.find(device);
    if (it != s.remotes.end() && !it->second.name.empty()) return "\"" + it->second.name + "\"";
    return "another device";
}

}  // namespace

ConflictText describeConflict(const sync::SyncState& s, const sync::Conflict& c) {
    ConflictText t;
    const FieldReader kept = readField(c.kept, c.field), other = readField(c.other, c.field);
    const std::string title = !other.title.empty() ? other.title : kept.title;
    const std::string kind = kindName(kindOf(c.other));
    t.record = title.empty() ? "A " + kind : (title.size() > 60 ? title.substr(0, 57) + "..." : title) + " (" + kind + ")";
    if (!c.deleted) {
        t.field = kept.name;
        t.kept = kept.value;
        t.other = other.value;
    }
    t.keptBy = deviceText(s, c.keptStamp.device);
    t.otherBy = deviceText(s, c.otherStamp.device);
    return t;
}

}  // namespace rapport::ui
