// Follow-up phrases of quick capture: "ask about Tom's swimming in 2 weeks", "ask how the launch went next
// fri", "follow up on the pricing next Friday", with the peer before a colon or right after "ask" /
// "follow up with" ("ask Maria about ...", "follow up with Dev on ...").
#pragma once

#include <string>

#include "core/capture/capture_line.h"

namespace rapport::capture {

// True when `body` (what follows the name, or the whole line) is a follow-up phrase; fills out's kind,
// text ("about Tom's swimming", read after "Ask Maria "), due day and, when the phrase names the peer,
// peers. A phrase with no day, or one that cannot be read, sets out.problem.
bool readFollowUp(const Notebook& nb, const std::string& body, bool peerKnown, CivilDate today, DateOrder order,
                  CaptureLine& out);

}  // namespace rapport::capture
