// Coming-up important dates and their wording, built on nextAnnualOccurrence (rules/relationships).
#include "core/rules/important_dates.h"

#include <algorithm>

#include "core/rules/relationships.h"
#include "core/rules/peer_records.h"

namespace rapport {

namespace {

ComingUpDate comingUp(const Fact& f, CivilDate today) {
    ComingUpDate d;
    d.fact = &f;
    d.peerId = f.peerId;
    d.kind = importantDateKind(f.text);
    d.date = nextAnnualOccurrence(*f.date, today);
    d.daysAway = today.daysUntil(d.date);
    d.years = f.date->year != 0 ? d.date.year() - f.date->year : 0;
    return d;
}

void sortBySoonest(std::vector<ComingUpDate>& list) {
    std::sort(list.begin(), list.end(), [](const ComingUpDate& a, const ComingUpDate& b) {
        return a.date != b.date ? a.date < b.date : a.fact->id < b.fact->id;
    });
}

std::string lowerFirst(std::string s) {
    if (!s.empty() && s[0] >= 'A' && s[0] <= 'Z') s[0] = char(s[0] - 'A' + 'a');
    return s;
}

}  // namespace

std::vector<ComingUpDate> importantDatesComingUp(const Notebook& nb, CivilDate today, int32_t days) {
    std::vector<ComingUpDate> out;
    for (const auto& [id, f] : nb.all<Fact>()) {
        if (!isImportantDate(f)) continue;
        const Peer* p = nb.findPeer(f.peerId);
        if (!p || p->archived) continue;
        ComingUpDate d = comingUp(f, today);
        if (d.daysAway < days) out.push_back(d);
    }
    sortBySoonest(out);
    return out;
}

std::vector<ComingUpDate> importantDatesOf(const Notebook& nb, EntityId peerId, CivilDate today) {
    std::vector<ComingUpDate> out;
    for (const Fact* f : factsOf(nb, peerId)) {
        if (isImportantDate(*f)) out.push_back(comingUp(*f, today));
    }
    sortBySoonest(out);
    return out;
}

std::string describeImportantDate(const ComingUpDate& d, const std::string& peerName) {
    std::string text = d.fact->text;
    if (!peerName.empty()) {
        if (d.kind == ImportantDateKind::KidsBirthday || d.kind == ImportantDateKind::Custom) {
            text += " (" + peerName + ")";
        } else {
            text = peerName + "'s " + lowerFirst(text);
        }
    }
    text += ": " + dayMonthText(d.date.day(), d.date.month());
    if (d.daysAway == 0) text += ", today";
    else if (d.daysAway == 1) text += ", tomorrow";
    else text += ", in " + std::to_string(d.daysAway) + " days";
    if (d.years > 0) {
        const bool birthday = d.kind == ImportantDateKind::Birthday || d.kind == ImportantDateKind::KidsBirthday;
        text += birthday ? ", turns " + std::to_string(d.years)
                         : ", " + std::to_string(d.years) + (d.years == 1 ? " year" : " years");
    }
    return text;
}

std::string congratulationText(const ComingUpDate& d, const std::string& peerName) {
    const std::string first = peerName.substr(0, peerName.find(' '));
    switch (d.kind) {
        case ImportantDateKind::Birthday: return "Wish " + first + " a happy birthday";
        case ImportantDateKind::KidsBirthday: return "Ask " + first + " how " + kidName(*d.fact) + "'s birthday went";
        case ImportantDateKind::Anniversary: return "Congratulate " + first + " on the anniversary";
        case ImportantDateKind::WorkAnniversary: return "Congratulate " + first + " on the work anniversary";
        case ImportantDateKind::Custom: break;
    }
    return "Mention to " + first + ": " + d.fact->text;
}

bool congratulationNoted(const Notebook& nb, const ComingUpDate& d, const std::string& peerName) {
    const std::string text = congratulationText(d, peerName);
    for (const auto& [id, c] : nb.all<Commitment>()) {
        if (c.peerId == d.peerId && c.direction == CommitmentDirection::MeToThem && c.text == text && c.due == d.date) {
            return true;
        }
    }
    return false;
}

}  // namespace rapport
