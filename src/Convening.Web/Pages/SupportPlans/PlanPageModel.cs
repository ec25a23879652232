using System.Globalization;
using Convening.Contracts.Funding;
using Convening.Contracts.LifePictures;
using Convening.Contracts.SupportPlans;
using Microsoft.AspNetCore.Mvc;

namespace Convening.Web.Pages.SupportPlans;

/// <summary>
/// The support plan pages (decision 0043): each opens the plan (in the picture's audit trail) and the
/// place's funding streams; a section saves the freshest plan with only its own part changed.
/// </summary>
public abstract class PlanPageModel : ConveningPageModel
{
    public const string Streams = "streams";
    public const string Services = "services";
    public const string Outcomes = "outcomes";
    public const string Savings = "savings";
    public static readonly string[] Sections = [Streams, Services, Outcomes, Savings];

    [FromRoute] public string Id { get; set; } = "";

    public PlanView Plan { get; private set; } = null!;
    public FundingView Funding { get; private set; } = null!;

    protected ISupportPlanGrain Grain => Grains.GetGrain<ISupportPlanGrain>(Id);

    protected async Task LoadPlan()
    {
        Plan = await Grain.Get(CallerId);
        Funding = await Grains.GetGrain<IPlaceFundingGrain>(Plan.PlaceSlug).Get();
    }

    /// <summary>The plan as it is now, to change one part of and save.</summary>
    protected SavePlan Current() => new(Plan.Version, Plan.Streams,
        [.. Plan.Services.Select(s => new PlanServiceChoice(s.Line.Id, s.Line.StreamId, s.Line.UnitCostId, s.Line.Quantity, s.Line.Cash))],
        Plan.Outcomes, Plan.Savings);

    public string StreamName(string id) => Funding.Streams.FirstOrDefault(s => s.Id == id)?.Name ?? id;

    public string Title(string section) => section switch
    {
        Streams => "Funding streams and what they pay for",
        Services => "Services and cash equivalents",
        Outcomes => "Goals and the streams paying for them",
        _ => "Who keeps any savings",
    };

    public bool Done(string section) => section switch
    {
        Streams => Plan.Streams.Count > 0,
        Services => Plan.Services.Count > 0,
        Outcomes => Plan.Outcomes.Count > 0,
        _ => Plan.Savings != SavingsChoice.NotDecided,
    };

    public static string Money(long pence) => "£" + (pence / 100m).ToString("N2", CultureInfo.GetCultureInfo("en-GB"));

    /// <summary>Pounds as typed ("1,200", "£85.50") in pence; null when it is not a number of pounds and pence.</summary>
    public static long? Pence(string? pounds)
    {
        var text = (pounds ?? "").Trim().TrimStart('£').Replace(",", "", StringComparison.Ordinal);
        return decimal.TryParse(text, NumberStyles.AllowDecimalPoint | NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value)
            && decimal.Round(value, 2) == value && Math.Abs(value) < 1_000_000_000m
            ? (long)(value * 100) : null;
    }

    public static string Cash(CashChoice cash) => cash switch
    {
        CashChoice.Taken => "Cash equivalent taken instead",
        CashChoice.OfferedNotTaken => "Cash equivalent offered, service chosen",
        _ => "Cash equivalent not offered",
    };

    public static string SavingsText(SavingsChoice savings) => savings switch
    {
        SavingsChoice.ThePerson => "The person keeps them",
        SavingsChoice.TheStream => "They go back to the stream they came from",
        SavingsChoice.Shared => "Shared between the person and the stream",
        _ => "Not decided yet",
    };

    public static string AreaName(LifeArea area) => LifeAreas.Name(area);
}
