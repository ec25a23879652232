using Convening.Contracts;
using Convening.Contracts.LifePictures;

namespace Convening.Web.Pages.LifePictures;

/// <summary>What the picture pages call each section, and the grains' refusals in plain words.</summary>
public static class PictureText
{
    public static string Title(string section) => PictureSections.AreaOf(section) is { } area ? LifeAreas.Name(area) : section switch
    {
        PictureSections.Consent => "Consent",
        PictureSections.About => "What matters to them, in their words",
        PictureSections.Strengths => "Strengths",
        PictureSections.Streams => "Funding streams they draw on",
        _ => section,
    };

    private static readonly Dictionary<string, string> Plain = new()
    {
        ["picture.no-consent"] = "Tick the box to say the person agreed to this picture being recorded and shared with you",
        ["known-as.empty"] = "Enter the name the person likes to be known by",
        ["known-as.too-long"] = $"The name they are known by must be {Limits.NameLength} characters or fewer",
        ["what-matters.empty"] = "Enter what matters to the person, in their words",
        ["what-matters.too-long"] = $"What matters must be {Limits.PictureWords} characters or fewer",
        ["strengths.too-long"] = $"Strengths must be {Limits.PictureWords} characters or fewer",
        ["goals.too-long"] = $"Goals must be {Limits.PictureAreaText} characters or fewer",
        ["current-support.too-long"] = $"The support they have now must be {Limits.PictureAreaText} characters or fewer",
        ["missing.too-long"] = $"What is missing must be {Limits.PictureAreaText} characters or fewer",
        ["picture.unknown-stream"] = "Choose funding streams from this place's list",
        ["picture.conflict"] = "Someone saved this picture while you were changing it. Your changes are kept here: note them, throw them away and start again from the newest version",
        ["picture.claim-invalid"] = "This code has been used, has expired or is not right. Ask your practitioner for a new one",
        ["picture.claim-by-practitioner"] = "You are one of this picture's practitioners: give the code to the person it is about",
        ["picture.already-shared"] = "The picture is already shared with that person",
        ["picture.practitioner-not-in-place"] = "Pictures can only be shared with the place's stewards and members of groups it has approved",
        ["picture.too-many-practitioners"] = $"A picture can be shared with at most {Limits.PicturePractitioners} practitioners",
        ["picture.last-keeper"] = "Someone must keep this picture: name another practitioner first, or give the person their code",
        ["picture.no-draft"] = "There are no unsaved changes to this picture",
    };

    /// <summary>The refusal with its message in plain words where the pages have them; the code and field stay.</summary>
    public static ConveningException InPlainWords(ConveningException e)
    {
        if (!Plain.TryGetValue(e.Code, out var message))
            return e;
        return new ConveningException(e.Code, message, e.Kind) { Field = e.Field };
    }

    /// <summary>Runs a grain call, restating its refusal in plain words.</summary>
    public static async Task<T> Plainly<T>(Func<Task<T>> call)
    {
        try
        {
            return await call();
        }
        catch (ConveningException e)
        {
            throw InPlainWords(e);
        }
    }

    public static string Match(SupportMatch? match) => match switch
    {
        SupportMatch.Yes => "Yes",
        SupportMatch.Partly => "Partly",
        SupportMatch.No => "No",
        _ => "Not talked about yet",
    };
}
