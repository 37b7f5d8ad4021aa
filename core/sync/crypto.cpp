// libsodium behind crypto.h. sodium_init() is called once before any use; it is idempotent.
#include "core/sync/crypto.h"

#include <sodium.h>

#include "core/store/byte_io.h"

namespace rapport::sync {

using store::ByteReader;
using store::ByteWriter;

namespace {

constexpr char kVaultMagic[] = "RPVAULT";
constexpr uint8_t kVaultVersion = 1;
// Limits a vault file may ask for: above these a damaged or hostile file could stall the device.
constexpr uint64_t kMaxOps = 16;
constexpr uint64_t kMaxMem = 1ull << 30;

void ensureInit() {
    static const int ok = sodium_init();
    (void)ok;
}

// The part of the vault file the wrapped key is bound to: a changed id or KDF setting fails to unlock.
std::string vaultHeader(const Vault& v) {
    std::string out(kVaultMagic);
    ByteWriter w(out);
    w.u8(kVaultVersion);
    w.bytes(v.id);
    w.u64(v.kdf.opsLimit);
    w.u64(v.kdf.memLimitBytes);
    w.bytes(v.salt);
    return out;
}

Result<Key> deriveKey(const std::string& passphrase, const Vault& v) {
    ensureInit();
    Key k{};
    if (crypto_pwhash(k.data(), k.size(), passphrase.data(), passphrase.size(),
                      reinterpret_cast<const unsigned char*>(v.salt.data()), v.kdf.opsLimit,
                      static_cast<size_t>(v.kdf.memLimitBytes), crypto_pwhash_ALG_ARGON2ID13) != 0) {
        return makeError("There is not enough memory to derive the key from the passphrase.");
    }
    return k;
}

}  // namespace

std::string toHex(std::string_view bytes) {
    static const char digits[] = "0123456789abcdef";
    std::string out;
    for (unsigned char c : bytes) {
        out.push_back(digits[c >> 4]);
        out.push_back(digits[c & 15]);
    }
    return out;
}

std::string randomHex(size_t bytes) {
    ensureInit();
    std::string raw(bytes, '\0');
    randombytes_buf(raw.data(), raw.size());
    return toHex(raw);
}

std::string encodeVault(const Vault& v) {
    std::string out = vaultHeader(v);
    ByteWriter w(out);
    w.bytes(v.wrapped);
    return out;
}

Result<Vault> decodeVault(std::string_view bytes) {
    const Error bad = makeError("The vault file on the server is not a Rapport vault (or is damaged).");
    const std::string magic(kVaultMagic);
    if (bytes.substr(0, magic.size()) != magic) return bad;
    ByteReader r(bytes.substr(magic.size()));
    const uint8_t version = r.u8();
    if (r.ok() && version > kVaultVersion) return makeError("The vault on the server was made by a newer Rapport; update Rapport to sync.");
    Vault v;
    v.id = std::string(r.bytes());
    v.kdf.opsLimit = r.u64();
    v.kdf.memLimitBytes = r.u64();
    v.salt = std::string(r.bytes());
    v.wrapped = std::string(r.bytes());
    if (!r.ok() || !r.atEnd() || version != kVaultVersion || v.id.size() != 32 || v.salt.size() != crypto_pwhash_SALTBYTES ||
        v.kdf.opsLimit < crypto_pwhash_OPSLIMIT_MIN || v.kdf.opsLimit > kMaxOps ||
        v.kdf.memLimitBytes < crypto_pwhash_MEMLIMIT_MIN || v.kdf.memLimitBytes > kMaxMem) {
        return bad;
    }
    return v;
}

Result<std::pair<Vault, Key>> createVault(const std::string& passphrase, KdfParams kdf) {
    ensureInit();
    if (passphrase.empty()) return makeError("Choose a passphrase: it encrypts your notes before they leave this device.");
    Vault v;
    v.id = randomHex(16);
    v.kdf = kdf;
    v.salt.assign(crypto_pwhash_SALTBYTES, '\0');
    randombytes_buf(v.salt.data(), v.salt.size());
    Key vaultKey{};
    randombytes_buf(vaultKey.data(), vaultKey.size());
    auto wrapping = deriveKey(passphrase, v);
    if (!wrapping) return wrapping.error();
    v.wrapped = seal(wrapping.value(), vaultHeader(v),
                     std::string_view(reinterpret_cast<const char*>(vaultKey.data()), vaultKey.size()));
    return std::make_pair(std::move(v), vaultKey);
}

Result<Key> unlockVault(const Vault& v, const std::string& passphrase) {
    auto wrapping = deriveKey(passphrase, v);
    if (!wrapping) return wrapping.error();
    auto plain = unseal(wrapping.value(), vaultHeader(v), v.wrapped, "vault");
    if (!plain || plain.value().size() != Key().size()) {
        return makeError("The passphrase is wrong for the vault on the server (or its vault file was changed).");
    }
    Key k{};
    std::copy(plain.value().begin(), plain.value().end(), k.begin());
    return k;
}

std::string seal(const Key& key, std::string_view ad, std::string_view plain) {
    ensureInit();
    std::string out(crypto_aead_xchacha20poly1305_ietf_NPUBBYTES + plain.size() + crypto_aead_xchacha20poly1305_ietf_ABYTES, '\0');
    auto* nonce = reinterpret_cast<unsigned char*>(out.data());
    randombytes_buf(nonce, crypto_aead_xchacha20poly1305_ietf_NPUBBYTES);
    unsigned long long written = 0;
    crypto_aead_xchacha20poly1305_ietf_encrypt(nonce + crypto_aead_xchacha20poly1305_ietf_NPUBBYTES, &written,
                                               reinterpret_cast<const unsigned char*>(plain.data()), plain.size(),
                                               reinterpret_cast<const unsigned char*>(ad.data()), ad.size(), nullptr,
                                               nonce, key.data());
    return out;
}

Result<std::string> unseal(const Key& key, std::string_view ad, std::string_view sealed, const std::string& what) {
    ensureInit();
    const size_t overhead = crypto_aead_xchacha20poly1305_ietf_NPUBBYTES + crypto_aead_xchacha20poly1305_ietf_ABYTES;
    const Error bad = makeError("The " + what + " on the server was changed, cut or moved (it fails its check); it was not applied.");
    if (sealed.size() < overhead) return bad;
    const auto* nonce = reinterpret_cast<const unsigned char*>(sealed.data());
    std::string out(sealed.size() - overhead, '\0');
    unsigned long long len = 0;
    if (crypto_aead_xchacha20poly1305_ietf_decrypt(reinterpret_cast<unsigned char*>(out.data()), &len, nullptr,
                                                   nonce + crypto_aead_xchacha20poly1305_ietf_NPUBBYTES,
                                                   sealed.size() - crypto_aead_xchacha20poly1305_ietf_NPUBBYTES,
                                                   reinterpret_cast<const unsigned char*>(ad.data()), ad.size(), nonce,
                                                   key.data()) != 0) {
        return bad;
    }
    out.resize(len);
    return out;
}

std::string hashBytes(std::string_view bytes) {
    ensureInit();
    std::string out(32, '\0');
    crypto_generichash(reinterpret_cast<unsigned char*>(out.data()), out.size(),
                       reinterpret_cast<const unsigned char*>(bytes.data()), bytes.size(), nullptr, 0);
    return out;
}

}  // namespace rapport::sync
