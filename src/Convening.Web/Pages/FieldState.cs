using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace Convening.Web.Pages;

/// <summary>What a form control needs to show its error: the message and the ids it is described by.</summary>
public sealed record FieldState(string? Error, string? DescribedBy)
{
    public bool HasError => Error is not null;

    public static FieldState For(ModelStateDictionary modelState, string id, string? hint)
    {
        var error = modelState.TryGetValue(id, out var entry) && entry.Errors.Count > 0 ? entry.Errors[0].ErrorMessage : null;
        var describedBy = string.Join(' ', new[] { hint is null ? null : id + "-hint", error is null ? null : id + "-error" }.OfType<string>());
        return new FieldState(error, describedBy.Length > 0 ? describedBy : null);
    }
}
