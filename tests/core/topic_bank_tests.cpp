// Tests of the topic bank format and of the default bank shipped in assets/.
#include <catch2/catch.hpp>

#include <fstream>
#include <sstream>

#include "core/io/topic_bank_io.h"
#include "core/model/commands.h"
#include "core/rules/topics.h"
#include "test_support.h"

using namespace rapport;

namespace {

std::string readFile(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream out;
    out << in.rdbuf();
    return out.str();
}

}  // namespace

TEST_CASE("the default topic bank parses and covers every trust level", "[topic_bank]") {
    const std::string text = readFile(std::string(RAPPORT_SOURCE_DIR) + "/assets/topic_bank.txt");
    REQUIRE_FALSE(text.empty());
    auto bank = parseTopicBank(text);
    INFO((bank.ok() ? "" : bank.error().message));
    REQUIRE(bank.ok());
    int perTier[3] = {0, 0, 0};
    for (const BankTopic& t : bank.value()) ++perTier[uint8_t(t.trust)];
    CHECK(perTier[0] >= 8);
    CHECK(perTier[1] >= 8);
    CHECK(perTier[2] >= 8);
    // It imports into a notebook and feeds suggestions.
    Notebook nb;
    IdSource ids(30);
    rapport::test::applyOk(nb, importTopics(nb, ids, bank.value()));
    const EntityId p = rapport::test::addPeerOk(nb, ids, "Fin");
    CHECK(suggestTopics(nb, p).size() == 6);
}

TEST_CASE("topic bank lines: spaces and case are forgiven, meaning is not", "[topic_bank]") {
    auto ok = parseTopicBank("# comment\n\n  LOW |Update|  How are things?  \r\nhigh | feedback | Be candid\n");
    REQUIRE(ok.ok());
    REQUIRE(ok.value().size() == 2);
    CHECK(ok.value()[0].text == "How are things?");
    CHECK(ok.value()[0].trust == TrustTier::Low);
    CHECK(ok.value()[1].kind == AgendaKind::Feedback);
    CHECK(parseTopicBank(formatTopicBank(ok.value())).value() == ok.value());

    auto badTrust = parseTopicBank("low | update | fine\nextreme | update | no\n");
    REQUIRE_FALSE(badTrust.ok());
    CHECK(badTrust.error().message.find("line 2") != std::string::npos);
    CHECK_FALSE(parseTopicBank("low | gossip | no\n").ok());
    CHECK_FALSE(parseTopicBank("low | update |   \n").ok());
    CHECK_FALSE(parseTopicBank("low update text\n").ok());
    CHECK_FALSE(parseTopicBank("low | update | " + std::string(401, 'x')).ok());
    CHECK(parseTopicBank("").value().empty());
}
