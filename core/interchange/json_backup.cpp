// JSON backup writer and strict reader, both driven by the field lists (model/fields.h, backup_fields.h).
#include "core/interchange/json_backup.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <limits>
#include <new>
#include <optional>
#include <stdexcept>
#include <type_traits>

#include "core/interchange/backup_fields.h"
#include "core/interchange/text_input.h"

namespace rapport::interchange {
namespace {

using Json = nlohmann::ordered_json;  // writing: keeps the fields in their listed order
// Reading: keys in a std::map. ordered_json finds a key by a linear scan, so an object of 100,000 keys
// (one crafted 1 MB file) would take minutes to build.
using ReadJson = nlohmann::json;

template <class T> struct IsOptional : std::false_type {};
template <class T> struct IsOptional<std::optional<T>> : std::true_type {};
template <class T> struct IsVector : std::false_type {};
template <class T> struct IsVector<std::vector<T>> : std::true_type {};

// A field that cannot be read: the message names where it is.
struct FieldError : std::runtime_error {
    using std::runtime_error::runtime_error;
};

// Ids are 64-bit: written as 16 hex digits (JSON numbers lose precision past 2^53 in most tools);
// kNoId, an unset reference, is null.
Json idToJson(EntityId id) {
    if (id == kNoId) return nullptr;
    static const char* kHex = "0123456789abcdef";
    std::string s(16, '0');
    for (int i = 15; i >= 0; --i, id >>= 4) s[size_t(i)] = kHex[id & 0xF];
    return s;
}

// Text as the reader takes it back: UTF-8 without NUL. Other bytes (never typed in the app; only a
// crafted or damaged store record holds them) become '?', one byte each, so every length limit still
// holds. Both broke restores (found by ./dev fuzz settings): U+FFFD, three bytes, pushed a 41-byte name
// past the 120-byte limit, and a NUL in the settings' name was written but refused on reading.
std::string restorableText(const std::string& x) {
    std::string out = isValidUtf8(x) ? x : validUtf8(x);
    std::replace(out.begin(), out.end(), '\0', '?');
    return out;
}

template <class T>
Json toJson(const T& x) {
    if constexpr (std::is_same_v<T, std::string>) {
        return restorableText(x);
    } else if constexpr (std::is_same_v<T, bool>) {
        return x;
    } else if constexpr (std::is_same_v<T, EntityId>) {
        return idToJson(x);
    } else if constexpr (std::is_enum_v<T>) {
        return static_cast<int64_t>(x);
    } else if constexpr (std::is_integral_v<T>) {
        return static_cast<int64_t>(x);
    } else if constexpr (std::is_same_v<T, CivilDate>) {
        return x.toIso();
    } else if constexpr (IsOptional<T>::value) {
        return x ? toJson(*x) : Json(nullptr);
    } else if constexpr (IsVector<T>::value) {
        Json a = Json::array();
        for (const auto& e : x) a.push_back(toJson(e));
        return a;
    } else {
        Json o = Json::object();
        // The third argument is the type's version that added the field (the reader's concern).
        auto writer = [&o](const char* key, const auto& field, std::uint32_t = 1) { o[key] = toJson(field); };
        fields(writer, const_cast<T&>(x));  // the field lists take non-const refs; the writer only reads
        return o;
    }
}

[[noreturn]] void fail(const std::string& path, const std::string& what) { throw FieldError(path + ": " + what); }

EntityId idFromJson(const ReadJson& j, const std::string& path) {
    if (j.is_null()) return kNoId;
    if (!j.is_string()) fail(path, "expected an id (16 hex digits) or null");
    const std::string& s = j.get_ref<const std::string&>();
    if (s.empty() || s.size() > 16) fail(path, "expected an id (16 hex digits) or null");
    EntityId id = 0;
    for (char c : s) {
        const int v = c >= '0' && c <= '9' ? c - '0' : c >= 'a' && c <= 'f' ? c - 'a' + 10 : c >= 'A' && c <= 'F' ? c - 'A' + 10 : -1;
        if (v < 0) fail(path, "expected an id (16 hex digits) or null");
        id = (id << 4) | EntityId(v);
    }
    return id;
}

template <class I>
I integerFromJson(const ReadJson& j, const std::string& path) {
    const auto lo = static_cast<int64_t>(std::numeric_limits<I>::min());
    const auto hi = static_cast<int64_t>(std::numeric_limits<I>::max());
    if (!j.is_number_integer()) fail(path, "expected a whole number");
    const bool negative = j.is_number_unsigned() ? false : j.get<int64_t>() < 0;
    if (j.is_number_unsigned() && j.get<uint64_t>() > uint64_t(hi)) fail(path, "number out of range");
    const int64_t v = negative ? j.get<int64_t>() : static_cast<int64_t>(j.get<uint64_t>());
    if (v < lo || v > hi) fail(path, "number out of range");
    return static_cast<I>(v);
}

template <class T>
void fromJson(const ReadJson& j, T& x, const std::string& path) {
    if constexpr (std::is_same_v<T, std::string>) {
        if (!j.is_string()) fail(path, "expected text");
        x = j.get<std::string>();
        // JSON can escape a NUL (\u0000); the app's text fields stop at one, so the rest of the text
        // would be lost at the first edit. Nothing else can put a NUL in a notebook.
        if (x.find('\0') != std::string::npos) fail(path, "text contains a NUL character (\\u0000)");
    } else if constexpr (std::is_same_v<T, bool>) {
        if (!j.is_boolean()) fail(path, "expected true or false");
        x = j.get<bool>();
    } else if constexpr (std::is_same_v<T, EntityId>) {
        x = idFromJson(j, path);
    } else if constexpr (std::is_enum_v<T>) {
        const T v = static_cast<T>(integerFromJson<std::underlying_type_t<T>>(j, path));
        if (!isValid(v)) fail(path, "unknown value " + j.dump() + " (written by a newer Rapport?)");
        x = v;
    } else if constexpr (std::is_integral_v<T>) {
        x = integerFromJson<T>(j, path);
    } else if constexpr (std::is_same_v<T, CivilDate>) {
        if (!j.is_string()) fail(path, "expected a date (YYYY-MM-DD)");
        auto d = CivilDate::parseIso(j.get_ref<const std::string&>());
        if (!d) fail(path, d.error().message);
        x = d.value();
    } else if constexpr (IsOptional<T>::value) {
        if (j.is_null()) {
            x.reset();
        } else {
            x.emplace();
            fromJson(j, *x, path);
        }
    } else if constexpr (IsVector<T>::value) {
        if (!j.is_array()) fail(path, "expected a list");
        x.clear();
        x.resize(j.size());
        for (size_t i = 0; i < j.size(); ++i) fromJson(j[i], x[i], path + "[" + std::to_string(i) + "]");
    } else {
        if (!j.is_object()) fail(path, "expected an object");
        // A field a later version of its type added (since > 1) may be missing from an older backup: it
        // keeps its default then, as in the binary format.
        auto reader = [&j, &path](const char* key, auto& field, std::uint32_t since = 1) {
            auto it = j.find(key);
            if (it == j.end() && since > 1) return;
            if (it == j.end()) fail(path, std::string("the field \"") + key + "\" is missing");
            fromJson(*it, field, path + "." + key);
        };
        fields(reader, x);
    }
}

template <size_t I = 0>
void readKind(const ReadJson& doc, std::vector<Entity>& out) {
    if constexpr (I < std::variant_size_v<Entity>) {
        const char* key = kBackupKindKeys[I];
        if (auto it = doc.find(key); it != doc.end()) {
            if (!it->is_array()) fail(key, "expected a list");
            for (size_t i = 0; i < it->size(); ++i) {
                std::variant_alternative_t<I, Entity> x;
                fromJson((*it)[i], x, std::string(key) + "[" + std::to_string(i) + "]");
                out.emplace_back(std::move(x));
            }
        }
        readKind<I + 1>(doc, out);
    }
}

// Builds the document as Json::parse does (nlohmann's own DOM builder), one SAX event at a time, and
// refuses nesting deeper than kMaxBackupDepth on its own counter. nlohmann's callback parser, used for
// that before, rescans the parent container at every closed object: a 1 MB list of {} took minutes.
// Every event here costs the same whatever came before, so reading is linear in the file's size.
class DepthLimitedDom {
public:
    DepthLimitedDom(ReadJson& doc, size_t* events) : m_dom(doc), m_events(events) {}

