// The browser's WebDAV transport (dav_web.cpp): one request with emscripten_fetch, answered later.
// Browsers have no synchronous HTTP without threads, so this is not a sync::Transport: the sync runner
// (sync_runner_web.cpp) keeps a job waiting and resumes it with the answer between frames.
#pragma once

#include <functional>

#include "core/sync/transport.h"
#include "platform/dav_transport.h"

namespace rapport::platform {

// Sends `r` to the folder of `login`; `done` runs later on the browser's event loop (at once only for a
// URL that is not http(s)). A request the browser could not complete (status 0: unreachable, refused by CORS, TLS, DNS)
// is answered with an error that names CORS as a cause, since a browser cannot tell them apart.
void davFetch(const DavLogin& login, const sync::TransportRequest& r, std::function<void(sync::TransportAnswer)> done);

// The message for a status-0 answer (also what the connection test shows for it).
extern const char* const kNoAnswerInBrowser;

}  // namespace rapport::platform
