namespace Convening.Testing;

/// <summary>
/// The judged searches over the demo directory (the entries a new user meets first): each query with
/// the entry that must come first, or be among the first few where several fit equally. The
/// relevance test asserts them; the search-engine bench scores FTS5 and Lucene.NET with them.
/// </summary>
public static class JudgedSearches
{
    /// <summary>The glossary the judged searches are made with ("young people" = "youth").</summary>
    public static IReadOnlyList<IReadOnlyList<string>> Glossary { get; } = [["young people", "youth"]];

    public static IReadOnlyList<(string Query, string Expected, int Within)> All { get; } =
    [
        ("NHS", "Hackney Family Nurse Partnership", 1),
        ("nhs", "Hackney Family Nurse Partnership", 1),
        ("befriending", "Homeshare Basildon", 1),
        ("befriend", "Homeshare Basildon", 1),
        ("befirending", "Homeshare Basildon", 1),
        ("young people", "Foyer Coaching for Young People", 1),
        ("youth", "Foyer Coaching for Young People", 3),
        ("shared lives", "Essex Shared Lives", 1),
        ("homeshare", "Homeshare Basildon", 1),
        ("family nurse", "Hackney Family Nurse Partnership", 1),
        ("nurses", "Hackney Family Nurse Partnership", 1),
        ("coaching", "Foyer Coaching for Young People", 1),
        ("coach", "Foyer Coaching for Young People", 1),
        ("trauma", "Trauma-informed Communities Partnership", 1),
        ("traumma", "Trauma-informed Communities Partnership", 1),
        ("listening circles", "Trauma-informed Communities Partnership", 1),
        ("personal budgets", "Essex Disabled People's Network", 1),
        ("direct payment", "Essex Disabled People's Network", 1),
        ("right to control", "Right to Control support planning", 1),
        ("Access to Work", "Right to Control support planning", 1),
        ("disabled", "Essex Disabled People's Network", 1),
        ("Gainsborough", "Lincolnshire Local Area Coordination", 1),
        ("DN21 2NG", "Lincolnshire Local Area Coordination", 1),
        ("Lincolnshire", "Valuing Good Lives Lincolnshire", 2),
        ("Lincolnshre", "Valuing Good Lives Lincolnshire", 2),
        ("Aberdeen", "Northfield No Wrong Door", 3),
        ("drop-in", "Northfield No Wrong Door", 1),
        ("homelessness", "Foyer Coaching for Young People", 2),
        ("mental health", "Trauma-informed Communities Partnership", 1),
        ("carers", "Essex Shared Lives", 3),
        ("older people", "Homeshare Basildon", 3),
        ("council", "Right to Control support planning", 4),
        ("Hackney", "Families Together Hackney", 2),
        ("health visitors", "Families Together Hackney", 1),
        ("local area coordinator", "Lincolnshire Local Area Coordination", 1),
        ("good lives", "Valuing Good Lives Lincolnshire", 1),
        ("social enterprise", "Homeshare Basildon", 2),
    ];
}
