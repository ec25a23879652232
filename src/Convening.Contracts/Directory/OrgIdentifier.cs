namespace Convening.Contracts.OrganisationDirectory;

/// <summary>
/// An organisation's identifier in an outside register, as org-id.guide names the register
/// (<see cref="OrgIdSchemes"/>): scheme "GB-CHC" and identifier "1234567" is charity 1234567.
/// </summary>
[GenerateSerializer, Immutable, Alias("convening.org-identifier")]
public sealed record OrgIdentifier(
    [property: Id(0)] string Scheme,
    [property: Id(1)] string Identifier)
{
    /// <summary>The one-string form org-id.guide recommends, such as GB-CHC-1234567.</summary>
    public override string ToString() => $"{Scheme}-{Identifier}";
}
