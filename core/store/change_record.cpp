// Codecs for change records and snapshot state. The model's decoders are bounded and return errors;
// anything else thrown (allocation failure) is caught here, at the storage boundary.
#include "core/store/change_record.h"

#include <exception>

#include "core/io/model_io.h"
#include "core/store/byte_io.h"

namespace rapport::store {

namespace {

Error tooNew(const char* what) {
    return makeError(std::string("A ") + what + " was saved by a newer version of Rapport. Update Rapport to open this notebook.");
}

void writeSteps(ByteWriter& w, const std::vector<UndoStep>& steps) {
    w.u32(static_cast<uint32_t>(steps.size()));
    for (const auto& s : steps) {
        w.u64(s.hlc);
        w.bytes(encodeCommand(s.command));
    }
}

Status readSteps(ByteReader& r, std::vector<UndoStep>& out) {
    const uint32_t n = r.u32();
    if (!r.ok() || n > r.remaining() / 12) return makeError("The undo history in the snapshot is damaged.");
    for (uint32_t i = 0; i < n; ++i) {
        UndoStep step;
        step.hlc = r.u64();
        const std::string_view bytes = r.bytes();
        if (!r.ok()) return makeError("The undo history in the snapshot is damaged.");
        auto cmd = decodeCommand(bytes);
        if (!cmd) return cmd.error();
        step.command = std::move(cmd).value();
        out.push_back(std::move(step));
    }
    return {};
}

}  // namespace

std::string encodeChangeRecord(const ChangeRecord& rec) {
    std::string out;
    ByteWriter w(out);
    w.u8(kChangeRecordVersion);
    w.u8(static_cast<uint8_t>(rec.kind));
    w.u64(rec.hlc);
    w.u64(rec.deviceId);
    w.u64(rec.ref);
    w.bytes(encodeCommand(rec.command));
    return out;
}

Result<ChangeRecord> decodeChangeRecord(std::string_view bytes) {
    try {
        ByteReader r(bytes);
        const uint8_t version = r.u8();
        if (r.ok() && version > kChangeRecordVersion) return tooNew("change");
        ChangeRecord rec;
        const uint8_t kind = r.u8();
        rec.hlc = r.u64();
        rec.deviceId = r.u64();
        rec.ref = r.u64();
        const std::string_view cmd = r.bytes();
        if (!r.ok() || !r.atEnd() || version == 0 || kind < 1 || kind > 3) {
            return makeError("A change record is malformed.");
        }
        rec.kind = static_cast<ChangeKind>(kind);
        auto decoded = decodeCommand(cmd);
        if (!decoded) return decoded.error();
        rec.command = std::move(decoded).value();
        return rec;
    } catch (const std::exception& e) {
        return makeError(std::string("A change record could not be read: ") + e.what());
    }
}

std::string encodeStoreState(const StoreState& s) {
    std::string out;
    ByteWriter w(out);
    w.u8(kChangeRecordVersion);
    w.u64(s.lastHlc);
    w.bytes(encodeNotebook(s.notebook));
    writeSteps(w, s.undo);
    writeSteps(w, s.redo);
    return out;
}

Result<StoreState> decodeStoreState(std::string_view bytes, OpenProfile* profile) {
    OpenProfile ignored;
    OpenProfile& p = profile ? *profile : ignored;
    try {
        ByteReader r(bytes);
        const uint8_t version = r.u8();
        if (r.ok() && version > kChangeRecordVersion) return tooNew("snapshot");
        StoreState s;
        s.lastHlc = r.u64();
        const std::string_view nb = r.bytes();
        if (!r.ok() || version == 0) return makeError("The snapshot is malformed.");
        Result<std::vector<Entity>> entities = std::vector<Entity>();
        {
            PhaseTimer t(p.stateDecodeMs);
            entities = decodeNotebookEntities(nb);
        }
        if (!entities) return entities.error();
        {
            PhaseTimer t(p.notebookBuildMs);
            auto notebook = Notebook::fromEntities(std::move(entities).value());
            if (!notebook) return makeError("The notebook snapshot could not be read: The notebook data is inconsistent: " +
                                            notebook.error().message);
            s.notebook = std::move(notebook).value();
        }
        PhaseTimer t(p.stateDecodeMs);
        if (Status st = readSteps(r, s.undo); !st) return st.error();
        if (Status st = readSteps(r, s.redo); !st) return st.error();
        if (!r.atEnd()) return makeError("The snapshot is malformed.");
        return s;
    } catch (const std::exception& e) {
        return makeError(std::string("The snapshot could not be read: ") + e.what());
    }
}

}  // namespace rapport::store
