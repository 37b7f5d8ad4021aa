// The topic bank fuzz target body: parseTopicBank on arbitrary text (the bank is a user-editable file),
// then the promises of its header: formatTopicBank gives the topics back, and they import into a notebook.
#include <set>
#include <string>
#include <string_view>

#include "core/io/topic_bank_io.h"
#include "core/model/commands.h"
#include "core/model/validation.h"
#include "tests/core/decoder_fuzz.h"

namespace rapport::test {

bool fuzzTopicBankOnce(const uint8_t* data, size_t size) {
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    auto bank = parseTopicBank(text);
    if (!bank) {
        const bool named = bank.error().message.rfind("Topic bank line ", 0) == 0;
        return named || brokenInvariant("a refused topic bank without the line number");
    }
    std::set<std::string> texts;
    for (const BankTopic& t : bank.value()) {
        if (t.id != kNoId || !validate(Entity(t)) || t.text.empty() || t.text.size() > 400) {
            return brokenInvariant("a parsed topic breaks a rule");
        }
        texts.insert(t.text);
    }
    auto again = parseTopicBank(formatTopicBank(bank.value()));
    if (!again || again.value() != bank.value()) return brokenInvariant("a formatted topic bank reads back different");
    if (bank.value().empty()) return true;
    IdSource ids(3);
    auto add = importTopics(Notebook{}, ids, bank.value());
    if (!add) return brokenInvariant("valid topics are refused by an empty bank");
    Notebook nb;
    if (!nb.apply(add.value())) return brokenInvariant("a topic import does not apply");
    if (nb.all<BankTopic>().size() != texts.size()) return brokenInvariant("a topic import kept another number of topics");
    return true;
}

}  // namespace rapport::test
