using Convening.Contracts.Gatherings;

namespace Convening.Web.Demo;

/// <summary>How one demo group meets: where, and two gatherings it has already held, with how members felt each went.</summary>
internal sealed record DemoMeeting(string Title, string Purpose, GatheringFormat Format, string Address, string JoinUrl, int Minutes,
    IReadOnlyList<DemoHeld> History);

/// <summary>
/// A gathering held some weeks ago: its notes and decision, and each member's reflection on the conversation
/// (the pattern a group hopes to see move from transactional, through positional, to transformational).
/// </summary>
internal sealed record DemoHeld(int WeeksAgo, string Title, string Notes, string Decision,
    IReadOnlyList<(string Person, ConversationLevel Level, string Note)> Reflections);

/// <summary>Each place's groups meet in their own place, in their own way.</summary>
internal static class DemoMeetings
{
    public static DemoMeeting For(string groupName) => All.TryGetValue(groupName, out var meeting)
        ? meeting
        : throw new InvalidOperationException($"The demo group '{groupName}' has no meeting details.");

    private static readonly Dictionary<string, DemoMeeting> All = new()
    {
        ["Right to Control Trailblazer"] = new("Trailblazer monthly check-in",
            "Catch up on the Right to Control pilots, hear from people choosing how their support money is spent, and agree what each agency will change next.",
            GatheringFormat.Hybrid, "Committee Room 1, County Hall, Market Road, Chelmsford CM1 1QH", "https://meet.example.org/essex-trailblazer", 90,
            [
                new(8, "Trailblazer: who holds the money?",
                    "Each agency set out its funding rules. Most of the time went on eligibility and who signs off a change.",
                    "Adult social care and Jobcentre Plus will each name one person who can agree a joint support plan.",
                    [("amara", ConversationLevel.Transactional, "We swapped procedures."), ("ben", ConversationLevel.Positional, "Each of us defended our own funding rules."),
                     ("claire", ConversationLevel.Transactional, "Useful updates, little more.")]),
                new(4, "Trailblazer: a person’s own plan",
                    "Sam told us how five assessments felt from the other side. We agreed to start from the plan Sam wrote, not from our forms.",
                    "Pilot one support plan owned by the person, across all four funding streams, for ten people.",
                    [("amara", ConversationLevel.Transformational, "Hearing Sam changed what we thought the problem was."),
                     ("ben", ConversationLevel.Positional, "Still worried about audit, but I can see the point."),
                     ("dev", ConversationLevel.Transformational, "We stopped talking about our forms.")]),
            ]),
        ["Children and families together"] = new("Team around the family: fortnightly",
            "Families and practitioners together: what is working for the families we walk alongside, and what gets in their way.",
            GatheringFormat.InPerson, "Hackney Service Centre, 1 Hillman Street, London E8 1DY", "", 60,
            [
                new(6, "How many people does one family see?",
                    "We mapped every practitioner one family met in a year: 27 of them. Nobody had the whole picture.",
                    "Each family gets one named lead worker the family chooses.",
                    [("grace", ConversationLevel.Positional, "Each service explained why its visit was necessary."),
                     ("efua", ConversationLevel.Transactional, "Mostly a list of who does what."),
                     ("femi", ConversationLevel.Positional, "Housing felt blamed.")]),
                new(2, "Doing with, not doing unto",
                    "Two mothers told us what ‘support’ felt like. We rewrote our first letter to families with them.",
                    "Stop sending the standard first letter; the lead worker calls instead.",
                    [("grace", ConversationLevel.Transformational, "The families led the conversation, not us."),
                     ("hannah", ConversationLevel.Transformational, "I will never write that letter again."),
                     ("femi", ConversationLevel.Positional, "Good, though housing’s part is still unclear.")]),
            ]),
        ["Lincolnshire integrated care: good lives"] = new("Good lives working group",
            "Practitioners, commissioners and people who draw on care: what the good lives pictures are telling us, and where to invest.",
            GatheringFormat.Online, "", "https://meet.example.org/lincolnshire-good-lives", 75,
            [
                new(7, "What the first fifty pictures say",
                    "Loneliness and getting out came up far more than personal care. Commissioning data says the opposite.",
                    "Share the anonymised themes with the commissioning board.",
                    [("imran", ConversationLevel.Positional, "Commissioners and practitioners read the same data differently."),
                     ("jo", ConversationLevel.Transactional, "Mainly a presentation of the numbers.")]),
                new(3, "Investing in what matters",
                    "Jo described what got her out of the house: a lift to the allotment, not another visit. We looked at what that would cost instead.",
                    "Test a small community transport grant in two villages.",
                    [("imran", ConversationLevel.Transformational, "We started from Jo’s goals, not our services."),
                     ("jo", ConversationLevel.Transformational, "For once I was asked what I would do with the money.")]),
            ]),
        ["Northfield young people"] = new("Northfield forum",
            "Young people, the school and services together: what young people say needs to change in Northfield, and what we will try next.",
            GatheringFormat.InPerson, "Northfield Academy library, Granitehill Place, Aberdeen AB16 7AU", "", 60,
            [
                new(5, "No wrong door: where do young people go first?",
                    "Young people go to whoever they trust, usually a teacher or youth worker, not to the service meant for them.",
                    "Every service will take a referral from any trusted adult.",
                    [("lewis", ConversationLevel.Positional, "Services argued about thresholds."),
                     ("morag", ConversationLevel.Transactional, "Good to know who everyone is."),
                     ("niamh", ConversationLevel.Positional, "Young people were talked about more than with.")]),
                new(1, "Young people chair the forum",
                    "Two young people chaired. They asked why they have to tell their story four times. We had no good answer.",
                    "One shared conversation record, owned by the young person, tried for a term.",
                    [("lewis", ConversationLevel.Transformational, "The best meeting we have had."),
                     ("morag", ConversationLevel.Transformational, "They changed what we thought the question was."),
                     ("niamh", ConversationLevel.Positional, "Good, but the school timetable is still in the way.")]),
            ]),
    };
}
