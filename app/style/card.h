// Cards: a block on its own surface (a peer's header, a prep-card section, an item of This week), and
// the round initials avatar that opens a peer's card.
#pragma once

#include <string>

namespace rapport::ui {

// Starts a card that fills the width available; what is drawn until endCard() sits on the card's
// surface, with padding, and wraps at its inner edge. Cards nest.
void beginCard(const char* id);
void endCard();
// A card that starts with a heading (a section of the prep card). Close it with endCard().
void beginCardSection(const char* title);

// "Maria Chen" -> "MC"; one letter for one name; "?" for none. Keeps whole UTF-8 characters.
std::string initials(const std::string& name);
// A filled circle of `diameter` logical pixels with the name's initials, in the accent colour.
void initialsAvatar(const std::string& name, float diameter);

}  // namespace rapport::ui
