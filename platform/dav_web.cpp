// WebDAV with emscripten_fetch (an XMLHttpRequest). Authorization goes as a plain header and
// withCredentials stays off, so a server answering `Access-Control-Allow-Origin: *` is enough (docs/sync.md).
#include "platform/dav_web.h"

#include <emscripten/fetch.h>

#include <cstring>
#include <memory>
#include <string>
#include <vector>

#include "platform/dav_protocol.h"

namespace rapport::platform {

const char* const kNoAnswerInBrowser =
    "The server did not answer this browser: it is unreachable, or it does not allow this app's origin (CORS). See docs/sync.md.";

namespace {

using Op = sync::TransportRequest::Op;

std::string base64(const std::string& in) {
    static const char* abc = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    std::string out;
    size_t i = 0;
    for (; i + 2 < in.size(); i += 3) {
        const unsigned v = (static_cast<unsigned char>(in[i]) << 16) | (static_cast<unsigned char>(in[i + 1]) << 8) |
                           static_cast<unsigned char>(in[i + 2]);
        out += {abc[v >> 18], abc[(v >> 12) & 63], abc[(v >> 6) & 63], abc[v & 63]};
    }
    if (i + 1 == in.size()) {
        const unsigned v = static_cast<unsigned char>(in[i]) << 16;
        out += {abc[v >> 18], abc[(v >> 12) & 63], '=', '='};
    } else if (i + 2 == in.size()) {
        const unsigned v = (static_cast<unsigned char>(in[i]) << 16) | (static_cast<unsigned char>(in[i + 1]) << 8);
        out += {abc[v >> 18], abc[(v >> 12) & 63], abc[(v >> 6) & 63], '='};
    }
    return out;
}

// What a request in flight keeps until its callback: what it asked and whom to tell.
struct InFlight {
    std::string base;
    sync::TransportRequest request;
    std::function<void(sync::TransportAnswer)> done;
};

void finished(emscripten_fetch_t* fetch) {
    std::unique_ptr<InFlight> f(static_cast<InFlight*>(fetch->userData));
    const long status = fetch->status;
    std::string body = fetch->data ? std::string(fetch->data, static_cast<size_t>(fetch->numBytes)) : std::string();
    emscripten_fetch_close(fetch);
    sync::TransportAnswer a;
    if (status == 0) a.status = makeError(kNoAnswerInBrowser);
    else a = davAnswer(f->base, f->request, status, std::move(body));
    f->done(std::move(a));
}

}  // namespace

void davFetch(const DavLogin& login, const sync::TransportRequest& r, std::function<void(sync::TransportAnswer)> done) {
    // XMLHttpRequest.open throws on a URL it cannot parse; only http(s) is ever meant.
    if (login.url.rfind("http://", 0) != 0 && login.url.rfind("https://", 0) != 0) {
        sync::TransportAnswer a;
        a.status = makeError("The URL " + login.url + " is not an http:// or https:// address.");
        return done(std::move(a));
    }
    auto f = std::make_unique<InFlight>(InFlight{login.url, r, std::move(done)});
    emscripten_fetch_attr_t attr;
    emscripten_fetch_attr_init(&attr);
    std::strncpy(attr.requestMethod, davMethod(r.op), sizeof attr.requestMethod - 1);
    attr.attributes = EMSCRIPTEN_FETCH_LOAD_TO_MEMORY;
    // Header names and values, then a terminating null: read before emscripten_fetch returns.
    std::vector<std::string> h;
    if (!login.user.empty()) h.insert(h.end(), {"Authorization", "Basic " + base64(login.user + ":" + login.password)});
    const std::string* body = nullptr;
    if (r.op == Op::list) {
        h.insert(h.end(), {"Depth", "1", "Content-Type", "application/xml"});
        body = &davPropfindBody();
    } else if (r.op == Op::put) {
        h.insert(h.end(), {"Content-Type", "application/octet-stream"});
        body = &f->request.body;
    }
    std::vector<const char*> headers;
    for (const std::string& s : h) headers.push_back(s.c_str());
    headers.push_back(nullptr);
    attr.requestHeaders = headers.data();
    if (body) {  // copied by emscripten_fetch before it returns
        attr.requestData = body->data();
        attr.requestDataSize = body->size();
    }
    attr.onsuccess = finished;
    attr.onerror = finished;
    const std::string url = davUrl(login.url, r);
    attr.userData = f.release();
    emscripten_fetch(&attr, url.c_str());
}

}  // namespace rapport::platform
