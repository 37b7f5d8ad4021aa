// The frame input gate (app/input_gate.h): the orders in which X11 / a test driver / a fast typist
// deliver keys, and what each frame gets to see.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "app/input_gate.h"

namespace {

using rapport::ui::InputGate;
using rapport::ui::InputKind;

// An event named like "v2" (key 2 down), "^ctrl" (ctrl up) or "text:a".
InputKind kindOf(const std::string& event) {
    if (event[0] == 'v') return InputKind::KeyDown;
    if (event[0] == '^') return InputKind::KeyUp;
    return InputKind::Other;
}

// Feeds batches of events (one batch = what arrives before the loop draws) and returns what each
// drawn frame saw. Held events go first into the next frame, as AppLoop does.
std::vector<std::vector<std::string>> framesFor(const std::vector<std::vector<std::string>>& batches) {
    InputGate<std::string> gate;
    std::vector<std::vector<std::string>> frames;
    std::vector<std::string> seen;
    auto offer = [&](const std::string& event) {
        if (gate.admit(event, kindOf(event))) seen.push_back(event);
    };
    auto drawFrame = [&] {
        frames.push_back(seen);
        seen.clear();
        for (const std::string& event : gate.afterFrame()) offer(event);
    };
    for (const auto& batch : batches) {
        for (const std::string& event : batch) offer(event);
        // Input (also input let through after a frame) means another frame; held input means at once.
        while (!seen.empty() || gate.holding()) drawFrame();
    }
    return frames;
}

using Frames = std::vector<std::vector<std::string>>;

}  // namespace

TEST_CASE("a shortcut whose modifier is released first is seen with the modifier held", "[ui][input]") {
    // xdotool key ctrl+2, as logged from SDL: Ctrl down alone, then 2 down, Ctrl up, 2 up together.
    const Frames frames = framesFor({{"vctrl"}, {"v2", "^ctrl", "^2"}});
    REQUIRE(frames == Frames{{"vctrl"}, {"v2"}, {"^ctrl", "^2"}});
}

TEST_CASE("a whole shortcut in one batch is one frame with both keys down", "[ui][input]") {
    const Frames frames = framesFor({{"vctrl", "v2", "^2", "^ctrl"}});
    REQUIRE(frames == Frames{{"vctrl", "v2"}, {"^2", "^ctrl"}});
}

TEST_CASE("fast typing gives every key a frame of its own, in order", "[ui][input]") {
    const Frames frames = framesFor({{"va", "text:a", "^a", "vb", "text:b", "^b", "vc", "text:c", "^c"}});
    REQUIRE(frames == Frames{{"va", "text:a"}, {"^a", "vb", "text:b"}, {"^b", "vc", "text:c"}, {"^c"}});
}

TEST_CASE("releases of keys pressed in earlier frames and other events pass at once", "[ui][input]") {
    const Frames frames = framesFor({{"vshift"}, {"mouse", "^shift", "mouse"}});
    REQUIRE(frames == Frames{{"vshift"}, {"mouse", "^shift", "mouse"}});
}

TEST_CASE("while a field opened by a shortcut takes the keyboard, typing waits for it, in order", "[ui][input]") {
    // Ctrl+K then "ma" typed at once: the frame that sees Ctrl+K opens the search box, which gets the
    // keyboard two frames later. Without the hold, "m" reached a frame with no field and was lost.
    InputGate<std::string> gate;
    std::vector<std::string> seen;
    auto offer = [&](const std::string& event) {
        if (gate.admit(event, kindOf(event))) seen.push_back(event);
    };
    for (const char* e : {"vctrl", "vk", "^k", "^ctrl", "vm", "text:m", "^m", "va", "text:a", "^a"}) offer(e);
    CHECK(seen == std::vector<std::string>{"vctrl", "vk"});  // the frame that opens the box
    int focusFrames = 2;                                        // frames until the box has the keyboard
    std::vector<std::vector<std::string>> frames;
    for (int i = 0; i < 12 && (gate.holding() || !seen.empty()); ++i) {
        seen.clear();
        gate.holdAll(focusFrames-- > 0);
        for (const std::string& event : gate.afterFrame()) offer(event);
        frames.push_back(seen);
    }
    REQUIRE(frames.size() >= 4);
    CHECK(frames[0].empty());  // still taking the keyboard: nothing reaches these frames
    CHECK(frames[1].empty());
    CHECK(frames[2] == std::vector<std::string>{"^k", "^ctrl", "vm", "text:m"});
    CHECK(frames[3] == std::vector<std::string>{"^m", "va", "text:a"});
}
