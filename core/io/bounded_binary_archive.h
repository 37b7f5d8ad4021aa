// BoundedBinaryInputArchive: reads what cereal's BinaryOutputArchive writes, from a (pointer, length)
// buffer, and rejects any size tag or read larger than the bytes left: damaged or hostile bytes fail
// fast with cereal::Exception instead of allocating gigabytes (docs/storage.md, "Reading damaged or
// hostile bytes").
#pragma once

#include <cereal/cereal.hpp>
#include <cereal/archives/binary.hpp>

#include <cstdint>
#include <cstring>
#include <string>

namespace rapport::io {

class BoundedBinaryInputArchive
    : public cereal::InputArchive<BoundedBinaryInputArchive, cereal::AllowEmptyClassElision> {
public:
    BoundedBinaryInputArchive(const void* data, size_t size)
        : cereal::InputArchive<BoundedBinaryInputArchive, cereal::AllowEmptyClassElision>(this),
          m_data(static_cast<const unsigned char*>(data)),
          m_remaining(size) {}

    // Copies size bytes out; throws when fewer remain.
    void loadBinary(void* out, size_t size) {
        if (size > m_remaining) {
            throw cereal::Exception("Data ends early: " + std::to_string(size) + " bytes needed, " +
                                    std::to_string(m_remaining) + " left.");
        }
        if (size > 0) std::memcpy(out, m_data, size);
        m_data += size;
        m_remaining -= size;
    }
    // Throws when a claimed element count cannot fit in the bytes left (every element takes >= 1 byte).
    void checkSize(uint64_t count) const {
        if (count > m_remaining) {
            throw cereal::Exception("A size of " + std::to_string(count) + " is larger than the " +
                                    std::to_string(m_remaining) + " bytes left.");
        }
    }
    size_t remaining() const { return m_remaining; }

private:
    const unsigned char* m_data;
    size_t m_remaining;
};

// Arithmetic values: raw little-endian bytes, exactly as BinaryOutputArchive writes them.
template <class T>
inline std::enable_if_t<std::is_arithmetic<T>::value && !std::is_same<T, bool>::value>
CEREAL_LOAD_FUNCTION_NAME(BoundedBinaryInputArchive& ar, T& t) {
    ar.loadBinary(std::addressof(t), sizeof(t));
}

// bool: one byte that must be 0 or 1 (any other byte in a bool is undefined behaviour).
inline void CEREAL_LOAD_FUNCTION_NAME(BoundedBinaryInputArchive& ar, bool& b) {
    uint8_t v = 0;
    ar.loadBinary(&v, 1);
    if (v > 1) throw cereal::Exception("A yes/no value holds " + std::to_string(v) + ".");
    b = v == 1;
}

template <class T>
inline void CEREAL_SERIALIZE_FUNCTION_NAME(BoundedBinaryInputArchive& ar, cereal::NameValuePair<T>& t) {
    ar(t.value);
}

// Size tags: the check that stops a 12-byte input from claiming a 3 GiB string.
template <class T>
inline void CEREAL_SERIALIZE_FUNCTION_NAME(BoundedBinaryInputArchive& ar, cereal::SizeTag<T>& t) {
    uint64_t size = 0;
    ar.loadBinary(&size, sizeof(size));
    ar.checkSize(size);
    t.size = static_cast<std::decay_t<decltype(t.size)>>(size);
}

template <class T>
inline void CEREAL_LOAD_FUNCTION_NAME(BoundedBinaryInputArchive& ar, cereal::BinaryData<T>& bd) {
    ar.loadBinary(bd.data, static_cast<size_t>(bd.size));
}

}  // namespace rapport::io

// Only the input -> output direction: cereal's binary.hpp already maps BinaryOutputArchive to its own input.
namespace cereal::traits::detail {
template <>
struct get_output_from_input<rapport::io::BoundedBinaryInputArchive> {
    using type = cereal::BinaryOutputArchive;
};
}  // namespace cereal::traits::detail
