using System.ComponentModel.DataAnnotations;

namespace Convening.Grains.OrganisationDirectory;

/// <summary>Convening:Directory: the emails of the first directory moderators.</summary>
public sealed class DirectoryOptions : IValidatableObject
{
    public const string Section = "Convening:Directory";

    public List<string> Moderators { get; set; } = [];

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext) =>
        Moderators.Where(m => !m.Contains('@', StringComparison.Ordinal))
            .Select(m => new ValidationResult($"{Section}:Moderators holds '{m}', which is not an email address.", [nameof(Moderators)]));
}
