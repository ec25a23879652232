using Convening.Contracts.People;
using Convening.Contracts.Places;

namespace Convening.Contracts.Groups;

/// <summary>What a member of a group sees of it.</summary>
[GenerateSerializer, Immutable, Alias("convening.group-details")]
public sealed record GroupDetails(
    [property: Id(0)] GroupSummary Summary,
    [property: Id(1)] GroupRole MyRole,
    [property: Id(2)] IReadOnlyList<Member> Members,
    [property: Id(3)] IReadOnlyList<GlossaryEntry> Glossary,
    [property: Id(4)] IReadOnlyList<Invitation> Invitations);

[GenerateSerializer, Immutable, Alias("convening.member")]
public sealed record Member(
    [property: Id(0)] PersonCard Person,
    [property: Id(1)] GroupRole Role,
    [property: Id(2)] DateTimeOffset JoinedAt);

/// <summary>An invitation to join a group, accepted with its code after signing up.</summary>
[GenerateSerializer, Immutable, Alias("convening.invitation")]
public sealed record Invitation(
    [property: Id(0)] string Code,
    [property: Id(1)] string GroupId,
    [property: Id(2)] string GroupName,
    [property: Id(3)] string Email,
    [property: Id(4)] GroupRole Role,
    [property: Id(5)] string InvitedBy,
    [property: Id(6)] DateTimeOffset CreatedAt);

/// <summary>One entry of a group's shared language.</summary>
[GenerateSerializer, Immutable, Alias("convening.glossary-entry")]
public sealed record GlossaryEntry(
    [property: Id(0)] string Id,
    [property: Id(1)] string AgreedTerm,
    [property: Id(2)] IReadOnlyList<AgencyTerm> AgencyTerms,
    [property: Id(3)] string Note,
    [property: Id(4)] string UpdatedBy,
    [property: Id(5)] DateTimeOffset UpdatedAt);

/// <summary>The word one agency uses, e.g. the NHS says "patient".</summary>
[GenerateSerializer, Immutable, Alias("convening.agency-term")]
public sealed record AgencyTerm(
    [property: Id(0)] string Agency,
    [property: Id(1)] string Term);

[GenerateSerializer, Immutable, Alias("convening.glossary-entry-input")]
public sealed record GlossaryEntryInput(
    [property: Id(0)] string AgreedTerm,
    [property: Id(1)] IReadOnlyList<AgencyTerm> AgencyTerms,
    [property: Id(2)] string Note);
