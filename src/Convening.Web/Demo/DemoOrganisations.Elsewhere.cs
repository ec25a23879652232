using Convening.Contracts.OrganisationDirectory;
using static Convening.Contracts.OrganisationDirectory.OrganisationKind;
using static Convening.Contracts.OrganisationDirectory.SelfAssessmentAnswer;
using static Convening.Contracts.People.Sector;
using static Convening.Web.Demo.DemoEntry;

namespace Convening.Web.Demo;

internal static partial class DemoOrganisations
{
    private static IEnumerable<DemoOrganisation> Elsewhere =>
    [
        new("jo", Content("Valuing Good Lives Lincolnshire", CouncilTeam,
            "Lincolnshire County Council's adult care practitioners codesigning, with people who draw on care and their families, a **whole-person and whole-household picture** of strengths, needs and goals, and using it to decide where to invest.",
            "good-lives-lincs.example.org", "01632 960 108", ["lincolnshire"], [SocialCare, Health], ["disabled-people", "older-people", "carers"],
            [Service("Good lives conversations", "A conversation about the life you want and how your support matches it, led by you.", "Ask your social worker, or call adult care.", "Weekdays, 9am to 5pm",
                Building("County Offices", "Newland", "Lincoln", "LN1 1YL"))],
            [Claim("co-production", "Families and people who draw on care design the conversation guide with practitioners.", "A roundtable with families shaped the first version."),
             Claim("human-learning-systems", "We bring individual pictures together to learn where services need to change.", "")],
            Always, Mostly, Mostly, Mostly), [("imran", "co-production")]),
        new("imran", Content("Lincolnshire Local Area Coordination", CouncilTeam,
            "Local Area Coordinators walk alongside people in their own community, helping them build a good life and stay strong and connected, often before they need services at all.",
            "lac-lincs.example.org", "01632 960 109", ["lincolnshire"], [SocialCare, VoluntaryCommunity], ["everyone", "disabled-people", "mental-health"],
            [Service("Local Area Coordinator", "Someone local to get to know you, and to help you find and build what you need in your community.", "Anyone can get in touch, or be introduced by a neighbour, GP or service.", "Weekdays, and some evenings",
                Building("Gainsborough library", "Cobden Street", "Gainsborough", "DN21 2NG"))],
            [Claim("asset-based", "We start from the skills, relationships and places a community already has.", ""),
             Claim("relationship-first", "Coordinators stay with people for as long as it takes, without a referral form.", "")],
            Always, Always, Mostly, Mostly), []),
        new("morag", Content("Northfield No Wrong Door", Charity,
            "Services, the school and young people in the Northfield community of Aberdeen building more responsive and seamless support, so that whichever door a young person comes to is the right one.",
            "nowrongdoor-northfield.example.org", "01632 960 110", ["northfield-aberdeen"], [Housing, VoluntaryCommunity], ["young-people", "homelessness"],
            [Service("Drop-in for young people", "Come in, have something to eat, and talk to someone who will help with whatever you bring.", "Just turn up.", "Wednesdays 3:30pm to 7pm",
                Building("Northfield Community Centre", "Byron Square", "Aberdeen", "AB16 7LL"))],
            [Claim("place-based", "Services, the school and young people meet as one forum in Northfield to decide what to change.", ""),
             Claim("co-production", "Young people co-chair the forum and set its questions.", "The forum's first change: one shared form across housing and the school.")],
            Mostly, Mostly, Always, Always), [("niamh", "place-based"), ("lewis", "co-production")]),
        new("lewis", Content("Foyer Coaching for Young People", SocialEnterprise,
            "Coaches work with young adults facing homelessness and joblessness in a relationship the young person shapes and leads: identifying their strengths, building on their potential, and opening up networks and personal budgets.",
            "foyer-coaching.example.org", "01632 960 111", ["northfield-aberdeen"], [Housing, Employment], ["young-people", "homelessness", "unemployed"],
            [Service("Person-led coaching", "A coach who is the first person in years to really listen, for as long as you want one.", "Refer yourself, or be introduced by a worker you trust.", "Daytimes and evenings, arranged with your coach",
                Building("Aberdeen Foyer", "Marywell Street", "Aberdeen", "AB11 6JF"), Online("By phone or video", "https://foyer-coaching.example.org/coach"))],
            [Claim("person-led-coaching", "The young person sets the goals and the pace; coaches do not hold a caseload of targets.", "In an outcomes contract like this, young people entered and kept accommodation well above target."),
             Claim("strengths-based", "We begin with what each young person is good at and cares about.", "")],
            Always, Mostly, Mostly, Always), [("morag", "person-led-coaching")]),
        new("hannah", Content("Trauma-informed Communities Partnership", Charity,
            "Community development for mental health: recognising the traumas inflicted on whole communities, often across generations, as well as on individuals and families, and working to shift power to the communities affected.",
            "ticp.example.org", "01632 960 112", ["hackney", "northfield-aberdeen"], [Health, VoluntaryCommunity], ["mental-health", "everyone"],
            [Service("Community listening circles", "Neighbours meeting to talk about what has happened to their community and what they want to do about it.", "Open to anyone who lives or works locally.", "Fortnightly, Thursday evenings",
                Building("Hackney hall", "20 Mare Street", "London", "E8 4RT"), Building("Northfield hall", "Byron Square", "Aberdeen", "AB16 7LL"))],
            [Claim("trauma-informed", "We look through an inequalities lens: adverse community experiences, not only adverse childhood experiences.", ""),
             Claim("asset-based", "Circles are hosted by local people, in places the community already uses.", "")],
            Mostly, Always, Mostly, Always), [("grace", "trauma-informed")]),
    ];
}
