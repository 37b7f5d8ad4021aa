// CSV (RFC 4180) reading and writing: quoted fields with commas, quotes and line breaks; a comma,
// semicolon or tab delimiter detected from the header line (spreadsheets in many locales use ';').
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "core/util/result.h"

namespace rapport::interchange {

struct CsvRow {
    uint32_t line = 0;  // 1-based line where the row starts
    std::vector<std::string> fields;
};

// Splits CSV text into rows; blank lines are skipped. Fails naming the line of an unterminated quoted
// field or of text after a closing quote. Never allocates more than a copy of the text.
Result<std::vector<CsvRow>> parseCsv(std::string_view text);

// The delimiter the header line uses: ',' unless it holds more ';' or tabs (outside quotes).
char detectDelimiter(std::string_view text);

// One field as CSV, quoted when it holds the delimiter, a quote, a line break or edge spaces.
// A field starting with = + - @ gets a leading apostrophe so a spreadsheet shows it as text
// instead of running it as a formula (CSV injection).
std::string csvField(std::string_view value);
// A row of fields joined by commas, ending in CRLF (RFC 4180).
std::string csvLine(const std::vector<std::string>& fields);

}  // namespace rapport::interchange