    bool null() { return count(m_dom.null()); }
    bool boolean(bool v) { return count(m_dom.boolean(v)); }
    bool number_integer(ReadJson::number_integer_t v) { return count(m_dom.number_integer(v)); }
    bool number_unsigned(ReadJson::number_unsigned_t v) { return count(m_dom.number_unsigned(v)); }
    bool number_float(ReadJson::number_float_t v, const std::string& s) { return count(m_dom.number_float(v, s)); }
    bool string(std::string& v) { return count(m_dom.string(v)); }
    bool binary(ReadJson::binary_t& v) { return count(m_dom.binary(v)); }
    bool key(std::string& v) { return count(m_dom.key(v)); }
    bool start_object(std::size_t n) { return enter() && count(m_dom.start_object(n)); }
    bool end_object() { return leave() && count(m_dom.end_object()); }
    bool start_array(std::size_t n) { return enter() && count(m_dom.start_array(n)); }
    bool end_array() { return leave() && count(m_dom.end_array()); }
    template <class Exception>
    bool parse_error(std::size_t position, const std::string& token, const Exception& e) {
        return m_dom.parse_error(position, token, e);  // throws e
    }

private:
    bool count(bool ok) {
        if (m_events) ++*m_events;
        return ok;
    }
    bool enter() {
        if (++m_depth > kMaxBackupDepth) throw FieldError("the JSON is nested too deeply");
        return true;
    }
    bool leave() {
        --m_depth;
        return true;
    }

