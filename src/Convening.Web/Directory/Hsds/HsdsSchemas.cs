using System.Collections.Concurrent;
using Convening.Contracts.OrganisationDirectory;
using NJsonSchema;
using NJsonSchema.Validation;

namespace Convening.Web.OrganisationDirectory.Hsds;

/// <summary>
/// The official HSDS 3.0 JSON schemas, shipped with the product (repository root standards/, copied
/// into the host's output as standards/hsds-3.0/schema), and a real JSON Schema validator (NJsonSchema).
/// </summary>
public sealed class HsdsSchemas(string? root)
{
    public const string EnvironmentVariable = "CONVENING_HSDS_SCHEMA";

    private readonly ConcurrentDictionary<string, Lazy<Task<JsonSchema>>> _schemas = new();

    /// <summary>The schema folder (the one holding compiled/), or null where it cannot be found.</summary>
    public string? Root { get; } = root is not null && Directory.Exists(Path.Combine(root, "compiled")) ? root : null;

    /// <summary>The copy shipped with the product, beside the running assembly.</summary>
    public static string Shipped => Path.Combine(AppContext.BaseDirectory, "standards", "hsds-3.0", "schema");

    /// <summary>The configured folder, else the environment variable's, else the shipped copy.</summary>
    public static string Locate(string? configured)
    {
        if (!string.IsNullOrWhiteSpace(configured))
            return configured;
        if (Environment.GetEnvironmentVariable(EnvironmentVariable) is { Length: > 0 } fromEnvironment)
            return fromEnvironment;
        return Shipped;
    }

    /// <summary>A compiled schema by its file name ("organization.json"), loaded once.</summary>
    public Task<JsonSchema> Compiled(string file) =>
        _schemas.GetOrAdd(file, f => new Lazy<Task<JsonSchema>>(() => Load(f))).Value;

    /// <summary>Every way <paramref name="json"/> breaks the schema, as reasons with stable codes ("schema.property-required").</summary>
    public async Task<IReadOnlyList<ImportReason>> Validate(string file, string json)
    {
        var schema = await Compiled(file);
        return [.. Flatten(schema.Validate(json)).Select(Reason)];
    }

    private async Task<JsonSchema> Load(string file)
    {
        var root = Root ?? throw new InvalidOperationException("The HSDS schema folder was not found.");
        return await JsonSchema.FromFileAsync(Path.Combine(root, "compiled", file));
    }

    private static IEnumerable<ValidationError> Flatten(IEnumerable<ValidationError> errors) =>
        errors.SelectMany(e => e is ChildSchemaValidationError child
            ? child.Errors.Values.SelectMany(Flatten).DefaultIfEmpty(e)
            : [e]);

    private static ImportReason Reason(ValidationError error)
    {
        var path = string.IsNullOrEmpty(error.Path) || error.Path == "#" ? "the record" : error.Path.TrimStart('#', '/');
        var kind = error.Kind.ToString();
        var code = "schema." + string.Concat(kind.Select((c, i) => i > 0 && char.IsUpper(c) ? "-" + char.ToLowerInvariant(c) : char.ToLowerInvariant(c).ToString()));
        var message = error.Kind switch
        {
            ValidationErrorKind.PropertyRequired => $"{path}: this required field is missing.",
            ValidationErrorKind.StringExpected => $"{path}: must be text.",
            ValidationErrorKind.NumberExpected or ValidationErrorKind.IntegerExpected => $"{path}: must be a number.",
            ValidationErrorKind.ArrayExpected => $"{path}: must be a list.",
            ValidationErrorKind.ObjectExpected => $"{path}: must be an object.",
            ValidationErrorKind.NotInEnumeration => $"{path}: is not one of the values HSDS allows.",
            ValidationErrorKind.GuidExpected or ValidationErrorKind.UuidExpected => $"{path}: must be a uuid.",
            ValidationErrorKind.UriExpected => $"{path}: must be a full web address.",
            ValidationErrorKind.EmailExpected => $"{path}: must be an email address.",
            _ => $"{path}: does not match the HSDS 3.0 schema ({kind}).",
        };
        return new ImportReason(code, "HSDS 3.0 schema: " + message);
    }
}
