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
