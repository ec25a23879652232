using Convening.Contracts.People;

namespace Convening.Contracts.OrganisationDirectory;

/// <summary>What an organisation says about itself in the directory; the grain validates all of it.</summary>
[GenerateSerializer, Immutable, Alias("convening.entry-content")]
public sealed record EntryContent(
    [property: Id(0)] string Name,
    [property: Id(1)] OrganisationKind Kind,
    [property: Id(2)] string Description,
    [property: Id(3)] string Website,
    [property: Id(4)] string Email,
    [property: Id(5)] string Phone,
    [property: Id(6)] IReadOnlyList<string> Places,
    [property: Id(7)] IReadOnlyList<Sector> Sectors,
    [property: Id(8)] IReadOnlyList<string> PeopleServed,
    [property: Id(9)] IReadOnlyList<ServiceOffer> Services,
    [property: Id(10)] IReadOnlyList<ApproachClaim> Approaches,
    [property: Id(11)] IReadOnlyList<SelfAssessmentItem> SelfAssessment,
    [property: Id(12)] IReadOnlyList<OrgIdentifier>? Identifiers = null)
{
    /// <summary>The organisation's identifiers in outside registers (none for entries made before they existed).</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public IReadOnlyList<OrgIdentifier> OrgIds => Identifiers ?? [];
}

/// <summary>A service: what it is, how to get it, where and when. Ids are uuids, kept across edits and exports.</summary>
[GenerateSerializer, Immutable, Alias("convening.service-offer")]
public sealed record ServiceOffer(
    [property: Id(0)] string Id,
    [property: Id(1)] string Name,
    [property: Id(2)] string Description,
    [property: Id(3)] string HowToAccess,
    [property: Id(4)] string When,
    [property: Id(5)] IReadOnlyList<ServiceLocation> Locations);

/// <summary>A building (with its address) or a virtual location (with its web address).</summary>
[GenerateSerializer, Immutable, Alias("convening.service-location")]
public sealed record ServiceLocation(
    [property: Id(0)] string Id,
    [property: Id(1)] LocationKind Kind,
    [property: Id(2)] string Name,
    [property: Id(3)] string Address,
    [property: Id(4)] string Town,
    [property: Id(5)] string Postcode,
    [property: Id(6)] string Url);

/// <summary>An approach the organisation practises (a code of <see cref="DirectoryTaxonomy.Approaches"/>).</summary>
[GenerateSerializer, Immutable, Alias("convening.approach-claim")]
public sealed record ApproachClaim(
    [property: Id(0)] string Approach,
    [property: Id(1)] string Practice,
    [property: Id(2)] string Evidence);

/// <summary>One answer of the self-assessment (a code of <see cref="DirectoryTaxonomy.SelfAssessment"/>).</summary>
[GenerateSerializer, Immutable, Alias("convening.self-assessment-item")]
public sealed record SelfAssessmentItem(
    [property: Id(0)] string Statement,
    [property: Id(1)] SelfAssessmentAnswer Answer);

[GenerateSerializer, Immutable, Alias("convening.endorsement")]
public sealed record Endorsement(
    [property: Id(0)] string Approach,
    [property: Id(1)] string PersonId,
    [property: Id(2)] string PersonName,
    [property: Id(3)] string Organisation,
    [property: Id(4)] DateTimeOffset At);

[GenerateSerializer, Immutable, Alias("convening.moderation-comment")]
public sealed record ModerationComment(
    [property: Id(0)] string AuthorName,
    [property: Id(1)] bool ByModerator,
    [property: Id(2)] string Text,
    [property: Id(3)] DateTimeOffset At);