    nlohmann::detail::json_sax_dom_parser<ReadJson> m_dom;
    size_t* m_events;
    int m_depth = 0;
};

}  // namespace

std::string exportBackup(const Notebook& nb, int64_t exportedAtMillis) {
    Json doc = Json::object();
    doc["format"] = "rapport-backup";
    doc["formatVersion"] = kBackupFormatVersion;
    doc["exportedAt"] = isoUtc(exportedAtMillis);
    for (const char* key : kBackupKindKeys) doc[key] = Json::array();
    for (const Entity& e : nb.entities()) {
        std::visit([&](const auto& x) { doc[kBackupKindKeys[size_t(kindOf(e)) - 1]].push_back(toJson(x)); }, e);
    }
    // Every text is valid UTF-8 by now (toJson); `replace` only keeps dump() from ever throwing.
    return doc.dump(1, '\t', false, Json::error_handler_t::replace) + "\n";
}

Result<Backup> parseBackup(std::string_view bytes, size_t* jsonEvents) {
    auto text = checkedText(bytes, kMaxBackupBytes, "backup file");
    if (!text) return text.error();
    ReadJson doc;
    try {
        DepthLimitedDom sax(doc, jsonEvents);
        ReadJson::sax_parse(text.value().begin(), text.value().end(), &sax);
    } catch (const ReadJson::exception& e) {  // syntax errors and numbers out of range
        return makeError(std::string("The backup file is not valid JSON (") + e.what() + ").");
    } catch (const std::bad_alloc&) {
        return makeError("The backup file is too large to read in the memory available.");
    } catch (const FieldError& e) {
        return makeError(std::string("The backup file is not a Rapport backup: ") + e.what() + ".");
    }
    if (!doc.is_object() || doc.value("format", ReadJson()) != "rapport-backup") {
        return makeError("This JSON file is not a Rapport backup (its \"format\" is not \"rapport-backup\").");
    }
    Backup out;
    try {
        fromJson(doc.value("formatVersion", ReadJson()), out.formatVersion, "formatVersion");
        if (out.formatVersion > kBackupFormatVersion) {
            return makeError("The backup was written by a newer Rapport (format " + std::to_string(out.formatVersion) +
                             ", this build reads up to " + std::to_string(kBackupFormatVersion) + "). Update Rapport.");
        }
        if (out.formatVersion < 1) return makeError("The backup's format version " + std::to_string(out.formatVersion) + " is not valid.");
        if (auto it = doc.find("exportedAt"); it != doc.end() && it->is_string()) out.exportedAt = it->get<std::string>();
        readKind(doc, out.entities);
    } catch (const FieldError& e) {
        return makeError(std::string("The backup file cannot be read at ") + e.what() + ".");
    }
    // The entities must make a notebook on their own: fields valid, references inside the backup.
    if (auto nb = Notebook::fromEntities(out.entities); !nb) {
        return makeError("The backup file is inconsistent: " + nb.error().message);
    }
    return out;
}

}  // namespace rapport::interchange
