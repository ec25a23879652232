using System.Text;
using Convening.Contracts;
using Convening.Web.Reflections;
using Microsoft.AspNetCore.Mvc;

namespace Convening.Web.Pages.Reflections;

/// <summary>Downloads the whole journal, as Markdown or JSON.</summary>
public sealed class ExportModel(TimeProvider time) : ConveningPageModel
{
    [BindProperty(SupportsGet = true, Name = "format")] public string? Format { get; set; }

    public async Task<IActionResult> OnGet()
    {
        var entries = await JournalExport.Entries(Grains, CallerId ?? throw ConveningException.Unauthenticated());
        var stamp = time.GetUtcNow().ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        return string.Equals(Format, "json", StringComparison.OrdinalIgnoreCase)
            ? File(Encoding.UTF8.GetBytes(JournalExport.ToJson(entries)), "application/json", $"journal-{stamp}.json")
            : File(Encoding.UTF8.GetBytes(JournalExport.ToMarkdown(entries)), "text/markdown", $"journal-{stamp}.md");
    }
}
