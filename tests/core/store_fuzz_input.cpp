// The store fuzz target body: every decoder, and NotebookStore::open in both modes, on arbitrary bytes.
#include "tests/core/store_fuzz.h"

#include <string>
#include <string_view>

#include "core/interchange/json_backup.h"
#include "core/store/change_record.h"
#include "core/store/frame.h"
#include "core/store/memory_medium.h"
#include "core/store/notebook_store.h"
#include "core/store/store_files.h"
#include "tests/core/decoder_fuzz.h"

namespace rapport::store::test {

namespace {

bool decoders(std::string_view in) {
    (void)scanFrames(in);
    (void)decodeManifest(in, "MANIFEST");
    FileHeader header;
    (void)decodeSnapshot(in, "snap", 1, header);
    uint64_t first = 0;
    std::vector<std::string> records;
    (void)decodeBatchPayload(in, first, records);
    (void)decodeStoreState(in);
    auto rec = decodeChangeRecord(in);
    if (rec) {  // round trip: what decodes must re-encode to something that decodes the same
        auto again = decodeChangeRecord(encodeChangeRecord(rec.value()));
        if (!again || again.value().command != rec.value().command || again.value().hlc != rec.value().hlc) return false;
    }
    return true;
}

// Any notebook a store holds backs up to a file the backup reader takes back whole.
bool backsUp(const Notebook& nb) {
    auto backup = interchange::parseBackup(interchange::exportBackup(nb, 1'700'000'000'000));
    return (backup && backup.value().entities.size() == nb.size()) ||
           rapport::test::brokenInvariant("a notebook the store opened does not back up restorably");
}

bool openBoth(MemoryMedium& medium) {
    const FixedClock clock(1'700'000'000'000, CivilDate::fromDayNumber(19'000));
    if (auto rw = NotebookStore::open(medium, "/n", clock)) {
        if (!backsUp(rw.value()->notebook())) return false;
        // A store that opened must accept an edit and reopen to the same notebook.
        (void)rw.value()->compact();
    }
    (void)NotebookStore::openReadOnly(medium, "/n", clock);
    return true;
}

}  // namespace

bool fuzzStoreOnce(const uint8_t* data, size_t size) {
    if (size == 0) return true;
    const std::string_view in(reinterpret_cast<const char*>(data) + 1, size - 1);
    MemoryMedium medium;
    (void)medium.makeDirectory("/n");
    switch (data[0] % 4) {
    case 0:
        return decoders(in);
    case 1:
        medium.files()["/n/MANIFEST"] = encodeManifest(Manifest{kFormatVersion, kFormatVersion, 1, 0, 1});
        medium.files()["/n/log-00000001.seg"] = std::string(in);
        openBoth(medium);
        return true;
    default: {
        // 2: MANIFEST, snap-2 (u16-length-prefixed), log-2 (the rest). 3 (format 2's fallback): the
        // same with log-1, the previous generation's log, before log-2.
        const int prefixed = data[0] % 4 == 3 ? 3 : 2;
        size_t at = 0;
        std::string parts[4];
        for (int i = 0; i < prefixed && at + 2 <= in.size(); ++i) {
            const size_t len = static_cast<uint8_t>(in[at]) | (size_t{static_cast<uint8_t>(in[at + 1])} << 8);
            at += 2;
            parts[i] = std::string(in.substr(at, len));
            at += parts[i].size();
        }
        if (at < in.size()) parts[3] = std::string(in.substr(at));
        medium.files()["/n/MANIFEST"] = parts[0];
        medium.files()["/n/snap-00000002.bin"] = parts[1];
        if (prefixed == 3) medium.files()["/n/log-00000001.seg"] = parts[2];
        medium.files()["/n/log-00000002.seg"] = parts[3];
        return openBoth(medium);
    }
    }
}

}  // namespace rapport::store::test
