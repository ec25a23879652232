using Convening.Contracts.Reflections;

namespace Convening.Grains.Reflections;

[GenerateSerializer, Alias("convening.reflection-state")]
public sealed class ReflectionState
{
    [Id(0)] public bool Exists { get; set; }
    [Id(1)] public string AuthorId { get; set; } = "";
    [Id(2)] public string AuthorName { get; set; } = "";
    [Id(3)] public string Title { get; set; } = "";
    [Id(4)] public ReflectionStructure Structure { get; set; }
    [Id(5)] public List<string> Sections { get; set; } = [];
    [Id(6)] public List<string> Themes { get; set; } = [];
    [Id(7)] public ReflectionVisibility Visibility { get; set; }
    [Id(8)] public string? GroupId { get; set; }
    [Id(9)] public string? PlaceSlug { get; set; }
    [Id(10)] public int Version { get; set; }
    [Id(11)] public DateTimeOffset CreatedAt { get; set; }
    [Id(12)] public DateTimeOffset UpdatedAt { get; set; }

    /// <summary>Earlier versions, newest first, capped so one entry's storage stays bounded.</summary>
    [Id(13)] public List<ReflectionRevision> History { get; set; } = [];

    /// <summary>The cycle or experiment the entry is about, checked visible to the author when saved.</summary>
    [Id(14)] public Convening.Contracts.Cycles.WorkLink? Link { get; set; }

    /// <summary>What autosave kept since the last Save: the author's alone, never in any audience's lists.</summary>
    [Id(15)] public ReflectionDraft? Draft { get; set; }

    /// <summary>Created by autosave and not saved yet: nothing above is the author's saved words.</summary>
    [Id(16)] public bool NeverSaved { get; set; }
    [Id(17)] public RecentRequests Requests { get; set; } = new();
}

[GenerateSerializer, Alias("convening.reflection-draft")]
public sealed class ReflectionDraft
{
    [Id(0)] public string Title { get; set; } = "";
    [Id(1)] public ReflectionStructure Structure { get; set; }
    [Id(2)] public List<string> Sections { get; set; } = [];
    [Id(3)] public List<string> Themes { get; set; } = [];
    [Id(4)] public ReflectionVisibility Visibility { get; set; }
    [Id(5)] public string? GroupId { get; set; }
    [Id(6)] public string? PlaceSlug { get; set; }
    [Id(7)] public Convening.Contracts.Cycles.WorkLink? Link { get; set; }
    [Id(8)] public DateTimeOffset SavedAt { get; set; }
}
