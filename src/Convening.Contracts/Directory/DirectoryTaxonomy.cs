namespace Convening.Contracts.OrganisationDirectory;

/// <summary>A fixed vocabulary term: a stable code (used in URLs, exports and imports), a name and what it means.</summary>
public sealed record Term(string Code, string Name, string Description);

/// <summary>
/// The directory's fixed vocabularies. Codes are stable: they are what HSDS exports carry as
/// taxonomy term codes and what imports and search facets accept.
/// </summary>
public static class DirectoryTaxonomy
{
    public static IReadOnlyList<Term> Approaches { get; } =
    [
        new("strengths-based", "Strengths-based", "Starts from what people can do and what matters to them, not from their deficits."),
        new("relationship-first", "Relationship-first", "Builds trusting, lasting relationships before and around any service offer."),
        new("trauma-informed", "Trauma-informed", "Recognises the effects of trauma and avoids re-traumatising people."),
        new("co-production", "Co-production", "Designs and delivers services together with the people who use them."),
        new("asset-based", "Asset-based community development", "Builds on the skills, networks and places a community already has."),
        new("person-led-coaching", "Person-led coaching", "Coaching where the person sets the goals and the pace."),
        new("place-based", "Place-based", "Works across organisations in a place, shaped by that place."),
        new("human-learning-systems", "Human Learning Systems", "Manages for learning: experiments, reflects and adapts with partners in a system."),
    ];

    public static IReadOnlyList<Term> PeopleServed { get; } =
    [
        new("everyone", "Everyone in the community", "Open to anyone living or working in the area."),
        new("children-families", "Children and families", "Children, young children and their families."),
        new("young-people", "Young people", "Young people and young adults."),
        new("older-people", "Older people", "People in later life."),
        new("disabled-people", "Disabled people", "Disabled people and people with long-term conditions."),
        new("mental-health", "People with mental ill health", "People living with mental ill health."),
        new("homelessness", "People experiencing homelessness", "People who are homeless or at risk of it."),
        new("substance-use", "People who use drugs or alcohol", "People whose drug or alcohol use affects their life."),
        new("carers", "Carers", "Unpaid carers of family members or friends."),
        new("refugees", "Refugees and people seeking asylum", "People who have fled their country."),
        new("criminal-justice", "People in contact with the justice system", "People in or leaving prison, on probation or affected by crime."),
        new("unemployed", "People looking for work", "People out of work or looking for better work."),
    ];

    /// <summary>The self-assessment: what strengths-based work means, one statement each.</summary>
    public static IReadOnlyList<Term> SelfAssessment { get; } =
    [
        new("own-strengths", "People define their own strengths", "People say what their strengths are and what matters to them, not us."),
        new("relationships-context", "Relationships and social context", "We work with people's relationships, networks and social context, not just the individual."),
        new("co-produce", "Co-produce with people who use the service", "People who use the service shape how it works and how it changes."),
        new("services-change", "Services may need to change", "We recognise it may be our services that need to change, not the person."),
    ];

    public static IReadOnlyList<Term> Kinds { get; } =
    [
        new("charity", "Charity", "A registered charity or voluntary organisation."),
        new("council-team", "Council team", "A team or service of a local council."),
        new("nhs-service", "NHS service", "A service of the NHS."),
        new("community-group", "Community group", "An informal or constituted community group."),
        new("social-enterprise", "Social enterprise", "A business with social aims."),
        new("other", "Other", "Another kind of organisation."),
    ];

    public static string Code(this OrganisationKind kind) => Kinds[(int)kind].Code;

    public static Term? Find(IReadOnlyList<Term> terms, string code) => terms.FirstOrDefault(t => t.Code == code);
}
