using System.Text.RegularExpressions;
using Convening.Contracts;
using Convening.Contracts.Gatherings;
using Convening.Contracts.People;
using Convening.Web.Edge;
using Convening.Web.Hosting;
using Convening.Web.Identity;

namespace Convening.Web.Gatherings;

/// <summary>
/// The .ics download for one gathering (signed-in members) and each person's private feed of
/// all their groups' gatherings, which calendar apps fetch with no cookie: the token in the
/// address is the only credential, so a wrong or reset token answers 404 like any unknown page.
/// </summary>
public static partial class CalendarEndpoints
{
    public static IEndpointRouteBuilder MapGatheringCalendars(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/calendar/{token}.ics", Feed);
        endpoints.MapGet("/gatherings/{id}/calendar.ics", Download).RequireAuthorization().WithDomainErrors();
        return endpoints;
    }

    public static string FeedPath(string token) => $"/calendar/{token}.ics";

    private static async Task<IResult> Feed(string token, HttpContext http, IGrainFactory grains)
    {
        var match = TokenPattern().Match(token);
        if (!match.Success || !await grains.GetGrain<ICalendarFeedGrain>(match.Groups[1].Value).Accepts(token))
            return Results.NotFound();
        var personId = match.Groups[1].Value;
        var person = await grains.GetGrain<IPersonGrain>(personId).Get(personId);
        var lists = await Task.WhenAll(person.Memberships.Select(m => grains.GetGrain<IGroupGatheringsGrain>(m.GroupId).ForCalendar(personId)));
        var gatherings = lists.SelectMany(l => l).OrderBy(g => g.Start).Take(GatheringLimits.CalendarEvents);
        return Calendar(http, GatheringCalendar.Write(gatherings, g => PageOf(http, g.Id), $"Convening: {person.Card.DisplayName}"), null);
    }

    private static async Task<IResult> Download(string id, HttpContext http, IGrainFactory grains)
    {
        var view = await grains.GetGrain<IGatheringGrain>(id).Get(http.User.PersonId());
        if (view.Summary.Start is null)
            return Results.NotFound();
        return Calendar(http, GatheringCalendar.Write([view.Summary], g => PageOf(http, g.Id), view.Summary.Details.Title), "gathering.ics");
    }

    private static IResult Calendar(HttpContext http, string text, string? download)
    {
        // The feed changes whenever a gathering does; apps should always ask again.
        http.Response.Headers.CacheControl = "private, no-cache";
        http.Response.Headers["X-Robots-Tag"] = "noindex";
        if (download is not null)
            http.Response.Headers.ContentDisposition = $"attachment; filename=\"{download}\"";
        return Results.Text(text, GatheringCalendar.ContentType);
    }

    private static Uri PageOf(HttpContext http, string gatheringId) =>
        new(http.Absolute($"/gatherings/{gatheringId}"));

    [GeneratedRegex("^([0-9a-f]{32})\\.[A-Za-z0-9_-]{43}$")]
    private static partial Regex TokenPattern();
}
