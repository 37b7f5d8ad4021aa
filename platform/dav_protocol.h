// What the two WebDAV transports share (dav_native.cpp over libcurl, dav_web.cpp over emscripten_fetch):
// the URL of each request, the PROPFIND body, and how an HTTP answer becomes the engine's answer (the
// multistatus listing read with pugixml, statuses named with the fix).
#pragma once

#include <string>

#include "core/sync/transport.h"

namespace rapport::platform {

// The HTTP method of a request ("PROPFIND" for list).
const char* davMethod(sync::TransportRequest::Op op);
// The absolute URL of `r` under the folder `base` (no trailing slash); folders get a trailing slash.
std::string davUrl(const std::string& base, const sync::TransportRequest& r);
// The request body PROPFIND sends (asks for resourcetype only).
const std::string& davPropfindBody();
// The engine's answer to `r` from an HTTP status and body (the status is not 0: the server answered).
sync::TransportAnswer davAnswer(const std::string& base, const sync::TransportRequest& r, long status, std::string body);

}  // namespace rapport::platform
