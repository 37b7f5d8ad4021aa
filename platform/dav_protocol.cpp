// WebDAV as sync uses it: PROPFIND (Depth 1), GET, PUT, MKCOL and DELETE. The multistatus answer of
// PROPFIND is read with pugixml; names are taken from each response's href.
#include "platform/dav_protocol.h"

#include <pugixml.hpp>

#include <cctype>
#include <cstring>

namespace rapport::platform {
namespace {

using Op = sync::TransportRequest::Op;

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

std::string shown(const std::string& path) { return path.empty() ? "the sync folder" : path; }

Error httpError(const std::string& what, const std::string& path, long status) {
    const std::string where = " (" + what + " " + shown(path) + ", HTTP " + std::to_string(status) + ")";
    if (status == 401) return makeError("The server refused the user name or password" + where + "; check them in the sync settings.");
    if (status == 403) return makeError("The server does not allow this user to write there" + where + "; check the folder's permissions.");
    if (status == 409) return makeError("A folder on the way is missing on the server" + where + "; check the URL.");
    if (status == 507) return makeError("The server is out of space" + where + ".");
    if (status >= 500) return makeError("The server had an internal error" + where + "; try again later.");
    return makeError("The server gave an unexpected answer" + where + "; check the URL points at a WebDAV folder.");
}

// The local part of an element name ("D:href" -> "href"): servers choose their own DAV: prefix.
const char* localName(const pugi::xml_node& n) {
    const char* name = n.name();
    const char* colon = std::strrchr(name, ':');
    return colon ? colon + 1 : name;
}

// The entries of a multistatus answer, the folder's own entry (`self`, a path) left out. Walks the
// elements instead of asking XPath, so the web build compiles pugixml without XPath (smaller).
Result<std::vector<std::string>> parseMultistatus(const std::string& body, const std::string& self, const std::string& dir) {
    pugi::xml_document doc;
    if (!doc.load_string(body.c_str())) {
        return makeError("The server's answer to listing " + shown(dir) + " is not WebDAV XML; check the URL points at a WebDAV folder.");
    }
    std::vector<std::string> names;
    for (const pugi::xml_node response : doc.document_element().children()) {  // multistatus > response > href
        if (std::strcmp(localName(response), "response") != 0) continue;
        for (const pugi::xml_node href : response.children()) {
            if (std::strcmp(localName(href), "href") != 0) continue;
            const std::string path = pathOf(href.text().get());
            if (path != self) names.push_back(path.substr(path.rfind('/') + 1));
        }
    }
    return names;
}

}  // namespace

const char* davMethod(Op op) {
    switch (op) {
    case Op::list: return "PROPFIND";
    case Op::get: return "GET";
    case Op::put: return "PUT";
    case Op::mkcol: return "MKCOL";
    case Op::remove: return "DELETE";
    }
    return "GET";
}

std::string davUrl(const std::string& base, const sync::TransportRequest& r) {
    std::string url = base;
    while (!url.empty() && url.back() == '/') url.pop_back();
    url += "/" + r.path;
    if ((r.op == Op::list || r.op == Op::mkcol) && url.back() != '/') url += '/';
    return url;
}

const std::string& davPropfindBody() {
    static const std::string body =
        "<?xml version=\"1.0\" encoding=\"utf-8\"?><propfind xmlns=\"DAV:\"><prop><resourcetype/></prop></propfind>";
    return body;
}

sync::TransportAnswer davAnswer(const std::string& base, const sync::TransportRequest& r, long status, std::string body) {
    sync::TransportAnswer a;
    switch (r.op) {
    case Op::list: {
        if (status == 404) {
            a.found = false;
        } else if (status != 207) {
            a.status = httpError("list", r.path, status);
        } else {
            auto names = parseMultistatus(body, pathOf(davUrl(base, r)), r.path);
            if (names) a.names = std::move(names).value();
            else a.status = names.error();
        }
        break;
    }
    case Op::get:
        if (status == 404) a.found = false;
        else if (status != 200) a.status = httpError("read", r.path, status);
        else a.body = std::move(body);
        break;
    case Op::put:
        if (status < 200 || status > 299) a.status = httpError("store", r.path, status);
        break;
    case Op::mkcol:
        // 405: it exists already (what Apache and nginx answer), which is what we wanted.
        if (status != 201 && status != 405) a.status = httpError("create the folder", r.path, status);
        break;
    case Op::remove:
        if (!((status >= 200 && status <= 299) || status == 404)) a.status = httpError("delete", r.path, status);
        break;
    }
    return a;
}

}  // namespace rapport::platform
