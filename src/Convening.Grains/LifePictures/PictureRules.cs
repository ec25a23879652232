using Convening.Contracts;
using Convening.Contracts.LifePictures;

namespace Convening.Grains.LifePictures;

/// <summary>What a picture's content must be. Errors name the field, never quote the words.</summary>
internal static class PictureRules
{
    public static PictureContent Valid(PictureContent? content, IReadOnlyCollection<string> placeStreams) => Checked(content, placeStreams, complete: true);

    /// <summary>A draft may still be missing the name and what matters; everything it has must already be right.</summary>
    public static PictureContent Draft(PictureContent? content, IReadOnlyCollection<string> placeStreams) => Checked(content, placeStreams, complete: false);

    private static PictureContent Checked(PictureContent? content, IReadOnlyCollection<string> placeStreams, bool complete)
    {
        if (content is null)
            throw new ConveningException("picture.empty", "Enter what matters to the person.");
        var areas = content.Areas ?? [];
        if (areas.Count > LifeAreas.All.Length || areas.GroupBy(a => a.Area).Any(g => g.Count() > 1))
            throw new ConveningException("picture.area-twice", "Each life area can be described once.") { Field = "areas" };
        var checkedAreas = areas.Select((a, i) =>
        {
            if (!Enum.IsDefined(a.Area))
                throw new ConveningException("picture.area-unknown", "Choose a life area from the list.") { Field = $"areas[{i}]" };
            if (!Enum.IsDefined(a.Match))
                throw new ConveningException("picture.match-unknown", "Say whether the support matches what the person wants: yes, partly or no.") { Field = $"areas[{i}].match" };
            return new AreaPicture(a.Area,
                Check.OptionalMultiline(a.Goals, "goals", Limits.PictureAreaText),
                Check.OptionalMultiline(a.CurrentSupport, "current-support", Limits.PictureAreaText),
                a.Match,
                Check.OptionalMultiline(a.Missing, "missing", Limits.PictureAreaText));
        }).OrderBy(a => a.Area).ToList();
        var streams = (content.FundingStreams ?? []).Distinct().ToList();
        if (streams.Any(s => !placeStreams.Contains(s)))
            throw new ConveningException("picture.unknown-stream", "Choose funding streams from this place's list.") { Field = "fundingStreams" };
        return new PictureContent(
            complete ? Check.Text(content.KnownAs, "known-as", Limits.NameLength) : Check.Optional(content.KnownAs, "known-as", Limits.NameLength),
            complete ? Check.Multiline(content.WhatMatters, "what-matters", Limits.PictureWords) : Check.OptionalMultiline(content.WhatMatters, "what-matters", Limits.PictureWords),
            Check.OptionalMultiline(content.Strengths, "strengths", Limits.PictureWords),
            checkedAreas,
            streams);
    }
}
