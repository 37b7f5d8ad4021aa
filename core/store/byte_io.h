// Little-endian fixed-width encoding for every persisted field, and a reader that never reads past its
// buffer: the store's own headers are decoded with this, so no byte sequence can make it misbehave.
#pragma once

#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>

namespace rapport::store {

// Appends fixed-width little-endian integers and length-prefixed byte strings to a std::string.
class ByteWriter {
public:
    explicit ByteWriter(std::string& out) : m_out(out) {}
    void u8(uint8_t v) { m_out.push_back(static_cast<char>(v)); }
    void u16(uint16_t v) { putLe(v, 2); }
    void u32(uint32_t v) { putLe(v, 4); }
    void u64(uint64_t v) { putLe(v, 8); }
    // A u32 byte count followed by the bytes (callers keep sizes under the frame cap).
    void bytes(std::string_view b) {
        u32(static_cast<uint32_t>(b.size()));
        m_out.append(b.data(), b.size());
    }

private:
    void putLe(uint64_t v, int n) {
        for (int i = 0; i < n; ++i) m_out.push_back(static_cast<char>((v >> (8 * i)) & 0xFFu));
    }
    std::string& m_out;
};

// Reads what ByteWriter wrote. Every read checks the bytes remaining; after the first failure ok()
// stays false and every further read returns zero/empty, so callers check once at the end.
class ByteReader {
public:
    explicit ByteReader(std::string_view in) : m_in(in) {}
    uint8_t u8() { return static_cast<uint8_t>(getLe(1)); }
    uint16_t u16() { return static_cast<uint16_t>(getLe(2)); }
    uint32_t u32() { return static_cast<uint32_t>(getLe(4)); }
    uint64_t u64() { return getLe(8); }
    // A length-prefixed byte string; fails (empty view) if the claimed length exceeds what remains.
    std::string_view bytes() {
        const uint32_t n = u32();
        if (!m_ok || n > remaining()) { m_ok = false; return {}; }
        std::string_view b = m_in.substr(m_pos, n);
        m_pos += n;
        return b;
    }
    bool ok() const { return m_ok; }
    bool atEnd() const { return m_pos == m_in.size(); }
    size_t remaining() const { return m_in.size() - m_pos; }

private:
    uint64_t getLe(size_t n) {
        if (!m_ok || remaining() < n) { m_ok = false; return 0; }
        uint64_t v = 0;
        for (size_t i = 0; i < n; ++i) v |= uint64_t{static_cast<unsigned char>(m_in[m_pos + i])} << (8 * i);
        m_pos += n;
        return v;
    }
    std::string_view m_in;
    size_t m_pos = 0;
    bool m_ok = true;
};

}  // namespace rapport::store
