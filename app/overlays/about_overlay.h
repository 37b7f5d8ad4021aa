// Help > About: the app's name, its version (the one the packages and `rapport --version` show) and
// what it promises about the notes.
#pragma once

namespace rapport::ui {

class AboutOverlay {
public:
    void open() { m_open = true; m_justOpened = true; }
    bool isOpen() const { return m_open; }
    // Draws the dialog when open; Close or Esc closes it.
    void draw();

private:
    bool m_open = false;
    bool m_justOpened = false;
};

}  // namespace rapport::ui
