namespace Convening.Grains.LifePictures;

/// <summary>The "Convening:Retention" section: how often each place's retention job runs (decision 0050).</summary>
public sealed class RetentionOptions
{
    public const string Section = "Convening:Retention";

    /// <summary>
    /// The period of each place's retention reminder, set when the place's schedule first holds a picture
    /// (a changed value applies to places whose reminder is set afterwards). Orleans' minimum reminder period applies.
    /// </summary>
    public TimeSpan Every { get; set; } = TimeSpan.FromHours(1);
}
