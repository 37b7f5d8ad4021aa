// vCard reader: unfolds lines (and quoted-printable soft breaks), splits each into
// group.NAME;params:value, decodes and converts the value to UTF-8, and keeps the first value of each
// property a peer uses.
#include "core/interchange/vcard_import.h"

#include <map>
#include <string>
#include <vector>

#include "core/interchange/contact_fields.h"
#include "core/interchange/text_input.h"

namespace rapport::interchange {
namespace {

struct ContentLine {
    uint32_t line = 0;
    std::string group;   // "item1" of item1.EMAIL (Apple ties a label to a value this way), upper case
    std::string name;    // upper case, group prefix removed
    std::string params;  // raw, upper case
    std::string value;   // raw bytes (still escaped, maybe quoted-printable, maybe not UTF-8)
};

std::string upper(std::string_view s) {
    std::string out(s);
    for (char& c : out) c = (c >= 'a' && c <= 'z') ? char(c - 'a' + 'A') : c;
    return out;
}

bool isQuotedPrintable(std::string_view upperHead) { return upperHead.find("QUOTED-PRINTABLE") != std::string_view::npos; }

// Folded lines (RFC 6350 3.2): a line starting with a space or tab continues the previous one. In a
// quoted-printable value (vCard 2.1) a line ending in "=" continues on the next line as it is.
std::vector<ContentLine> contentLines(std::string_view text) {
    std::vector<ContentLine> out;
    std::string current;
    uint32_t start = 0;
    bool softBreak = false;  // current is a quoted-printable value ending in "="
    const auto flush = [&] {
        if (current.empty()) return;
        const size_t colon = current.find(':');
        ContentLine cl;
        cl.line = start;
        std::string head = current.substr(0, colon);
        cl.value = colon == std::string::npos ? "" : current.substr(colon + 1);
        const size_t semi = head.find(';');
        cl.params = semi == std::string::npos ? "" : upper(head.substr(semi + 1));
        head = head.substr(0, semi);
        if (const size_t dot = head.rfind('.'); dot != std::string::npos) {
            cl.group = upper(trimmed(std::string_view(head).substr(0, dot)));
            head = head.substr(dot + 1);
        }
        cl.name = upper(trimmed(head));
        out.push_back(std::move(cl));
        current.clear();
    };
    const auto endsSoft = [&] {
        const size_t colon = current.find(':');
        return colon != std::string::npos && !current.empty() && current.back() == '=' &&
               isQuotedPrintable(upper(std::string_view(current).substr(0, colon)));
    };
    for (const TextLine& l : splitLines(text)) {
        if (softBreak) {
            current.pop_back();  // the "=" of the soft break
            current.append(l.text);
            softBreak = endsSoft();
            continue;
        }
        if (!l.text.empty() && (l.text[0] == ' ' || l.text[0] == '\t') && !current.empty()) {
            current.append(l.text.substr(1));
            softBreak = endsSoft();
            continue;
        }
        flush();
        current = std::string(l.text);
        start = l.number;
        softBreak = endsSoft();
    }
    flush();
    return out;
}

// Splits a structured value at unescaped `sep` and unescapes each part (\n, \, \; \\).
std::vector<std::string> components(std::string_view v, char sep) {
    std::vector<std::string> parts(1);
    for (size_t i = 0; i < v.size(); ++i) {
        if (v[i] == '\\' && i + 1 < v.size()) {
            const char n = v[++i];
            parts.back() += (n == 'n' || n == 'N') ? '\n' : n;
        } else if (v[i] == sep) {
            parts.emplace_back();
        } else {
            parts.back() += v[i];
        }
    }
    return parts;
}

std::string textValue(std::string_view v) { return components(v, '\0').front(); }

// The value of a parameter ("CHARSET" in "TYPE=WORK;CHARSET=WINDOWS-1252"), or "".
std::string param(const std::string& params, const std::string& key) {
    for (size_t at = 0; at < params.size();) {
        size_t end = params.find(';', at);
        if (end == std::string::npos) end = params.size();
        const std::string part = params.substr(at, end - at);
        if (part.compare(0, key.size() + 1, key + "=") == 0) return part.substr(key.size() + 1);
        at = end + 1;
    }
    return "";
}

// The line's value as UTF-8: quoted-printable decoded, then converted from its CHARSET. A 2.1 card's
// value without a CHARSET that is not UTF-8 is read as Windows-1252 (what Outlook on Windows writes).
Result<std::string> decodedValue(const ContentLine& cl, bool version21) {
    std::string raw = isQuotedPrintable(cl.params) ? quotedPrintableDecoded(cl.value) : cl.value;
    if (isQuotedPrintable(cl.params)) {
        // A quoted-printable line break is CRLF; the notebook's text uses LF.
        std::string lf;
        for (size_t i = 0; i < raw.size(); ++i) {
            if (!(raw[i] == '\r' && i + 1 < raw.size() && raw[i + 1] == '\n')) lf += raw[i];
        }
        raw = std::move(lf);
    }
    std::string charset = param(cl.params, "CHARSET");
    if (charset.empty() && version21 && !isValidUtf8(raw)) charset = "WINDOWS-1252";
    // "=00" would put a NUL in the notebook, which nothing else can (a backup could not carry it).
    if (raw.find('\0') != std::string::npos) return makeError("The " + cl.name + " value contains a NUL character (=00).");
    if (charset.empty()) {
        if (!isValidUtf8(raw)) return makeError("The " + cl.name + " value is not UTF-8 and names no CHARSET; export the contacts as UTF-8.");
        return raw;
    }
    auto text = toUtf8(raw, charset);
    if (!text) return makeError("The " + cl.name + " value: " + text.error().message);
    return text;
}

// Labels of Apple's dated items (itemN.X-ABDATE with itemN.X-ABLabel:_$!<Anniversary>!$_), by group.
std::map<std::string, std::string> itemLabels(const std::vector<ContentLine>& card) {
    std::map<std::string, std::string> labels;
    for (const ContentLine& cl : card) {
        if (cl.name == "X-ABLABEL" && !cl.group.empty()) labels[cl.group] = upper(cl.value);
    }
    return labels;
}

bool isAnniversary(const ContentLine& cl, const std::map<std::string, std::string>& labels) {
    if (cl.name == "ANNIVERSARY" || cl.name == "X-ANNIVERSARY" || cl.name == "X-MS-ANNIVERSARY" || cl.name == "X-EVOLUTION-ANNIVERSARY") {
        return true;
    }
    if (cl.name != "X-ABDATE") return false;
    auto it = labels.find(cl.group);
    return it != labels.end() && it->second.find("ANNIVERSARY") != std::string::npos;
}

// Builds one record from a card's lines; problems go to errors with their line numbers.
void readCard(const std::vector<ContentLine>& card, uint32_t begin, PeerRecords& out) {
    PeerRecord r;
    r.line = begin;
    std::string structuredName;
    bool version21 = false;
    for (const ContentLine& cl : card) {
        if (cl.name != "VERSION") continue;
        const std::string_view v = trimmed(cl.value);
        if (v != "2.1" && v != "3.0" && v != "4.0") {
            out.errors.push_back({cl.line, "vCard version " + std::string(v) + " is not supported; export the contacts as vCard 2.1, 3.0 or 4.0."});
            return;
        }
        version21 = v == "2.1";
    }
    const auto labels = itemLabels(card);
    for (const ContentLine& cl : card) {
        static const char* kUsed[] = {"FN", "N", "TITLE", "ROLE", "ORG", "NOTE", "EMAIL", "BDAY", "CATEGORIES",
                                      "ANNIVERSARY", "X-ANNIVERSARY", "X-MS-ANNIVERSARY", "X-EVOLUTION-ANNIVERSARY", "X-ABDATE"};
        bool used = false;
        for (const char* u : kUsed) used = used || cl.name == u;
        if (!used) continue;  // photos, phones, addresses: never decoded, so their bytes cannot refuse a card
        auto decoded = decodedValue(cl, version21);
        if (!decoded) {
            out.errors.push_back({cl.line, decoded.error().message});
            return;
        }
        const std::string& value = decoded.value();
        if (cl.name == "FN" && r.name.empty()) r.name = textValue(value);
        if (cl.name == "N" && structuredName.empty()) {
            // N: family;given;additional;prefixes;suffixes -> "prefix given additional family suffix"
            auto n = components(value, ';');
            n.resize(5);
            for (const std::string* part : {&n[3], &n[1], &n[2], &n[0], &n[4]}) {
                if (!trimmed(*part).empty()) structuredName += (structuredName.empty() ? "" : " ") + std::string(trimmed(*part));
            }
        }
        if ((cl.name == "TITLE" || cl.name == "ROLE") && r.title.empty()) r.title = textValue(value);
        if (cl.name == "ORG" && r.organisation.empty()) r.organisation = components(value, ';').front();
        if (cl.name == "NOTE") r.notes += (r.notes.empty() ? "" : "\n") + textValue(value);
        if (cl.name == "EMAIL" && r.email.empty()) r.email = std::string(trimmed(textValue(value)));
        if (cl.name == "CATEGORIES") {
            for (const std::string& tag : components(value, ',')) {
                if (!trimmed(tag).empty()) r.tags.emplace_back(trimmed(tag));
            }
        }
        const bool birthday = cl.name == "BDAY", anniversary = isAnniversary(cl, labels);
        if ((birthday || anniversary) && cl.params.find("VALUE=TEXT") == std::string::npos && !trimmed(value).empty()) {
            auto d = parseBirthday(textValue(value), birthday ? "birthday" : "anniversary");
            if (!d) {
                out.errors.push_back({cl.line, d.error().message});
                return;
            }
            (birthday ? r.birthday : r.anniversary) = d.value();
        }
    }
    if (trimmed(r.name).empty()) r.name = structuredName;
    if (trimmed(r.name).empty()) {
        out.errors.push_back({begin, "The card has no name (FN or N)."});
        return;
    }
    out.records.push_back(std::move(r));
}

}  // namespace

Result<PeerRecords> parseVCards(std::string_view bytes) {
    auto text = checkedBytes(bytes, kMaxImportBytes, "vCard file");
    if (!text) return text.error();
    PeerRecords out;
    std::vector<ContentLine> card;
    uint32_t begin = 0;
    bool inCard = false, anyCard = false;
    for (ContentLine& cl : contentLines(text.value())) {
        const std::string value = upper(trimmed(cl.value));
        if (cl.name == "BEGIN" && value == "VCARD") {
            if (inCard) out.errors.push_back({begin, "The card is not ended (END:VCARD missing)."});
            inCard = anyCard = true;
            begin = cl.line;
            card.clear();
        } else if (cl.name == "END" && value == "VCARD") {
            if (!inCard) {
                out.errors.push_back({cl.line, "END:VCARD without BEGIN:VCARD."});
                continue;
            }
            readCard(card, begin, out);
            inCard = false;
        } else if (inCard) {
            card.push_back(std::move(cl));
        } else if (!trimmed(cl.name).empty()) {
            out.errors.push_back({cl.line, "Text outside a card (BEGIN:VCARD ... END:VCARD)."});
        }
    }
    if (inCard) out.errors.push_back({begin, "The card is not ended (END:VCARD missing)."});
    if (!anyCard) {
        // Not a vCard file at all: say so, and say first if it is not even text in UTF-8.
        if (std::string message = notUtf8Message(text.value(), "vCard file"); !message.empty()) return makeError(std::move(message));
        return makeError("The file has no vCard in it (no BEGIN:VCARD line).");
    }
    return out;
}

}  // namespace rapport::interchange
