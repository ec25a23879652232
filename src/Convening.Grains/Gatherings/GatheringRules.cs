using Convening.Contracts;
using Convening.Contracts.Gatherings;

namespace Convening.Grains.Gatherings;

/// <summary>Checks what, where and how long a gathering is; the error codes name the form fields.</summary>
public static class GatheringRules
{
    public static GatheringDetails Validate(GatheringDetails details)
    {
        var title = Check.Text(details.Title, "title", Limits.NameLength);
        var purpose = Check.OptionalMultiline(details.Purpose, "purpose", Limits.PurposeLength);
        if (!Enum.IsDefined(details.Format))
            throw new ConveningException("format.invalid", "Choose in person, online or hybrid.");
        var address = Check.OptionalMultiline(details.Address, "address", GatheringLimits.PlaceLength);
        if (address.Length == 0 && details.Format != GatheringFormat.Online)
            throw new ConveningException("address.empty", "Enter the address where people will meet, or choose online.");
        var joinUrl = Check.Optional(details.JoinUrl, "join-url", GatheringLimits.PlaceLength);
        if (joinUrl.Length > 0 && !(Uri.TryCreate(joinUrl, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp)))
            throw new ConveningException("join-url.invalid", "Enter the joining link as a web address starting with https://.");
        if (details.Minutes is < GatheringLimits.MinMinutes or > GatheringLimits.MaxMinutes)
            throw new ConveningException("minutes.out-of-range", $"A gathering lasts from {GatheringLimits.MinMinutes} minutes to {GatheringLimits.MaxMinutes / 60} hours.");
        var zone = ZonedTime.Zone(Check.Text(details.TimeZone, "time-zone", 64));
        return new GatheringDetails(title, purpose, details.Format, address, joinUrl, details.Minutes, ZonedTime.IanaId(zone));
    }
}
