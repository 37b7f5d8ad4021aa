// CSV tokenizer (a small state machine over the text) and field quoting.
#include "core/interchange/csv.h"

namespace rapport::interchange {

char detectDelimiter(std::string_view text) {
    size_t commas = 0, semicolons = 0, tabs = 0;
    bool quoted = false;
    for (char c : text) {
        if (c == '"') quoted = !quoted;
        if (quoted) continue;
        if (c == '\n' || c == '\r') break;
        commas += c == ',';
        semicolons += c == ';';
        tabs += c == '\t';
    }
    if (semicolons > commas && semicolons >= tabs) return ';';
    if (tabs > commas) return '\t';
    return ',';
}

Result<std::vector<CsvRow>> parseCsv(std::string_view text) {
    const char delim = detectDelimiter(text);
    std::vector<CsvRow> rows;
    CsvRow row;
    std::string field;
    uint32_t line = 1;
    uint32_t quoteLine = 0;
    bool quoted = false, afterQuote = false, rowHasData = false;
    row.line = 1;
    const auto endField = [&] {
        row.fields.push_back(std::move(field));
        field.clear();
        afterQuote = false;
    };
    const auto endRow = [&] {
        endField();
        if (rowHasData) rows.push_back(std::move(row));
        row = CsvRow{};
        rowHasData = false;
    };
    for (size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (quoted) {
            if (c == '"') {
                if (i + 1 < text.size() && text[i + 1] == '"') {
                    field += '"';
                    ++i;
                } else {
                    quoted = false;
                    afterQuote = true;
                }
            } else {
                if (c == '\n' || (c == '\r' && !(i + 1 < text.size() && text[i + 1] == '\n'))) ++line;
                field += c;
            }
            continue;
        }
        if (c == '\r' || c == '\n') {
            if (c == '\r' && i + 1 < text.size() && text[i + 1] == '\n') ++i;
            endRow();
            row.line = ++line;
            continue;
        }
        if (c == delim) {
            endField();
            rowHasData = true;
            continue;
        }
        if (afterQuote) {
            return makeError("Line " + std::to_string(line) + ": text after a closing quote (a quote inside a field must be doubled).");
        }
        if (c == '"' && field.empty()) {
            quoted = true;
            quoteLine = line;
            rowHasData = true;
            continue;
        }
        field += c;
        if (c != ' ' && c != '\t') rowHasData = true;
    }
    if (quoted) return makeError("Line " + std::to_string(quoteLine) + ": a quoted field is never closed.");
    endRow();
    return rows;
}

std::string csvField(std::string_view value) {
    std::string v(value);
    if (!v.empty() && (v[0] == '=' || v[0] == '+' || v[0] == '-' || v[0] == '@')) v.insert(v.begin(), '\'');
    const bool needsQuotes = v.find_first_of(",;\t\"\r\n") != std::string::npos ||
                             (!v.empty() && (v.front() == ' ' || v.back() == ' '));
    if (!needsQuotes) return v;
    std::string out = "\"";
    for (char c : v) {
        if (c == '"') out += '"';
        out += c;
    }
    return out + '"';
}

std::string csvLine(const std::vector<std::string>& fields) {
    std::string out;
    for (size_t i = 0; i < fields.size(); ++i) {
        if (i) out += ',';
        out += csvField(fields[i]);
    }
    return out + "\r\n";
}

}  // namespace rapport::interchange
