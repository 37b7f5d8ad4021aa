// Text in the roles of the type scale (app/theme.h): a page title, captions, names in the bold
// weight, and text in a semantic tone. Everything wraps at the edge of its window or card.
#pragma once

#include "app/theme.h"

namespace rapport::ui {

// The title of a page ("This week", a peer's name), in the title size.
void pageTitle(const char* text);
// A heading inside a page, in the heading size; sectionTitle (widgets.h) adds the rule under it.
void headingText(const char* text);
// Small print: metadata, hints, "last contact 3 days ago".
void captionText(const char* text);
// A person's or a thing's name in the bold weight, on one line (no wrap).
void strongText(const char* text);
// Wrapped text in a semantic colour.
void toneText(Tone tone, const char* text);
// A bullet and text that wraps under itself (ImGui's BulletText does not wrap).
void bulletText(const char* text);
// The same with printf-style formatting (drop-in for ImGui::BulletText).
void bulletTextf(const char* format, ...) IM_FMTARGS(1);
// One line of text cut with "..." where it does not fit the space left on the line (table cells,
// lists drawn a row at a time); the whole text shows in a tooltip on hover.
void ellipsisText(const char* text);

// Tells the item hooks (tests, browser automation) the visible name of the item just drawn, when its
// own label is hidden ("##row") because the text is drawn separately.
void nameForItemHooks(const char* name);

// Muted text after the previous item when it fits on the line, else below it; wraps.
void mutedAfter(const char* text);

// A selectable line of text that wraps at the edge (ImGui's Selectable does not); true when clicked.
// The item hooks know it by `text`.
bool wrappedSelectable(const char* text);

// Makes the next text items use a role's font until the scope ends.
class FontScope {
public:
    explicit FontScope(TextRole role) { ImGui::PushFont(fontFor(role)); }
    ~FontScope() { ImGui::PopFont(); }
    FontScope(const FontScope&) = delete;
    FontScope& operator=(const FontScope&) = delete;
};

}  // namespace rapport::ui
