// WebDAV over libcurl: PROPFIND (Depth 1), GET, PUT, MKCOL and DELETE, nothing else. The multistatus
// answer of PROPFIND is read with pugixml; names are taken from each response's href.
#include <curl/curl.h>
#include <pugixml.hpp>

#include <cctype>
#include <mutex>

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

std::string percentDecode(const std::string& s) {
    std::string out;
    for (size_t i = 0; i < s.size(); ++i) {
        if (s[i] == '%' && i + 2 < s.size() && std::isxdigit(static_cast<unsigned char>(s[i + 1])) &&
            std::isxdigit(static_cast<unsigned char>(s[i + 2]))) {
            out.push_back(static_cast<char>(std::stoi(s.substr(i + 1, 2), nullptr, 16)));
            i += 2;
        } else {
            out.push_back(s[i]);
        }
    }
    return out;
}

// The path part of a URL or href, decoded, without a trailing slash.
std::string pathOf(std::string href) {
    const auto scheme = href.find("://");
    if (scheme != std::string::npos) {
        const auto slash = href.find('/', scheme + 3);
        href = slash == std::string::npos ? "/" : href.substr(slash);
    }
    href = percentDecode(href);
    while (href.size() > 1 && href.back() == '/') href.pop_back();
    return href;
}

class DavTransport final : public sync::Transport {
public:
    explicit DavTransport(DavLogin login) : m_login(std::move(login)) {
        static std::once_flag once;
        std::call_once(once, [] { curl_global_init(CURL_GLOBAL_DEFAULT); });
        while (!m_login.url.empty() && m_login.url.back() == '/') m_login.url.pop_back();
    }

    Result<std::optional<std::vector<std::string>>> list(const std::string& dir) override {
        const std::string url = urlOf(dir, true);
        static const std::string body =
            "<?xml version=\"1.0\" encoding=\"utf-8\"?><propfind xmlns=\"DAV:\"><prop><resourcetype/></prop></propfind>";
        auto a = request("PROPFIND", url, &body, {"Depth: 1", "Content-Type: application/xml"});
        if (!a) return a.error();
        if (a.value().status == 404) return std::optional<std::vector<std::string>>();
        if (a.value().status != 207) return httpError("list", dir, a.value().status);
        pugi::xml_document doc;
        if (!doc.load_string(a.value().body.c_str())) {
            return makeError("The server's answer to listing " + shown(dir) + " is not WebDAV XML; check the URL points at a WebDAV folder.");
        }
        const std::string self = pathOf(url);
        std::vector<std::string> names;
        for (const auto& node : doc.select_nodes("//*[local-name()='response']/*[local-name()='href']")) {
            const std::string path = pathOf(node.node().text().get());
            if (path == self) continue;
            names.push_back(path.substr(path.rfind('/') + 1));
        }
        return std::optional<std::vector<std::string>>(std::move(names));
    }

    Result<std::optional<std::string>> get(const std::string& path) override {
        auto a = request("GET", urlOf(path, false), nullptr, {});
        if (!a) return a.error();
        if (a.value().status == 404) return std::optional<std::string>();
        if (a.value().status != 200) return httpError("read", path, a.value().status);
        return std::optional<std::string>(std::move(a.value().body));
    }

    Status put(const std::string& path, const std::string& bytes) override {
        auto a = request("PUT", urlOf(path, false), &bytes, {"Content-Type: application/octet-stream"});
        if (!a) return a.error();
        if (a.value().status < 200 || a.value().status > 299) return httpError("store", path, a.value().status);
        return {};
    }

    Status mkcol(const std::string& dir) override {
        auto a = request("MKCOL", urlOf(dir, true), nullptr, {});
        if (!a) return a.error();
        // 405: it exists already (what Apache and nginx answer), which is what we wanted.
        if (a.value().status == 201 || a.value().status == 405) return {};
        return httpError("create the folder", dir, a.value().status);
    }

    Status remove(const std::string& path) override {
        auto a = request("DELETE", urlOf(path, false), nullptr, {});
        if (!a) return a.error();
        if ((a.value().status >= 200 && a.value().status <= 299) || a.value().status == 404) return {};
        return httpError("delete", path, a.value().status);
    }

private:
    std::string urlOf(const std::string& path, bool collection) const {
        std::string url = m_login.url + "/" + path;
        if (collection && url.back() != '/') url += '/';
        return url;
    }
    std::string shown(const std::string& path) const { return path.empty() ? "the sync folder" : path; }

    Error httpError(const std::string& what, const std::string& path, long status) const {
        const std::string where = " (" + what + " " + shown(path) + ", HTTP " + std::to_string(status) + ")";
        if (status == 401) return makeError("The server refused the user name or password" + where + "; check them in the sync settings.");
        if (status == 403) return makeError("The server does not allow this user to write there" + where + "; check the folder's permissions.");
        if (status == 409) return makeError("A folder on the way is missing on the server" + where + "; check the URL.");
        if (status == 507) return makeError("The server is out of space" + where + ".");
        if (status >= 500) return makeError("The server had an internal error" + where + "; try again later.");
        return makeError("The server gave an unexpected answer" + where + "; check the URL points at a WebDAV folder.");
    }

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
