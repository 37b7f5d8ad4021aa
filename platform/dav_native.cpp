// WebDAV over libcurl, one request at a time; what a request is and what its answer means is shared
// with the browser's transport (dav_protocol.cpp).
#include <curl/curl.h>

#include <mutex>

#include "platform/dav_protocol.h"
#include "platform/dav_transport.h"

namespace rapport::platform {
namespace {

struct Answer {
    long status = 0;
    std::string body;
};

size_t collect(char* data, size_t size, size_t n, void* out) {
    static_cast<std::string*>(out)->append(data, size * n);
    return size * n;
}

struct Upload {
    const std::string* bytes;
    size_t pos = 0;
};

size_t feed(char* buf, size_t size, size_t n, void* in) {
    auto* up = static_cast<Upload*>(in);
    const size_t left = up->bytes->size() - up->pos;
    const size_t take = std::min(left, size * n);
    std::copy(up->bytes->data() + up->pos, up->bytes->data() + up->pos + take, buf);
    up->pos += take;
    return take;
}

class DavTransport final : public sync::ExchangeTransport {
public:
    explicit DavTransport(DavLogin login) : m_login(std::move(login)) {
        static std::once_flag once;
        std::call_once(once, [] { curl_global_init(CURL_GLOBAL_DEFAULT); });
        while (!m_login.url.empty() && m_login.url.back() == '/') m_login.url.pop_back();
    }

    sync::TransportAnswer exchange(const sync::TransportRequest& r) override {
        const bool propfind = r.op == sync::TransportRequest::Op::list;
        const std::string* body = propfind ? &davPropfindBody() : r.op == sync::TransportRequest::Op::put ? &r.body : nullptr;
        std::vector<std::string> headers;
        if (propfind) headers = {"Depth: 1", "Content-Type: application/xml"};
        if (r.op == sync::TransportRequest::Op::put) headers = {"Content-Type: application/octet-stream"};
        auto a = request(davMethod(r.op), davUrl(m_login.url, r), body, headers);
        if (!a) {
            sync::TransportAnswer failed;
            failed.status = a.error();
            return failed;
        }
        return davAnswer(m_login.url, r, a.value().status, std::move(a.value().body));
    }

private:
    Result<Answer> request(const char* method, const std::string& url, const std::string* body,
                           const std::vector<std::string>& headers) {
        CURL* c = curl_easy_init();
        if (!c) return makeError("The network library could not start.");
        Answer a;
        Upload up{body};
        curl_slist* list = nullptr;
        for (const auto& h : headers) list = curl_slist_append(list, h.c_str());
        curl_easy_setopt(c, CURLOPT_URL, url.c_str());
        curl_easy_setopt(c, CURLOPT_CUSTOMREQUEST, method);
        curl_easy_setopt(c, CURLOPT_HTTPHEADER, list);
        curl_easy_setopt(c, CURLOPT_WRITEFUNCTION, collect);
        curl_easy_setopt(c, CURLOPT_WRITEDATA, &a.body);
        curl_easy_setopt(c, CURLOPT_NOSIGNAL, 1L);
        curl_easy_setopt(c, CURLOPT_CONNECTTIMEOUT, 15L);
        // No overall limit (a first upload can be large); a stalled transfer is given up after 30 s.
        curl_easy_setopt(c, CURLOPT_LOW_SPEED_LIMIT, 1L);
        curl_easy_setopt(c, CURLOPT_LOW_SPEED_TIME, 30L);
        curl_easy_setopt(c, CURLOPT_PROTOCOLS_STR, "http,https");
        if (!m_login.user.empty()) {
            curl_easy_setopt(c, CURLOPT_HTTPAUTH, CURLAUTH_BASIC);
            curl_easy_setopt(c, CURLOPT_USERNAME, m_login.user.c_str());
            curl_easy_setopt(c, CURLOPT_PASSWORD, m_login.password.c_str());
        }
        if (body) {
            curl_easy_setopt(c, CURLOPT_UPLOAD, 1L);
            curl_easy_setopt(c, CURLOPT_READFUNCTION, feed);
            curl_easy_setopt(c, CURLOPT_READDATA, &up);
            curl_easy_setopt(c, CURLOPT_INFILESIZE_LARGE, static_cast<curl_off_t>(body->size()));
        }
        const CURLcode rc = curl_easy_perform(c);
        curl_easy_getinfo(c, CURLINFO_RESPONSE_CODE, &a.status);
        curl_slist_free_all(list);
        curl_easy_cleanup(c);
        if (rc == CURLE_OK) return a;
        const std::string detail = std::string(" (") + curl_easy_strerror(rc) + ")";
        switch (rc) {
        case CURLE_COULDNT_RESOLVE_HOST:
        case CURLE_COULDNT_RESOLVE_PROXY:
        case CURLE_COULDNT_CONNECT:
        case CURLE_OPERATION_TIMEDOUT:
            return makeError("The server " + m_login.url + " cannot be reached" + detail + "; check the URL and the network, then try again.");
        case CURLE_SSL_CONNECT_ERROR:
        case CURLE_PEER_FAILED_VERIFICATION:
        case CURLE_SSL_CERTPROBLEM:
        case CURLE_SSL_CACERT_BADFILE:
            return makeError("The secure connection to " + m_login.url + " failed" + detail + "; the server's certificate is not trusted or TLS is misconfigured.");
        case CURLE_UNSUPPORTED_PROTOCOL:
        case CURLE_URL_MALFORMAT:
            return makeError("The URL " + m_login.url + " is not an http:// or https:// address" + detail + ".");
        default:
            return makeError("The connection to " + m_login.url + " broke off" + detail + "; try again.");
        }
    }

    DavLogin m_login;
};

}  // namespace

std::unique_ptr<sync::Transport> makeDavTransport(const DavLogin& login) { return std::make_unique<DavTransport>(login); }

}  // namespace rapport::platform
