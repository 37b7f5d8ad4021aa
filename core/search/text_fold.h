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
// foldText appended to `out`: the index folds a whole entity into one reused buffer, with no string per
// field or word.
void appendFolded(std::string& out, std::string_view text);

// The folded words of a text: runs of letters, digits and non-ASCII characters; ASCII punctuation and
// spaces separate them. Words are at most kMaxWordBytes long (longer ones are cut).
std::vector<std::string> foldedWords(std::string_view text);
constexpr size_t kMaxWordBytes = 48;
// The words of an already folded text as views into it (cut like foldedWords), appended to `out`.
void appendWords(std::string_view folded, std::vector<std::string_view>& out);

// Cuts a text to at most `maxBytes` bytes without splitting a UTF-8 character.
std::string clipText(std::string_view text, size_t maxBytes);
std::string_view clipView(std::string_view text, size_t maxBytes);

}  // namespace rapport
