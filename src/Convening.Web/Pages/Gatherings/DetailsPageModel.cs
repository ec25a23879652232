using System.Globalization;
using Convening.Contracts;
using Convening.Contracts.Gatherings;
using Convening.Web.Pages.People;
using Microsoft.AspNetCore.Mvc;

namespace Convening.Web.Pages.Gatherings;

/// <summary>The form for what, where and how long a gathering is, shared by planning and changing one.</summary>
public abstract class DetailsPageModel : ConveningPageModel
{
    [BindProperty(Name = "title")] public string? Title { get; set; }
    [BindProperty(Name = "purpose")] public string? Purpose { get; set; }
    [BindProperty(Name = "format")] public string? FormatChoice { get; set; }
    [BindProperty(Name = "address")] public string? Address { get; set; }
    [BindProperty(Name = "join-url")] public string? JoinUrl { get; set; }
    [BindProperty(Name = "minutes")] public string? MinutesChoice { get; set; }
    [BindProperty(Name = "time-zone")] public string? TimeZone { get; set; }

    /// <summary>What the form starts from: the saved details, or sensible ones for a new gathering.</summary>
    public GatheringDetails Saved { get; protected set; } =
        new("", "", GatheringFormat.InPerson, "", "", 90, People.TimeZones.Default);

    protected override IReadOnlyCollection<string> Fields => ["title", "purpose", "format", "address", "join-url", "minutes", "time-zone"];

    /// <summary>A field's value to show: what was typed if the form came back, otherwise the saved value.</summary>
    public string Shown(string field) => field switch
    {
        "title" => Posted() ? Title ?? "" : Saved.Title,
        "purpose" => Posted() ? Purpose ?? "" : Saved.Purpose,
        "format" => Posted() ? FormatChoice ?? "" : Saved.Format.ToString(),
        "address" => Posted() ? Address ?? "" : Saved.Address,
        "join-url" => Posted() ? JoinUrl ?? "" : Saved.JoinUrl,
        "minutes" => Posted() ? MinutesChoice ?? "" : Saved.Minutes.ToString(CultureInfo.InvariantCulture),
        _ => Posted() ? TimeZone ?? "" : Saved.TimeZone,
    };

    public IReadOnlyList<Choice> ZoneChoices => TimeZones.Choices(Shown("time-zone"));

    /// <summary>The details as typed; choices that are not on the form are refused here, the rest by the grain.</summary>
    protected GatheringDetails ReadDetails()
    {
        if (!Enum.TryParse<GatheringFormat>(FormatChoice, out var format) || !Enum.IsDefined(format))
            throw new ConveningException("format.invalid", "Choose in person, online or hybrid.");
        if (!int.TryParse(MinutesChoice, NumberStyles.None, CultureInfo.InvariantCulture, out var minutes))
            throw new ConveningException("minutes.out-of-range", "Choose how long the gathering lasts.");
        return new GatheringDetails(Title ?? "", Purpose ?? "", format, Address ?? "", JoinUrl ?? "", minutes, TimeZone ?? "");
    }
}
