using System.Text.RegularExpressions;
using Convening.Contracts;
using Convening.Contracts.OrganisationDirectory;

namespace Convening.Grains.OrganisationDirectory;

[GenerateSerializer, Alias("convening.directory-glossary-state")]
public sealed class DirectoryGlossaryState
{
    /// <summary>Null until a moderator first saves it: until then the directory uses <see cref="DirectoryGlossaryGrain.Starting"/>.</summary>
    [Id(0)] public List<List<string>>? Groups { get; set; }
}

/// <summary>The directory's glossary of synonyms, kept whole in one small state (at most 200 groups of 10 phrases).</summary>
public sealed partial class DirectoryGlossaryGrain(
    [PersistentState("directory-glossary", StorageNames.Main)] IPersistentState<DirectoryGlossaryState> state)
    : Grain, IDirectoryGlossaryGrain
{
    public const int MaxGroups = 200;
    public const int MaxPhrases = 10;
    public const int MaxPhraseLength = 60;

    /// <summary>What a new directory starts with; moderators change it as they learn how people search.</summary>
    public static IReadOnlyList<IReadOnlyList<string>> Starting { get; } =
    [
        ["young people", "youth", "teenagers"],
        ["older people", "elderly", "later life"],
        ["befriending", "companionship"],
        ["mental health", "mental ill health", "wellbeing"],
        ["gp", "doctor"],
    ];

    public Task<DirectoryGlossary> Get() =>
        Task.FromResult(new DirectoryGlossary(state.State.Groups is { } groups ? [.. groups.Select(g => (IReadOnlyList<string>)g)] : Starting));

    public async Task<DirectoryGlossary> Set(IReadOnlyList<IReadOnlyList<string>> groups, string? callerId)
    {
        await GrainFactory.RequireModerator(callerId, "Only directory moderators can change the directory's glossary.");
        state.State.Groups = Validate(groups);
        await state.Write(this);
        return await Get();
    }

    /// <summary>Lower-cased, trimmed, repeats dropped; every rule broken is a stable code (glossary.*).</summary>
    public static List<List<string>> Validate(IReadOnlyList<IReadOnlyList<string>> groups)
    {
        if (groups.Count > MaxGroups)
            throw new ConveningException("glossary.too-many-groups", $"Keep the glossary to {MaxGroups} groups or fewer.");
        var result = new List<List<string>>();
        foreach (var (group, i) in groups.Select((g, i) => (g, i + 1)))
        {
            var phrases = group.Select(p => Spaces().Replace(p ?? "", " ").Trim().ToLowerInvariant()).Where(p => p.Length > 0).Distinct().ToList();
            if (phrases.Count == 0)
                continue;
            if (phrases.Count < 2)
                throw new ConveningException("glossary.group-too-small", $"Group {i}: give at least two words or phrases that mean the same.");
            if (phrases.Count > MaxPhrases)
                throw new ConveningException("glossary.group-too-large", $"Group {i}: give {MaxPhrases} words or phrases or fewer.");
            if (phrases.FirstOrDefault(p => p.Length > MaxPhraseLength || !Phrase().IsMatch(p)) is { } bad)
                throw new ConveningException("glossary.bad-phrase", $"Group {i}: \"{bad}\" must be words of letters and digits, {MaxPhraseLength} characters or fewer.");
            result.Add(phrases);
        }
        return result;
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();

    [GeneratedRegex(@"^[\p{L}\p{N}][\p{L}\p{N}' -]*$")]
    private static partial Regex Phrase();
}
