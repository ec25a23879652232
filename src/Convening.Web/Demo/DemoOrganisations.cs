using Convening.Contracts.OrganisationDirectory;
using static Convening.Contracts.OrganisationDirectory.OrganisationKind;
using static Convening.Contracts.OrganisationDirectory.SelfAssessmentAnswer;
using static Convening.Contracts.People.Sector;
using static Convening.Web.Demo.DemoEntry;

namespace Convening.Web.Demo;

/// <summary>
/// The kinds of organisation and ways of working the background reading describes, in the demo
/// places. The organisations are illustrative: their contact details use reserved example domains
/// and drama phone numbers.
/// </summary>
internal static partial class DemoOrganisations
{
    public static IReadOnlyList<DemoOrganisation> All => [.. Essex.Concat(Hackney).Concat(Elsewhere).Select(DemoIdentifiers.With)];

    private static IEnumerable<DemoOrganisation> Essex =>
    [
        new("dev", Content("Essex Disabled People's Network", CommunityGroup,
            "A user-led organisation run by and for disabled people in Essex. We give **information, advice and peer support** so that disabled people can use the Right to Control: one conversation, one plan, and the money for their support spent the way they choose.",
            "edpn.example.org", "01632 960 101", ["essex"], [VoluntaryCommunity, LivedExperience], ["disabled-people", "carers"],
            [Service("Peer support with personal budgets", "Talk to someone who has done it: what a personal budget or direct payment can pay for, and how to ask.", "Phone or email us; we call back within two working days.", "Monday to Thursday, 10am to 4pm",
                Building("Chelmsford office", "12 Market Road", "Chelmsford", "CM1 1XA"), Online("Video calls", "https://edpn.example.org/talk"))],
            [Claim("co-production", "Disabled people sit on every panel that designs our services, and on the Trailblazer group with the council and Jobcentre Plus.", "Our peer supporters rewrote the support plan template with the council in 2025."),
             Claim("strengths-based", "We start with what a person wants their life to look like, not with the list of what they cannot do.", "")],
            Always, Mostly, Always, Mostly), [("ben", "co-production"), ("claire", "co-production")]),
        new("amara", Content("Right to Control support planning", CouncilTeam,
            "Essex County Council's adult social care team for the Right to Control Trailblazer. We bring **social care, Access to Work, Disabled Facilities Grants and Supporting People** together in one support plan that the person owns, instead of one plan per agency.",
            "right-to-control.example.org", "01632 960 102", ["essex"], [SocialCare, Employment, Housing], ["disabled-people"],
            [Service("One support plan", "One conversation about what matters to you, and one plan across every funding stream you are eligible for.", "Ask your social worker, Jobcentre Plus work coach or housing officer, or refer yourself.", "Weekdays, 9am to 5pm",
                Building("County Hall", "Market Road", "Chelmsford", "CM1 1QH"))],
            [Claim("strengths-based", "Assessments start with the person's own goals; needs follow from them.", "Fewer people were asked the same questions twice in the first year of the Trailblazer."),
             Claim("place-based", "We work across the council, the Jobcentre and district housing teams in Essex as one team.", "")],
            Mostly, Sometimes, Mostly, Sometimes), [("dev", "strengths-based")]),
        new("claire", Content("Essex Shared Lives", Charity,
            "Shared Lives carers share their family and community life with an adult who needs support, instead of a care home or supported living. Matches are made carefully and last for years.",
            "shared-lives-essex.example.org", "01632 960 103", ["essex"], [SocialCare], ["disabled-people", "older-people", "mental-health"],
            [Service("Short breaks and long-term arrangements", "Live with, or stay with, a Shared Lives carer who has been matched with you.", "Ask adult social care for a referral, or call us to talk it through first.", "Matches are made all year",
                Building("Basildon office", "3 Town Square", "Basildon", "SS14 1DL"))],
            [Claim("relationship-first", "We match people and carers on what they enjoy and who they are, then give the match time.", "Most arrangements last more than three years."),
             Claim("asset-based", "Carers open up their own networks, clubs and neighbours to the person they support.", "")],
            Always, Always, Mostly, Sometimes), []),
        new("ben", Content("Homeshare Basildon", SocialEnterprise,
            "Homeshare matches an older person with a spare room with a younger person who needs somewhere affordable to live and will give some time and company in return.",
            "homeshare-basildon.example.org", "01632 960 104", ["essex"], [Housing, SocialCare], ["older-people", "young-people"],
            [Service("Homeshare matches", "We introduce householders and sharers, agree what each gives, and stay in touch every month.", "Call or fill in the form on our website.", "Introductions all year round",
                Online("Apply online", "https://homeshare-basildon.example.org/apply")),
             Service("Befriend a neighbour", "Volunteers befriend an older neighbour who lives alone: a visit every week, a cup of tea and a chat.", "Call us to volunteer, or to ask for a visit for yourself or someone you know.", "Weekly visits, at a time you agree")],
            [Claim("relationship-first", "We spend as long as it takes on the first meetings; a good match is a friendship.", "")],
            Mostly, Mostly, Sometimes, NotYet), [("amara", "relationship-first")]),
    ];

