// The setup code that lets another device join sync: the folder's URL, the user name and the vault id
// as one line of text the user copies (or scans as a QR code), never the password or the passphrase.
// Format (docs/sync.md, "Adding a device"):
//   rapport-sync/1 vault=<32 hex digits> user=<name, %-encoded> url=<the folder's URL>
#pragma once

#include <string>

#include "core/util/result.h"

namespace rapport::ui {

struct SetupCode {
    std::string url;
    std::string user;
    std::string vaultId;
};

std::string encodeSetupCode(const SetupCode& code);
// Reads a pasted code (spaces and line breaks around and between the parts are fine); an Error says in
// one sentence what is wrong with it.
Result<SetupCode> decodeSetupCode(const std::string& text);

}  // namespace rapport::ui
