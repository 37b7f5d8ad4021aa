// The WebDAV transport of sync (core/sync/transport.h) over HTTP: libcurl natively
// (dav_native.cpp). Network code lives only here, and runs only when the user has set up sync.
#pragma once

#include <memory>
#include <string>

#include "core/sync/transport.h"

namespace rapport::platform {

struct DavLogin {
    std::string url;   // the folder: https://host/dav/rapport (a trailing slash is optional)
    std::string user;  // "" for none
    std::string password;
};

// Requests are synchronous: call from a worker thread in the app. Errors are one sentence naming the
// cause (unreachable, TLS, authentication, the server's own fault) and the fix.
std::unique_ptr<sync::Transport> makeDavTransport(const DavLogin& login);

}  // namespace rapport::platform
