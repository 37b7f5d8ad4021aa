// The settings fuzz target body. Settings are persisted only as an entity: the binary record inside the
// store's change records and snapshots (cereal, core/io/model_io.h) and the "settings" list of a JSON
// backup. Both decoders get the bytes; what decodes must re-encode to itself and keep every limit.
#include <algorithm>
#include <string>
#include <string_view>

#include "core/interchange/json_backup.h"
#include "core/interchange/text_input.h"
#include "core/io/model_io.h"
#include "core/model/validation.h"
#include "tests/core/decoder_fuzz.h"

namespace rapport::test {
namespace {

constexpr int64_t kExportMillis = 1717236000000;  // 2024-06-01 10:00 UTC

bool withinLimits(const Settings& s) {
    if (s.myName.size() > kMaxNameLength || s.myInterests.size() > kMaxListLength) return false;
    for (const std::string& i : s.myInterests) {
        if (i.empty() || i.size() > kMaxNameLength) return false;
    }
    return s.theme <= 2 && s.fontSize >= Settings::kMinFontSize && s.fontSize <= Settings::kMaxFontSize &&
           s.weeklyBudgetMinutes >= 0 && s.defaultMeetingMinutes >= 5 && s.driftGraceDays >= 0;
}

// What a JSON backup holds of s: bytes that are not UTF-8 and NULs (only a crafted store record has
// them; the backup reader refuses both) as '?'.
std::string asInBackup(std::string text) {
    text = interchange::validUtf8(text);
    std::replace(text.begin(), text.end(), '\0', '?');
    return text;
}
Settings asInBackup(Settings s) {
    s.myName = asInBackup(s.myName);
    for (std::string& i : s.myInterests) i = asInBackup(i);
    return s;
}

// The binary record re-encodes to itself; settings a notebook takes keep the limits and come back
// from a JSON backup (byte for byte when their text is UTF-8).
bool settingsHold(const Settings& s) {
    const Entity e(s);
    auto back = decodeEntity(encodeEntity(e));
    if (!back || back.value() != e) return brokenInvariant("decoded settings do not re-encode to themselves");
    auto nb = Notebook::fromEntities({e});
    if (!nb) return true;
    if (!validate(e) || !withinLimits(s)) return brokenInvariant("a notebook took settings that break a rule");
    if (nb.value().settings() != s) return brokenInvariant("a notebook's settings differ from the ones it took");
    auto again = interchange::parseBackup(interchange::exportBackup(nb.value(), kExportMillis));
    if (!again) return brokenInvariant("settings a notebook took do not read back from its backup");
    if (again.value().entities != std::vector<Entity>{asInBackup(s)}) return brokenInvariant("settings differ after a backup round trip");
    return true;
}

bool binaryRecord(std::string_view payload) {
    const std::string record = std::string("\x0d\x00", 2) + std::string(payload);  // kind tag 13: Settings
    auto e = decodeEntity(record);
    if (!e) return !e.error().message.empty() || brokenInvariant("a refused settings record without a message");
    const Settings* s = std::get_if<Settings>(&e.value());
    if (s == nullptr) return brokenInvariant("the settings kind tag decoded to another kind");
    return settingsHold(*s);
}

bool backupObject(std::string_view object) {
    const std::string doc = R"({"format":"rapport-backup","formatVersion":1,"settings":[)" + std::string(object) + "]}";
    auto backup = interchange::parseBackup(doc);
    if (!backup) return !backup.error().message.empty() || brokenInvariant("a refused backup without a message");
    int settings = 0;
    for (const Entity& e : backup.value().entities) {
        const Settings* s = std::get_if<Settings>(&e);
        if (s == nullptr) continue;
        if (++settings > 1) return brokenInvariant("a backup with two settings parsed");
        if (!settingsHold(*s)) return false;
    }
    return true;
}

}  // namespace

bool fuzzSettingsOnce(const uint8_t* data, size_t size) {
    const std::string_view in(reinterpret_cast<const char*>(data), size);
    // A binary payload starts with its format version (a little-endian u32, 1 or 2): never '{'.
    if (!in.empty() && in.front() == '{') return backupObject(in);
    return binaryRecord(in);
}

}  // namespace rapport::test
