using Convening.Contracts;
using Convening.Contracts.OrganisationDirectory;

namespace Convening.Web.Tests.OrganisationDirectory;

/// <summary>The org-id.guide lists shipped as data (standards/org-id): the UK registers a directory entry names.</summary>
public sealed class OrgIdSchemesTests
{
    [Fact]
    public void TheUkRegisters_AreListed_AndEachAcceptsItsOwnExample()
    {
        Assert.Superset(new HashSet<string> { "GB-CHC", "GB-SC", "GB-NIC", "GB-COH", "GB-NHS", "GB-LAE", "GB-PLA", "GB-LAS" }, OrgIdSchemes.All.Select(s => s.Code).ToHashSet());
        Assert.All(OrgIdSchemes.All, s => Assert.Equal(new OrgIdentifier(s.Code, s.Example), OrgIdSchemes.Check(s.Code, s.Example)));
    }

    [Theory]
    [InlineData("gb-chc", " 123 4567 ", "GB-CHC", "1234567")]
    [InlineData("GB-COH", "sc123456", "GB-COH", "SC123456")]
    [InlineData("GB-NHS", "rqx", "GB-NHS", "RQX")]
    public void Identifier_IsTidied(string scheme, string identifier, string expectedScheme, string expected) =>
        Assert.Equal(new OrgIdentifier(expectedScheme, expected), OrgIdSchemes.Check(scheme, identifier));

    [Theory]
    [InlineData("GB-XYZ", "1234567", "identifier.unknown-scheme")]
    [InlineData("", "1234567", "identifier.unknown-scheme")]
    [InlineData("GB-CHC", "", "identifier.empty")]
    [InlineData("GB-CHC", "12AB", "identifier.invalid")]
    [InlineData("GB-COH", "123", "identifier.invalid")]
    [InlineData("GB-LAE", "<script>", "identifier.invalid")]
    public void BadIdentifier_IsRefusedWithItsCode(string scheme, string identifier, string code) =>
        Assert.Equal(code, Assert.Throws<ConveningException>(() => OrgIdSchemes.Check(scheme, identifier)).Code);
}
