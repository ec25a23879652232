namespace Convening.Contracts.LifePictures;

/// <summary>
/// One editor's unsaved changes to a life picture, built up a section at a time on the task-list
/// pages (decision 0040). Sealed with the place's key like a version, seen only by its editor, and
/// made a version only when they check their answers and save. For a picture not yet recorded,
/// <see cref="BaseVersion"/> is 0 and nothing is stored until the person's consent is given.
/// </summary>
[GenerateSerializer, Immutable, Alias("convening.picture-draft")]
public sealed record PictureDraft(
    [property: Id(0)] string PlaceSlug,
    [property: Id(1)] PictureConsent Consent,
    [property: Id(2)] PictureContent Content,
    [property: Id(3)] int BaseVersion,
    [property: Id(4)] IReadOnlyList<string> Changed)
{
    /// <summary>Whether the draft is for a picture not yet recorded.</summary>
    public bool IsNew => BaseVersion == 0;

    /// <summary>An empty draft for a new picture in a place.</summary>
    public static PictureDraft Blank(string placeSlug) =>
        new(placeSlug, new PictureConsent(false, false), new PictureContent("", "", "", [], []), 0, []);
}

/// <summary>The sections of a picture's task list, as the draft's <see cref="PictureDraft.Changed"/> names them.</summary>
public static class PictureSections
{
    public const string Consent = "consent";
    public const string About = "about";
    public const string Strengths = "strengths";
    public const string Streams = "funding";

    /// <summary>A life area's section: "area-home", "area-work-and-learning", ...</summary>
    public static string Area(LifeArea area) => "area-" + string.Concat(area.ToString().Select((c, i) => char.IsUpper(c) && i > 0 ? "-" + char.ToLowerInvariant(c) : char.ToLowerInvariant(c).ToString()));

    public static LifeArea? AreaOf(string section) => LifeAreas.All.Cast<LifeArea?>().FirstOrDefault(a => Area(a!.Value) == section);

    public static IReadOnlyList<string> All { get; } = [Consent, About, Strengths, .. LifeAreas.All.Select(Area), Streams];
}
