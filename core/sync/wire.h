// What the files under devices/<id>/ hold once decrypted, and the associated data that binds each
// sealed file to its vault, device, batch number and kind (docs/sync.md, "Files on the server").
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "core/store/byte_io.h"
#include "core/sync/merge.h"
#include "core/util/result.h"

namespace rapport::sync {

// One change record of a batch and what its device had seen when it was made.
struct BatchRecord {
    SeenVector basis;
    std::string record;  // store::encodeChangeRecord bytes, exactly as the store wrote them
};

// seg-<n>: an immutable batch of one device's change records, chained to the batch before it.
struct Batch {
    uint64_t device = 0;
    uint64_t number = 0;     // 1, 2, ...
    std::string prevHash;    // hash of the sealed seg-<n-1> ("" for the first)
    std::vector<BatchRecord> records;
};

// head: written last, so a batch is visible only once complete.
struct Head {
    uint64_t device = 0;
    uint64_t lastBatch = 0;
    std::string lastHash;   // hash of the sealed seg-<lastBatch>
    SeenVector seen;        // what this device has applied from each other device
    std::string name;       // the device's name, shown on the others
    int64_t writtenMillis = 0;
};

std::string encodeBatch(const Batch& b);
Result<Batch> decodeBatch(std::string_view bytes);
std::string encodeHead(const Head& h);
Result<Head> decodeHead(std::string_view bytes);

std::string batchAd(const std::string& vaultId, uint64_t device, uint64_t number);
std::string headAd(const std::string& vaultId, uint64_t device);

std::string deviceDir(uint64_t device);  // "devices/<16 hex digits>"
// The device id a directory name under devices/ stands for, 0 if it is not one.
uint64_t parseDeviceName(const std::string& name);

// The seen-vector codec the sync state file shares.
void putSeen(store::ByteWriter& w, const SeenVector& seen);
bool getSeen(store::ByteReader& r, SeenVector& seen);

}  // namespace rapport::sync
