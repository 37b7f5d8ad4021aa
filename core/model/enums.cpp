// Display names of the model's enumerations (English; the UI shows them as they are).
#include "core/model/enums.h"

#include <cstddef>

namespace rapport {
namespace {

template <class E, size_t N>
const char* pick(E v, const char* const (&names)[N]) {
    return isValid(v) && size_t(v) < N ? names[size_t(v)] : "?";
}

}  // namespace

const char* label(Interdependence v) { return pick(v, {"strong", "moderate", "light"}); }
const char* label(RelationshipKind v) { return pick(v, {"peer", "direct report", "manager", "other"}); }
const char* label(RelationshipStage v) {
    return pick(v, {"new", "building", "established", "trusted", "strained", "dormant"});
}
const char* label(TrustTier v) { return pick(v, {"low", "medium", "high"}); }
const char* label(FactCategory v) {
    return pick(v, {"family", "hobbies", "music", "sport", "food", "travel", "pets", "important date", "other"});
}
const char* label(ProjectKind v) { return pick(v, {"white space", "helping with their priority"}); }
const char* label(ProjectPhase v) { return pick(v, {"explore", "converge", "execute", "done", "dropped"}); }
const char* label(CommitmentDirection v) { return pick(v, {"me to them", "them to me"}); }
const char* label(CommitmentStatus v) {
    return pick(v, {"open", "kept", "kept late", "missed", "renegotiated", "dropped"});
}
const char* label(CadenceKind v) { return pick(v, {"weekly", "bi-weekly", "monthly", "every N weeks"}); }
const char* label(ReviewDecision v) { return pick(v, {"keep", "more often", "less often", "end", "changed"}); }
const char* label(AgendaKind v) {
    return pick(v, {"update", "priority", "dependency", "preview", "ask", "feedback", "insight", "conflict",
                    "personal"});
}
const char* label(AgendaStatus v) { return pick(v, {"pending", "discussed", "carried over", "dropped"}); }
const char* label(Stance v) { return pick(v, {"unknown", "supportive", "concerns", "opposed"}); }
const char* label(InteractionKind v) {
    return pick(v, {"talked", "1:1", "ritual", "project touchpoint", "other"});
}

}  // namespace rapport
