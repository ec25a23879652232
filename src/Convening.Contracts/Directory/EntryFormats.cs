using System.Text.RegularExpressions;

namespace Convening.Contracts.OrganisationDirectory;

/// <summary>The formats an entry's web addresses, phone numbers and postcodes must have: one definition for the grain and the importer.</summary>
public static partial class EntryFormats
{
    /// <summary>An absolute http or https address with a host; other schemes (javascript:, data:) are refused.</summary>
    public static bool IsWebAddress(string value) =>
        Uri.TryCreate(value, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp) && uri.Host.Length > 0;

    public static bool IsPhone(string value) => PhonePattern().IsMatch(value);

    /// <summary>A UK postcode, upper case, with or without its space.</summary>
    public static bool IsPostcode(string value) => PostcodePattern().IsMatch(value);

    [GeneratedRegex(@"^\+?[0-9][0-9 ()\-]{5,38}$")]
    private static partial Regex PhonePattern();

    [GeneratedRegex(@"^[A-Z]{1,2}[0-9][A-Z0-9]? ?[0-9][A-Z]{2}$")]
    private static partial Regex PostcodePattern();
}
