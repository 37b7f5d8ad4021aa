// Commitment ratios and lists, project timebox status.
#include "core/rules/commitments.h"

#include <algorithm>

#include "core/rules/peer_records.h"

namespace rapport {

KeptRatio keptRatio(const Notebook& nb, EntityId peerId, CommitmentDirection direction) {
    KeptRatio r;
    for (const Commitment* c : commitmentsOf(nb, peerId, direction)) {
        switch (c->status) {
            case CommitmentStatus::Open: ++r.open; break;
            case CommitmentStatus::Kept: ++r.kept; break;
            case CommitmentStatus::KeptLate: ++r.keptLate; break;
            case CommitmentStatus::Missed: ++r.missed; break;
            case CommitmentStatus::Renegotiated:
            case CommitmentStatus::Dropped: break;
        }
    }
    return r;
}

namespace {

bool byDue(const Commitment* a, const Commitment* b) {
    return *a->due != *b->due ? *a->due < *b->due : a->id < b->id;
}

}  // namespace

std::vector<const Commitment*> commitmentsDue(const Notebook& nb, CivilDate today, int32_t days) {
    std::vector<const Commitment*> out;
    const CivilDate until = today.addDays(days);
    for (const auto& [id, c] : nb.all<Commitment>()) {
        if (c.isOpen() && c.due && *c.due >= today && *c.due <= until) out.push_back(&c);
    }
    std::sort(out.begin(), out.end(), byDue);
    return out;
}

std::vector<const Commitment*> overdueCommitments(const Notebook& nb, CivilDate today) {
    std::vector<const Commitment*> out;
    for (const auto& [id, c] : nb.all<Commitment>()) {
        if (c.isOpen() && c.due && *c.due < today) out.push_back(&c);
    }
    std::sort(out.begin(), out.end(), byDue);
    return out;
}

ProjectStatus projectStatus(const JointProject& p, CivilDate today) {
    ProjectStatus s;
    const CivilDate end = p.endedOn ? *p.endedOn : today;
    s.dayOfProject = p.start.daysUntil(end) + 1;
    s.daysLeft = end.daysUntil(p.timeboxEnd());
    s.longTimebox = p.timeboxDays > JointProject::kWarnAfterDays;
    if (p.isActive()) {
        s.overTimebox = today > p.timeboxEnd();
        s.runningLong = s.dayOfProject > JointProject::kWarnAfterDays;
    }
    return s;
}

}  // namespace rapport
