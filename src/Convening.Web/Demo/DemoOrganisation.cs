using Convening.Contracts.OrganisationDirectory;
using Convening.Contracts.People;

namespace Convening.Web.Demo;

/// <summary>A demo directory entry, who submits it, and who endorses which of its approaches.</summary>
internal sealed record DemoOrganisation(string Submitter, EntryContent Content, IReadOnlyList<(string Person, string Approach)> Endorsements);

/// <summary>Short ways to write the demo entries.</summary>
internal static class DemoEntry
{
    public static EntryContent Content(string name, OrganisationKind kind, string description, string domain, string phone,
        string[] places, Sector[] sectors, string[] people, ServiceOffer[] services, ApproachClaim[] approaches, params SelfAssessmentAnswer[] answers) =>
        new(name, kind, description, $"https://{domain}", $"hello@{domain}", phone, places, sectors, people, services, approaches,
            [.. DirectoryTaxonomy.SelfAssessment.Zip(answers, (t, a) => new SelfAssessmentItem(t.Code, a))]);

    public static ServiceOffer Service(string name, string description, string howToAccess, string when, params ServiceLocation[] locations) =>
        new(DemoDirectory.Id("service:" + name), name, description, howToAccess, when, locations);

    public static ServiceLocation Building(string name, string address, string town, string postcode) =>
        new(DemoDirectory.Id($"location:{name}:{postcode}"), LocationKind.Physical, name, address, town, postcode, "");

    public static ServiceLocation Online(string name, string url) =>
        new(DemoDirectory.Id($"location:{name}:{url}"), LocationKind.Virtual, name, "", "", "", url);

    public static ApproachClaim Claim(string approach, string practice, string evidence) => new(approach, practice, evidence);
}
