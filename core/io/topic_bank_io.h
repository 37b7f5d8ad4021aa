// The topic bank's text format (assets/topic_bank.txt, user-editable): one topic per line as
// "trust | kind | text", '#' starts a comment line, blank lines are ignored.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "core/model/settings.h"
#include "core/util/result.h"

namespace rapport {

// Parses a topic bank. Fails on the first bad line with its number and what is wrong (unknown trust or
// kind, missing text, a text longer than 400 characters). Ids are left kNoId (importTopics assigns them).
Result<std::vector<BankTopic>> parseTopicBank(std::string_view text);

// Writes topics in the same format (for export); parseTopicBank(formatTopicBank(t)) gives t back.
std::string formatTopicBank(const std::vector<BankTopic>& topics);

}  // namespace rapport
