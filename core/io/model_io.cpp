// encode*/decode* of commands, entities and whole notebooks: the byte payloads the store frames.
#include "core/io/model_io.h"

#include <cereal/archives/binary.hpp>

#include <new>
#include <sstream>
#include <stdexcept>

#include "core/io/bounded_binary_archive.h"

namespace rapport {
namespace {

template <class T>
std::string encode(const T& value) {
    std::ostringstream out(std::ios::binary);
    {
        cereal::BinaryOutputArchive ar(out);
        ar(value);
    }
    return std::move(out).str();
}

template <class T>
Result<T> decode(std::string_view bytes, const char* what) {
    try {
        io::BoundedBinaryInputArchive ar(bytes.data(), bytes.size());
        T value;
        ar(value);
        if (ar.remaining() != 0) {
            return makeError(std::string("The ") + what + " has " + std::to_string(ar.remaining()) +
                             " unexpected bytes at its end.");
        }
        return value;
    } catch (const cereal::Exception& e) {
        return makeError(std::string("The ") + what + " could not be read: " + e.what());
    } catch (const std::bad_alloc&) {
        return makeError(std::string("The ") + what + " could not be read: out of memory.");
    } catch (const std::length_error& e) {
        return makeError(std::string("The ") + what + " could not be read: " + e.what());
    }
}

// Entity has no cereal functions of its own (it is a std::variant): wrap it for top-level coding.
struct EntityBox {
    Entity entity;
    template <class A>
    void serialize(A& ar) {
        ar(io::EntityField{entity});
    }
};

// The wire format of a top-level Notebook (its class version, the count, every entity) read into a
// plain list: what load(Notebook) reads before it builds the notebook.
struct NotebookEntities {
    std::vector<Entity> all;
    template <class A>
    void load(A& ar) {
        std::uint32_t version = 0;
        ar(version);
        io::checkVersion(version, 1, "notebook");
        cereal::size_type n = 0;
        ar(cereal::make_size_tag(n));
        for (cereal::size_type i = 0; i < n; ++i) {
            Entity e;
            ar(io::EntityField{e});
            all.push_back(std::move(e));
        }
    }
};

}  // namespace

std::string encodeCommand(const Command& c) { return encode(c); }
std::string encodeNotebook(const Notebook& nb) { return encode(nb); }
std::string encodeEntity(const Entity& e) { return encode(EntityBox{e}); }

Result<Command> decodeCommand(std::string_view bytes) { return decode<Command>(bytes, "change record"); }
Result<Notebook> decodeNotebook(std::string_view bytes) { return decode<Notebook>(bytes, "notebook snapshot"); }
Result<std::vector<Entity>> decodeNotebookEntities(std::string_view bytes) {
    auto r = decode<NotebookEntities>(bytes, "notebook snapshot");
    if (!r) return r.error();
    return std::move(std::move(r).value().all);
}
Result<Entity> decodeEntity(std::string_view bytes) {
    auto r = decode<EntityBox>(bytes, "entry");
    if (!r) return r.error();
    return std::move(r).value().entity;
}

}  // namespace rapport
