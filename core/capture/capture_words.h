// The word-level helpers of quick capture: trimming, ASCII lower case that keeps byte positions, peer names
// matched at the start of a text, and the fact category guessed from a few words.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "core/model/notebook.h"

namespace rapport::capture {

std::string trim(std::string_view text);
// Lower-cases ASCII only, so positions in the result are positions in the original.
std::string lowerAscii(std::string_view text);
// True when `text` (already lower-cased) starts with `prefix`.
bool startsWith(const std::string& text, std::string_view prefix);

// Non-archived peers a name part could mean: an exact full name wins; else names whose start, or one of
// whose words' start, is the name part (ignoring case and accents).
std::vector<EntityId> matchPeers(const Notebook& nb, std::string_view namePart);
// Peers whose full name or first name is exactly `name` (ignoring case and accents).
std::vector<EntityId> peersNamed(const Notebook& nb, std::string_view name);
// Peers with a fact that names `name` as a word ("Daughter Léa (7)" names Léa): whose kid it may be.
std::vector<EntityId> peersWhoseFactsName(const Notebook& nb, std::string_view name);

struct NameAtStart {
    std::vector<EntityId> peers;  // the peers with the longest name found at the start
    size_t end = 0;               // where the text after the name starts
};
// The peer named at the start of `text` ("Dev Patel the plan", "Dev the plan"): the full name, else the
// first name. Empty when none is.
NameAtStart nameAtStart(const Notebook& nb, std::string_view text);

// The category a fact most likely belongs to, from a few words ("kids" -> family, "dog" -> pets).
FactCategory guessCategory(std::string_view text);

}  // namespace rapport::capture
