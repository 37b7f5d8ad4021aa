// Three-way merge of entity images over their tie() field lists, so two edits of one entity built
// from the same state (in one UI frame) both land.
#include "core/model/rebase.h"

#include <algorithm>
#include <tuple>
#include <type_traits>
#include <utility>
#include <vector>

namespace rapport {
namespace {

template <class T>
struct IsVector : std::false_type {};
template <class T, class A>
struct IsVector<std::vector<T, A>> : std::true_type {};

// Element by element: changed on my side wins, then what either side appended (current's first).
template <class T>
std::vector<T> mergeList(const std::vector<T>& base, const std::vector<T>& mine, const std::vector<T>& current) {
    if (mine == base) return current;
    if (current == base) return mine;
    if (mine.size() < base.size() || current.size() < base.size()) return mine;  // a removal: mine decides
    std::vector<T> out = current;
    for (size_t i = 0; i < base.size(); ++i) {
        if (mine[i] != base[i]) out[i] = mine[i];
    }
    // The same element appended on both sides (a double click) is kept once.
    const auto currentAdded = current.begin() + static_cast<std::ptrdiff_t>(base.size());
    for (size_t i = base.size(); i < mine.size(); ++i) {
        if (std::find(currentAdded, current.end(), mine[i]) == current.end()) out.push_back(mine[i]);
    }
    return out;
}

template <class F>
void mergeField(const F& base, const F& mine, F& out) {
    if constexpr (IsVector<F>::value) {
        out = mergeList(base, mine, out);
    } else if (!(mine == base)) {
        out = mine;
    }
}

template <class Tuple, size_t... I>
void mergeFields(const Tuple& base, const Tuple& mine, const Tuple& out, std::index_sequence<I...>) {
    // tie() gives const references; `out` is our own copy, so writing through them is well defined.
    (mergeField(std::get<I>(base), std::get<I>(mine),
                const_cast<std::decay_t<std::tuple_element_t<I, Tuple>>&>(std::get<I>(out))),
     ...);
}

template <class T>
T mergeEntity(const T& base, const T& mine, T current) {
    using Tuple = decltype(base.tie());
    mergeFields(base.tie(), mine.tie(), current.tie(), std::make_index_sequence<std::tuple_size_v<Tuple>>{});
    return current;
}

}  // namespace

Entity mergeEdit(const Entity& base, const Entity& mine, const Entity& current) {
    if (base.index() != mine.index() || mine.index() != current.index()) return mine;
    return std::visit(
        [&](const auto& m) -> Entity {
            using T = std::decay_t<decltype(m)>;
            return mergeEntity(std::get<T>(base), m, std::get<T>(current));
        },
        mine);
}

Command rebased(const Notebook& nb, Command c) {
    for (EntityChange& change : c.changes) {
        if (!change.before) continue;  // a create: nothing it was built on can be stale
        const std::optional<Entity> now = nb.findEntity(entityId(*change.before));
        if (!now || *now == *change.before) continue;
        if (change.after) change.after = mergeEdit(*change.before, *change.after, *now);
        change.before = now;
    }
    return c;
}

}  // namespace rapport