    private static IEnumerable<DemoOrganisation> Hackney =>
    [
        new("grace", Content("Families Together Hackney", CouncilTeam,
            "Hackney Council's children and families service working *with* families rather than doing to them: one team around each family, instead of as many as 30 practitioners who each see part of the picture.",
            "families-together.example.org", "01632 960 105", ["hackney"], [SocialCare, Health, Housing], ["children-families"],
            [Service("Team around the family", "One lead practitioner the family chooses, and a small team who meet the family together.", "Families can ask for themselves; schools, health visitors and housing officers can refer with the family's agreement.", "Weekdays, with evening visits by arrangement",
                Building("Hackney Service Centre", "1 Hillman Street", "London", "E8 1DY"))],
            [Claim("relationship-first", "The family chooses who leads; that person stays for as long as the family needs them.", "Families told us they no longer repeat their story to every new worker."),
             Claim("trauma-informed", "We ask what has happened to a family, not what is wrong with it.", "")],
            Mostly, Always, Sometimes, Mostly), [("efua", "relationship-first"), ("hannah", "trauma-informed")]),
        new("efua", Content("Hackney Family Nurse Partnership", NhsService,
            "Specially trained family nurses visit young first-time parents from early pregnancy until their child is two, building a relationship that the parent leads.",
            "hackney-fnp.example.org", "01632 960 106", ["hackney"], [Health], ["children-families", "young-people"],
            [Service("Family nurse visits", "Regular home visits from the same nurse, at your pace.", "Ask your midwife, or contact us yourself if you are 19 or under and expecting your first baby.", "Visits are arranged with you",
                Building("Homerton Row", "Homerton Row", "London", "E9 6SR"))],
            [Claim("strengths-based", "Parents set the goals for each visit; nurses build on what is already going well.", ""),
             Claim("relationship-first", "One nurse for the whole programme, so trust can grow.", "")],
            Mostly, Mostly, Sometimes, Sometimes), []),
        new("hannah", Content("Hackney System Convenors", CommunityGroup,
            "A network of people whose roles bring others together across sector, organisational and community boundaries in Hackney, sharing learning so that services work *with* people rather than round or against them.",
            "hackney-convenors.example.org", "01632 960 107", ["hackney"], [VoluntaryCommunity, LivedExperience, Health], ["everyone"],
            [Service("Monthly get-together", "An open online conversation about what helps and hinders convening across boundaries.", "Anyone with a convening role, or interested in one, is welcome: just join.", "Last Tuesday of the month, 11am to 12:30pm",
                Online("Online", "https://hackney-convenors.example.org/join"))],
            [Claim("human-learning-systems", "Members run multi-agency learning cycles together and share what they learn.", "Our 2024 survey of more than 80 convenors."),
             Claim("place-based", "We focus on how the parts of Hackney's system talk to, think about and work with each other.", "")],
            Mostly, Always, Always, Always), [("femi", "place-based")]),
    ];
}
