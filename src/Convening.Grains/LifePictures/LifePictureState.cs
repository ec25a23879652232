using Convening.Contracts.LifePictures;

namespace Convening.Grains.LifePictures;

[GenerateSerializer, Alias("convening.life-picture-state")]
public sealed class LifePictureState
{
    [Id(0)] public bool Exists { get; set; }
    [Id(1)] public string PlaceSlug { get; set; } = "";
    /// <summary>The practitioners the person agreed may see the picture.</summary>
    [Id(2)] public List<PicturePerson> Practitioners { get; set; } = [];
    /// <summary>The person it is about, once they have claimed it with their account.</summary>
    [Id(3)] public PicturePerson? Person { get; set; }
    [Id(4)] public bool CountsInTotals { get; set; }
    /// <summary>Every version, oldest first; the content only ever sealed.</summary>
    [Id(5)] public List<SealedVersion> Versions { get; set; } = [];
    /// <summary>Oldest first; never any of the picture's words.</summary>
    [Id(6)] public List<AuditEntry> Audit { get; set; } = [];
    /// <summary>SHA-256 of the single-use claim secret, while one is outstanding.</summary>
    [Id(7)] public byte[]? ClaimHash { get; set; }
    [Id(8)] public DateTimeOffset ClaimExpires { get; set; }
    [Id(9)] public bool Withdrawn { get; set; }
    [Id(10)] public int Version { get; set; }
    /// <summary>Each editor's unsaved changes (at most one each), sealed like the versions.</summary>
    [Id(11)] public List<StoredDraft> Drafts { get; set; } = [];
}

[GenerateSerializer, Alias("convening.stored-picture-draft")]
public sealed class StoredDraft
{
    [Id(0)] public string EditorId { get; set; } = "";
    [Id(1)] public string PlaceSlug { get; set; } = "";
    [Id(2)] public int BaseVersion { get; set; }
    [Id(3)] public bool CountsInTotals { get; set; }
    [Id(4)] public byte[] Content { get; set; } = [];
    [Id(5)] public List<string> Changed { get; set; } = [];
    [Id(6)] public DateTimeOffset SavedAt { get; set; }
}

[GenerateSerializer, Alias("convening.sealed-version")]
public sealed class SealedVersion
{
    [Id(0)] public PictureVersionInfo Info { get; set; } = null!;
    [Id(1)] public byte[] Content { get; set; } = [];
}
