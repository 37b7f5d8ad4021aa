// vCard reader: unfolds lines, splits each into group.NAME;params:value, unescapes values and keeps
// the first value of each property a peer uses.
#include "core/interchange/vcard_import.h"

#include <string>
#include <vector>

#include "core/interchange/contact_fields.h"
#include "core/interchange/text_input.h"

namespace rapport::interchange {
namespace {

struct ContentLine {
    uint32_t line = 0;
    std::string name;    // upper case, group prefix removed
    std::string params;  // raw, upper case
    std::string value;   // raw (still escaped)
};

std::string upper(std::string_view s) {
    std::string out(s);
    for (char& c : out) c = (c >= 'a' && c <= 'z') ? char(c - 'a' + 'A') : c;
    return out;
}

// Folded lines (RFC 6350 3.2): a line starting with a space or tab continues the previous one.
std::vector<ContentLine> contentLines(std::string_view text) {
    std::vector<ContentLine> out;
    std::string current;
    uint32_t start = 0;
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
        if (const size_t dot = head.rfind('.'); dot != std::string::npos) head = head.substr(dot + 1);
        cl.name = upper(trimmed(head));
        out.push_back(std::move(cl));
        current.clear();
    };
    for (const TextLine& l : splitLines(text)) {
        if (!l.text.empty() && (l.text[0] == ' ' || l.text[0] == '\t') && !current.empty()) {
            current.append(l.text.substr(1));
            continue;
        }
        flush();
        current = std::string(l.text);
        start = l.number;
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

// Builds one record from a card's lines; problems go to errors with their line numbers.
void readCard(const std::vector<ContentLine>& card, uint32_t begin, PeerRecords& out) {
    PeerRecord r;
    r.line = begin;
    std::string structuredName;
    for (const ContentLine& cl : card) {
        if (cl.name == "VERSION" && trimmed(cl.value) != "3.0" && trimmed(cl.value) != "4.0") {
            out.errors.push_back({cl.line, "vCard version " + std::string(trimmed(cl.value)) +
                                               " is not supported; export the contacts as vCard 3.0 or 4.0."});
            return;
        }
        if (cl.params.find("QUOTED-PRINTABLE") != std::string::npos) {
            out.errors.push_back({cl.line, "Quoted-printable values (vCard 2.1) are not supported; export as vCard 3.0 or 4.0."});
            return;
        }
        if (cl.name == "FN" && r.name.empty()) r.name = textValue(cl.value);
        if (cl.name == "N" && structuredName.empty()) {
            // N: family;given;additional;prefixes;suffixes -> "given additional family"
            auto n = components(cl.value, ';');
            n.resize(5);
            for (const std::string* part : {&n[3], &n[1], &n[2], &n[0], &n[4]}) {
                if (!trimmed(*part).empty()) structuredName += (structuredName.empty() ? "" : " ") + std::string(trimmed(*part));
            }
        }
        if ((cl.name == "TITLE" || cl.name == "ROLE") && r.title.empty()) r.title = textValue(cl.value);
        if (cl.name == "ORG" && r.organisation.empty()) r.organisation = components(cl.value, ';').front();
        if (cl.name == "NOTE") r.notes += (r.notes.empty() ? "" : "\n") + textValue(cl.value);
        if (cl.name == "EMAIL" && r.email.empty()) r.email = std::string(trimmed(textValue(cl.value)));
        if (cl.name == "BDAY" && cl.params.find("VALUE=TEXT") == std::string::npos && !trimmed(cl.value).empty()) {
            auto b = parseBirthday(textValue(cl.value));
            if (!b) {
                out.errors.push_back({cl.line, b.error().message});
                return;
            }
            r.birthday = b.value();
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
    auto text = checkedText(bytes, kMaxImportBytes, "vCard file");
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
    if (!anyCard) return makeError("The file has no vCard in it (no BEGIN:VCARD line).");
    return out;
}

}  // namespace rapport::interchange
