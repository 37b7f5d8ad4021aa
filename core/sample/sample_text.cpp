// Sample words. Names are common first and last names from many places, combined freely: any
// resemblance to a real person is chance.
#include "core/sample/sample_text.h"

namespace rapport::sample {

const PeerSeed kPeers[] = {
    {"Maria Chen", "VP Sales", "Revenue"},
    {"Omar Haddad", "Head of Product", "Product"},
    {"Priya Raman", "Director of Engineering", "Platform"},
    {"Lucas Moreau", "CFO", "Finance"},
    {"Aisha Bello", "Head of People", "People"},
    {"Tomás Ortega", "VP Customer Success", "Customers"},
    {"Hannah Vogel", "General Counsel", "Legal"},
    {"Kenji Watanabe", "Head of Data", "Data"},
    {"Sofia Rossi", "VP Marketing", "Marketing"},
    {"Daniel Okafor", "COO", "Operations"},
    {"Léa Dubois", "Engineering Manager", "Platform"},
    {"Ivan Petrov", "Security Lead", "Platform"},
    {"Grace Kim", "Design Director", "Product"},
    {"Mateo Silva", "Regional Director", "Revenue"},
    {"Nadia Karimi", "Head of Procurement", "Finance"},
    {"Jonas Berg", "Support Manager", "Customers"},
};
const size_t kPeerCount = sizeof kPeers / sizeof kPeers[0];
const size_t kListSize = 8;

const char* const kFamily[] = {
    "Daughter Léa (7) and son Tom (4)", "Twins, Ana and Ben, start school in September",
    "Partner is a nurse on night shifts", "Expecting a second child in spring",
    "Son Malik plays junior football", "Looks after her father on weekends",
    "Two teenagers: Sam and Jo", "Newly married, honeymoon in Portugal",
};
const char* const kHobbies[] = {
    "Trains for the Berlin marathon", "Restores old road bikes", "Climbs at the bouldering gym on Tuesdays",
    "Bakes sourdough every Sunday", "Plays chess online at night", "Sings in a choir",
    "Learning Japanese", "Grows tomatoes on the balcony",
};
const char* const kMusic[] = {
    "Loves hip hop; saw Kendrick Lamar live", "Plays jazz piano", "Big fan of Fleetwood Mac",
    "Goes to every Radiohead tour", "Into 90s house music", "Classical: Bach cello suites",
    "Listens to afrobeats while working", "Plays bass in a covers band",
};
const char* const kFood[] = {
    "Vegetarian", "Loves Sichuan food", "No coffee after noon", "Makes great ramen",
    "Allergic to nuts", "Favourite place: the Lebanese café downstairs", "Tea, never coffee", "Collects hot sauces",
};
const char* const kTravel[] = {
    "Grew up in Lagos, studied in Lyon", "Goes hiking in the Dolomites every August", "Spent a year in Tokyo",
    "Wants to see Patagonia", "Family in Montréal", "Visits Lisbon every spring",
    "Cycled across the Netherlands", "Moved here from Seoul two years ago",
};
const char* const kBanter[] = {
    "The derby last weekend", "Their sourdough starter", "The new season of that crime series",
    "Marathon training plan", "Best ramen in town", "The office plants", "Which conference was worth it",
    "The chess puzzle of the day",
};
const char* const kAgenda[] = {
    "Q3 priorities and where they touch my team", "Hand-off of enterprise leads to onboarding",
    "Hiring plan for the next two quarters", "Pricing change: early reactions",
    "What really happened in the outage review", "Feedback on my presentation at the offsite",
    "The budget conflict on the shared analytics team", "Preview: new planning process for exec staff",
    "Dependency on the data platform migration", "How their team sees our release cadence",
    "Customer escalation from last week", "What they need from me this month",
};
const size_t kAgendaCount = sizeof kAgenda / sizeof kAgenda[0];
const char* const kCommitments[] = {
    "Send the draft of the joint hiring plan", "Introduce them to our data lead",
    "Share the churn numbers by segment", "Review their pricing proposal",
    "Invite them to our quarterly planning", "Book the customer visit together",
    "Write up the outage timeline", "Ask my team about the API change",
};
const char* const kInterests[] = {
    "Hip hop", "Marathon running", "Parents of toddlers", "Sourdough baking",
    "Jazz", "Hiking", "Chess", "Learning languages",
};

}  // namespace rapport::sample
