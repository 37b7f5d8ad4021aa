// tie()-based field access: one fold expression per operation, the same technique as model/rebase.cpp.
#include "core/sync/fields.h"

#include <tuple>
#include <type_traits>
#include <utility>

namespace rapport::sync {
namespace {

template <class T>
constexpr size_t countOf() {
    return std::tuple_size_v<decltype(std::declval<const T&>().tie())>;
}

template <class Tuple, size_t... I>
bool equalAt(const Tuple& a, const Tuple& b, size_t i, std::index_sequence<I...>) {
    bool eq = true;
    ((I == i ? (eq = (std::get<I>(a) == std::get<I>(b)), 0) : 0), ...);
    return eq;
}

template <class Tuple, size_t... I>
void copyAt(const Tuple& dst, const Tuple& src, size_t i, std::index_sequence<I...>) {
    // tie() gives const references into dst, which the caller owns: writing through them is defined.
    ((I == i ? (const_cast<std::decay_t<std::tuple_element_t<I, Tuple>>&>(std::get<I>(dst)) = std::get<I>(src), 0) : 0),
     ...);
}

}  // namespace

size_t fieldCount(const Entity& e) {
    return std::visit([](const auto& x) { return countOf<std::decay_t<decltype(x)>>(); }, e);
}

bool fieldEqual(const Entity& a, const Entity& b, size_t i) {
    if (a.index() != b.index()) return false;
    return std::visit(
        [&](const auto& x) {
            using T = std::decay_t<decltype(x)>;
            return equalAt(x.tie(), std::get<T>(b).tie(), i, std::make_index_sequence<countOf<T>()>{});
        },
        a);
}

void copyField(Entity& dst, const Entity& src, size_t i) {
    if (dst.index() != src.index()) return;
    std::visit(
        [&](auto& x) {
            using T = std::decay_t<decltype(x)>;
            copyAt(x.tie(), std::get<T>(src).tie(), i, std::make_index_sequence<countOf<T>()>{});
        },
        dst);
}

}  // namespace rapport::sync
