using System.Security.Cryptography;
using System.Text;
using Convening.Contracts;
using Convening.Contracts.Funding;
using Convening.Contracts.LifePictures;
using Convening.Contracts.Places;

namespace Convening.Web.Demo;

/// <summary>
/// Synthetic people's life pictures in Essex (the Right to Control Trailblazer) and Lincolnshire
/// (Valuing Good Lives): enough that each place's totals show, with some figures suppressed. The
/// place's steward is also its commissioner, so signing in as them shows the totals. Nobody real:
/// names and words are made up. Dev claims the first Essex picture, to show a person's own view;
/// most Essex people also get an agreed support plan (<see cref="DemoPlans"/>).
/// </summary>
internal sealed class DemoPictures(IGrainFactory grains, IReadOnlyDictionary<string, string> people)
{
    private static readonly string[] Names = ["Rita", "Kwame", "Sally", "Tomasz", "Ayesha", "Gordon", "Mei", "Patrick", "Zainab", "Colin", "Bethan", "Ravi", "Maureen", "Olu"];

    private static readonly string[] Matters =
    [
        "Getting back to my allotment and growing enough to give some away",
        "Keeping my job at the garden centre and getting there without asking my son every day",
        "Seeing my grandchildren on Sundays, and cooking for them",
        "Living in my own flat, not a home",
        "Singing with the community choir again",
        "Being able to have a bath in my own house",
        "Finishing my college course in bookkeeping",
    ];

    private static readonly (string Slug, int People, string[] Practitioners, string[][] Streams)[] Places =
    [
        ("essex", 24, ["amara", "ben", "claire"],
        [
            ["adult-social-care", "access-to-work"], ["adult-social-care"], ["adult-social-care", "independent-living-fund"],
            ["access-to-work"], ["adult-social-care", "disabled-facilities-grant"], ["adult-social-care", "access-to-work"], ["supporting-people"],
        ]),
        ("lincolnshire", 18, ["imran", "jo"], [["adult-social-care"], ["adult-social-care", "disabled-facilities-grant"], []]),
    ];

    public async Task Load()
    {
        foreach (var (slug, count, practitioners, streams) in Places)
        {
            var steward = people[DemoPlaces.All.First(p => p.Slug == slug).Steward];
            var place = grains.GetGrain<IPlaceGrain>(slug);
            if (!(await place.Get()).Commissioners.Any(c => c.Id == steward))
                await place.AppointCommissioner(steward, steward);
            var funding = grains.GetGrain<IPlaceFundingGrain>(slug);
            if ((await funding.Get()).Streams.Count == 0)
                await funding.UseRightToControlDefaults(steward);
            for (var i = 0; i < count; i++)
                await Picture(slug, i, people[practitioners[i % practitioners.Length]], streams[i % streams.Length]);
        }
    }

    private async Task Picture(string slug, int i, string practitioner, string[] streams)
    {
        var grain = grains.GetGrain<ILifePictureGrain>(Id(slug, i));
        PictureView recorded;
        try
        {
            // A second load answers with the picture as first recorded (the recorder's retry), or picture.exists once it has changed.
            recorded = await grain.Record(new RecordPicture(slug, new PictureConsent(true, CountsInTotals: i != 3), Content(i, streams), []), practitioner);
        }
        catch (ConveningException e) when (e.Code == "picture.exists")
        {
            return;
        }
        if (slug == "essex" && i == 0 && recorded.Person is null)
            await grain.Claim(await grain.IssueClaim(practitioner), people["dev"]);
        if (slug == "essex" && i < DemoPlans.People)
            await DemoPlans.Make(grains, Id(slug, i), recorded, practitioner, i);
    }

    /// <summary>Different people want different things: which areas are talked about and how well support matches varies with i.</summary>
    private static PictureContent Content(int i, string[] streams)
    {
        var areas = LifeAreas.All.Where((_, a) => (i + a) % 3 != 0)
            .Select(a => new AreaPicture(a, Goal(a), Support(a), (((i * 7) + ((int)a * 3)) % 5) switch { 0 or 1 => SupportMatch.Yes, 2 or 3 => SupportMatch.Partly, _ => SupportMatch.No }, Missing(a, i)))
            .ToList();
        return new PictureContent(Names[i % Names.Length], Matters[i % Matters.Length], "Determined, funny, knows the bus timetable by heart", areas, streams);
    }

    private static string Goal(LifeArea area) => area switch
    {
        LifeArea.Home => "Stay in my own home",
        LifeArea.WorkAndLearning => "Keep working three days a week",
        LifeArea.Relationships => "See friends more than once a month",
        LifeArea.HealthAndWellbeing => "Sleep through the night",
        LifeArea.Community => "Get back to church on Sundays",
        LifeArea.Money => "Manage my own budget",
        _ => "Get to places on my own",
    };

    private static string Support(LifeArea area) => area switch
    {
        LifeArea.Home => "Carers twice a day from an agency",
        LifeArea.WorkAndLearning => "Access to Work pays for taxis",
        LifeArea.Relationships => "My sister visits at weekends",
        LifeArea.HealthAndWellbeing => "GP and a community nurse",
        LifeArea.Community => "A neighbour sometimes drives me",
        LifeArea.Money => "My daughter helps with bills",
        _ => "Dial-a-ride when it is free",
    };

    private static string Missing(LifeArea area, int i) => i % 2 == 0 ? "" : area switch
    {
        LifeArea.Community => "Somewhere accessible to meet people locally",
        LifeArea.GettingAbout => "Transport in the evenings",
        LifeArea.WorkAndLearning => "An employer who understands",
        _ => "More flexibility about times",
    };

    /// <summary>The same id every run, so a second run finds the picture the first one made.</summary>
    private static string Id(string slug, int i) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes($"convening-demo-picture:{slug}:{i}")))[..32];
}
