// The backup fuzz target body: parseBackup on arbitrary bytes, then everything a restore does with a
// backup that parsed (re-export, plan into an empty and into a small notebook, apply the plan).
#include <string_view>

#include "core/interchange/import_plan.h"
#include "core/interchange/json_backup.h"
#include "core/model/validation.h"
#include "core/sample/sample_notebook.h"
#include "tests/core/decoder_fuzz.h"

namespace rapport::test {
namespace {

using namespace rapport::interchange;

constexpr int64_t kExportMillis = 1717236000000;  // 2024-06-01 10:00 UTC

// A notebook with a little of everything (3 peers, a month of 1:1s), made once.
const Notebook& smallNotebook() {
    static const Notebook nb = [] {
        auto r = sampleNotebook(SampleOptions{CivilDate::ymd(2024, 6, 1), 3, 1, 2, 5});
        return r.ok() ? std::move(r).value() : Notebook{};
    }();
    return nb;
}

// A plan promises that its commands apply cleanly, in order.
bool applies(Notebook& nb, const ImportPlan& plan) {
    for (const Command& c : plan.commands) {
        if (!nb.apply(c)) return false;
    }
    return true;
}

size_t total(const ImportPlan& p) {
    size_t n = p.skipped;
    for (size_t k = 0; k < kEntityKindCount; ++k) n += p.created[k] + p.replaced[k] + p.unchanged[k];
    return n;
}

bool restoresExactly(const Backup& backup, const Notebook& expected) {
    auto plan = planBackupImport(Notebook{}, backup);
    if (!plan) return brokenInvariant("a backup that parsed does not plan into an empty notebook");
    Notebook restored;
    if (!applies(restored, plan.value())) return brokenInvariant("a restore plan does not apply");
    if (!(restored == expected)) return brokenInvariant("a restore into an empty notebook differs from the backup");
    if (total(plan.value()) != backup.entities.size()) return brokenInvariant("a restore plan's counts do not add up");
    return !plan.value().summary().empty() || brokenInvariant("a plan without a summary");
}

// Merging may be refused (an id of the backup names another kind here) but never half done.
bool mergesCleanly(const Backup& backup) {
    auto plan = planBackupImport(smallNotebook(), backup);
    if (!plan) return !plan.error().message.empty() || brokenInvariant("a refused merge without a message");
    Notebook merged = smallNotebook();
    if (!applies(merged, plan.value())) return brokenInvariant("a merge plan does not apply");
    if (total(plan.value()) != backup.entities.size()) return brokenInvariant("a merge plan's counts do not add up");
    for (const Entity& e : backup.entities) {
        if (merged.findEntity(entityId(e)) != e) return brokenInvariant("a merged notebook lacks an entry of the backup");
    }
    return true;
}

}  // namespace

bool fuzzBackupOnce(const uint8_t* data, size_t size) {
    const std::string_view bytes(reinterpret_cast<const char*>(data), size);
    auto backup = parseBackup(bytes);
    if (!backup) return !backup.error().message.empty() || brokenInvariant("a refused backup without a message");
    auto nb = Notebook::fromEntities(backup.value().entities);
    if (!nb) return brokenInvariant("a backup that parsed is not a consistent notebook");
    for (const auto& [id, p] : nb.value().peers()) {
        if (!checkedName(p.name, "name").ok() || checkedName(p.name, "name").value() != p.name) {
            return brokenInvariant("a peer's name in a parsed backup breaks the name rules");
        }
    }
    // Written out again and read back, it is the same notebook.
    auto again = parseBackup(exportBackup(nb.value(), kExportMillis));
    if (!again) return brokenInvariant("a re-exported backup does not parse");
    if (again.value().entities.size() != backup.value().entities.size()) return brokenInvariant("a re-exported backup has other counts");
    auto nbAgain = Notebook::fromEntities(again.value().entities);
    if (!nbAgain || !(nbAgain.value() == nb.value())) return brokenInvariant("a re-exported backup reads back different");
    return restoresExactly(backup.value(), nb.value()) && mergesCleanly(backup.value());
}

}  // namespace rapport::test
