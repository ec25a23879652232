namespace Convening.Contracts.OrganisationDirectory;

/// <summary>
/// An entry's web address, phone and postcode checks with their messages: the grain enforces them and the
/// form runs them first, so that a form with several mistakes shows them all at once.
/// </summary>
public static class EntryChecks
{
    public static string WebAddress(string? value, string field, bool required)
    {
        var text = required ? Check.Text(value, field, DirectoryLimits.UrlLength) : Check.Optional(value, field, DirectoryLimits.UrlLength);
        if (text.Length == 0)
            return text;
        if (!EntryFormats.IsWebAddress(text))
            throw new ConveningException($"{field}.invalid", "Enter a web address starting with https://, like https://www.example.org.");
        return text;
    }

    public static string Phone(string? value)
    {
        var phone = Check.Optional(value, "phone", DirectoryLimits.PhoneLength);
        if (phone.Length > 0 && !EntryFormats.IsPhone(phone))
            throw new ConveningException("phone.invalid", "Enter a telephone number, like 01632 960 001 or +44 808 157 0192.");
        return phone;
    }

    public static string Postcode(string? value)
    {
        var postcode = Check.Text(value, "postcode", DirectoryLimits.PostcodeLength).ToUpperInvariant();
        if (!EntryFormats.IsPostcode(postcode))
            throw new ConveningException("postcode.invalid", "Enter a real postcode, like SW1A 1AA.");
        return postcode;
    }
}
