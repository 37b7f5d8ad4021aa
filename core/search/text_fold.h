// Text folding for search: lower case, Latin accents removed ("Léa" -> "lea"), words split, so a query
// matches however a name was typed. Pure functions; invalid UTF-8 bytes are kept as they are.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace rapport {

// Lower-cases ASCII and folds Latin-1 and Latin Extended-A letters to their base letter ("Ñ" -> "n",
// "ß" -> "ss", "Œ" -> "oe"). Other characters (CJK, emoji...) are kept unchanged.
std::string foldText(std::string_view text);

// The folded words of a text: runs of letters, digits and non-ASCII characters; ASCII punctuation and
// spaces separate them. Words are at most kMaxWordBytes long (longer ones are cut).
std::vector<std::string> foldedWords(std::string_view text);
constexpr size_t kMaxWordBytes = 48;

// Cuts a text to at most `maxBytes` bytes without splitting a UTF-8 character.
std::string clipText(std::string_view text, size_t maxBytes);

}  // namespace rapport
