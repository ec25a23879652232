using Convening.Contracts.Groups;

namespace Convening.Web.Demo;

internal sealed record DemoPlace(string Slug, string Name, string Purpose, string Steward, IReadOnlyList<DemoGroup> Groups);

internal sealed record DemoGroup(string Name, string Purpose, string Convenor,
    IReadOnlyList<(string Person, GroupRole Role)> Members,
    IReadOnlyList<GlossaryEntryInput> Glossary,
    IReadOnlyList<(string Email, GroupRole Role)> Invited);

/// <summary>Places and groups drawn from the background reading, in its own words where it could be.</summary>
internal static class DemoPlaces
{
    public static IReadOnlyList<DemoPlace> All { get; } =
    [
        new("essex", "Essex",
            "Adult social care, Jobcentre Plus and housing services in Essex joining up the support disabled people get, so that people rather than agencies are in control.",
            "amara",
            [
                new("Right to Control Trailblazer",
                    "Bring adult social care, Access to Work, Disabled Facilities Grants and Supporting People together, so that a disabled person can choose how the money for their support is spent.\n\nOur open question: if someone achieves their outcomes for less than their allocation, who gets the savings?",
                    "amara",
                    [("ben", GroupRole.Member), ("claire", GroupRole.Member), ("dev", GroupRole.Convenor)],
                    [
                        Entry("person", "We call people what they call themselves. Each agency’s word describes someone’s relationship to that agency; the Right to Control puts the person in charge of all of them. This took more debate than any process question.",
                            ("Adult social care", "service user"), ("Jobcentre Plus", "customer"), ("Housing", "client"), ("NHS", "patient"), ("Policy papers", "citizen")),
                        Entry("support plan", "One plan that the person owns, covering every funding stream, instead of one plan per agency.",
                            ("Adult social care", "care plan"), ("Jobcentre Plus", "action plan"), ("Supporting People", "support plan")),
                    ],
                    []),
            ]),
        new("hackney", "Hackney",
            "Hackney Council, the NHS and local voluntary organisations working with families rather than doing to them: ‘doing with’, not ‘doing unto’.",
            "grace",
            [
                new("Children and families together",
                    "A few families see as many as 30 different practitioners, at great cost and to little good effect. We are building one team around each family, working with them, and moving resources from last-resort services into prevention.",
                    "grace",
                    [("efua", GroupRole.Member), ("femi", GroupRole.Member), ("hannah", GroupRole.Member)],
                    [
                        Entry("family", "We work with families, not cases. A family is who the child says it is, and families told us they reject ‘troubled’.",
                            ("Children’s social care", "case"), ("Housing", "household"), ("National programme", "troubled family"), ("Schools", "pupil’s parents")),
                        Entry("team around the family", "One team the family knows, rather than many practitioners who each see part of the picture.",
                            ("Health", "multidisciplinary team"), ("Social care", "core group"), ("Schools", "team around the child")),
                    ],
                    []),
            ]),
        new("lincolnshire", "Lincolnshire",
            "Lincolnshire’s council, NHS and providers codesigning strengths-based support with the people who draw on it, from individual conversations up to commissioning.",
            "imran",
            [
                new("Lincolnshire integrated care: good lives",
                    "Practitioners, commissioners and people who draw on care building a whole-person, whole-household picture of strengths, needs and goals, and using it to decide where to invest: in communities, the voluntary sector and universal services.",
                    "imran",
                    [("jo", GroupRole.Member), ("amara", GroupRole.Observer)],
                    [
                        Entry("what matters to the person", "Start from strengths and goals in the person’s own words; needs and outcomes follow from them.",
                            ("Care Act assessment", "eligible needs"), ("Commissioning", "outcomes"), ("NHS", "clinical goals")),
                    ],
                    []),
            ]),
        new("northfield-aberdeen", "Northfield, Aberdeen",
            "Services, a school and young people in the Northfield community of Aberdeen learning together, with no wrong door.",
            "lewis",
            [
                new("Northfield young people",
                    "How do we improve outcomes for young people in the Northfield community of Aberdeen? Services, the school and young people generating learning and new forums for identifying change.",
                    "lewis",
                    [("morag", GroupRole.Member), ("niamh", GroupRole.Member)],
                    [
                        Entry("young person", "Young people asked to be called young people, whichever service they are talking to. No wrong door starts with the same words at every door.",
                            ("Housing", "tenant"), ("Homelessness services", "case"), ("School", "pupil")),
                    ],
                    [("owen@demo.convening.org", GroupRole.Member)]),
            ]),
    ];

    private static GlossaryEntryInput Entry(string agreed, string why, params (string Agency, string Term)[] terms) =>
        new(agreed, [.. terms.Select(t => new AgencyTerm(t.Agency, t.Term))], why);
}
