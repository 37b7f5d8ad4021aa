// Tests of the shared field lists (model/fields.h): each names every member its type compares in tie(),
// in the same order, so a member added to a type but not to its list fails here; and the binary
// format's reading of a field a later version added.
#include <catch2/catch.hpp>

#include <cereal/archives/binary.hpp>

#include <sstream>
#include <tuple>
#include <vector>

#include "core/io/model_io.h"
#include "core/model/fields.h"

using namespace rapport;

namespace {

// The addresses of the members a field list visits, in order.
struct AddressCollector {
    std::vector<const void*> addresses;
    template <class T>
    void operator()(const char*, T& field, std::uint32_t = 1) { addresses.push_back(&field); }
};

template <class T>
std::vector<const void*> tiedAddresses(const T& x) {
    std::vector<const void*> out;
    std::apply([&out](const auto&... member) { (out.push_back(&member), ...); }, x.tie());
    return out;
}

template <class T>
void checkListMatchesTie() {
    T x{};
    AddressCollector visited;
    fields(visited, x);
    CHECK(visited.addresses == tiedAddresses(x));
}

// A type only this test knows: `added` came with version 2.
struct Probe {
    int32_t kept = 0;
    int32_t added = 7;
};
template <class V>
void fields(V& v, Probe& x) {
    v("kept", x.kept);
    v("added", x.added, 2);
}

template <class Archive>
void visitProbe(Archive& ar, Probe& p, std::uint32_t version) {
    io::FieldArchive<Archive> visitor{ar, version};
    fields(visitor, p);
}

}  // namespace

TEST_CASE("every field list names the members tie() compares, in order", "[io][fields]") {
    checkListMatchesTie<TrustRecord>();
    checkListMatchesTie<Peer>();
    checkListMatchesTie<AnnualDate>();
    checkListMatchesTie<Fact>();
    checkListMatchesTie<Connection>();
    checkListMatchesTie<BanterTopic>();
    checkListMatchesTie<PhaseNotes>();
    checkListMatchesTie<Observation>();
    checkListMatchesTie<JointProject>();
    checkListMatchesTie<Commitment>();
    checkListMatchesTie<Ritual>();
    checkListMatchesTie<Cadence>();
    checkListMatchesTie<SeriesPeriod>();
    checkListMatchesTie<OccurrenceChange>();
    checkListMatchesTie<OneOnOneSeries>();
    checkListMatchesTie<AgendaItem>();
    checkListMatchesTie<Insight>();
    checkListMatchesTie<Conflict>();
    checkListMatchesTie<Meeting>();
    checkListMatchesTie<PreviewPeer>();
    checkListMatchesTie<ExecPreview>();
    checkListMatchesTie<JournalEntry>();
    checkListMatchesTie<Interaction>();
    checkListMatchesTie<BankTopic>();
}

TEST_CASE("a field a later version added is written by it and left at its default in older data", "[io][fields]") {
    Probe written{41, 42};
    std::ostringstream v1, v2;
    {
        cereal::BinaryOutputArchive out(v1);
        visitProbe(out, written, 1);
    }
    {
        cereal::BinaryOutputArchive out(v2);
        visitProbe(out, written, 2);
    }
    CHECK(v1.str().size() == sizeof(int32_t));
    CHECK(v2.str().size() == 2 * sizeof(int32_t));

    std::istringstream old(v1.str());
    cereal::BinaryInputArchive in(old);
    Probe read;
    visitProbe(in, read, 1);
    CHECK(read.kept == 41);
    CHECK(read.added == 7);  // the default: version-1 data does not hold it
}
