// Encryption for sync (libsodium): a random vault key, wrapped by a key derived from the passphrase
// with Argon2id, and every file sealed with XChaCha20-Poly1305 whose associated data binds it to its
// vault, device, batch number and kind, so a file moved, swapped or edited on the server fails to open.
#pragma once

#include <array>
#include <cstdint>
#include <string>
#include <string_view>

#include "core/util/result.h"

namespace rapport::sync {

struct KdfParams {
    uint64_t opsLimit = 3;                  // Argon2id passes
    uint64_t memLimitBytes = 64ull << 20;   // 64 MiB
};

using Key = std::array<unsigned char, 32>;

// The `vault` file: who the folder belongs to (a random id) and the vault key wrapped by the
// passphrase key. Holds no note and no passphrase.
struct Vault {
    std::string id;       // 32 hex digits
    KdfParams kdf;
    std::string salt;     // 16 bytes
    std::string wrapped;  // the vault key sealed by the passphrase key (nonce + ciphertext + tag)
};

std::string encodeVault(const Vault& v);
// Fails with a message on anything but a vault file this build can read (never a crash).
Result<Vault> decodeVault(std::string_view bytes);

// A new vault with a random id and key, locked by `passphrase`.
Result<std::pair<Vault, Key>> createVault(const std::string& passphrase, KdfParams kdf);
// The vault key, or "The passphrase is wrong ..." (a changed vault file fails the same way).
Result<Key> unlockVault(const Vault& v, const std::string& passphrase);

// nonce (24 random bytes) + XChaCha20-Poly1305 ciphertext and tag of `plain`, bound to `ad`.
std::string seal(const Key& key, std::string_view ad, std::string_view plain);
// The plaintext, or an Error naming `what` when the bytes were changed, cut, or belong elsewhere.
Result<std::string> unseal(const Key& key, std::string_view ad, std::string_view sealed, const std::string& what);

// BLAKE2b-256 of the bytes (the batch hash chain).
std::string hashBytes(std::string_view bytes);
// Lower-case hex of random bytes (ids).
std::string randomHex(size_t bytes);
std::string toHex(std::string_view bytes);

}  // namespace rapport::sync
