using System.Text.Json;
using Convening.Testing;
using Microsoft.Playwright;

namespace Convening.Browser.Tests;

/// <summary>Runs axe-core (from npm, restored by the build) in the page for WCAG 2.2 A and AA.</summary>
public static class Axe
{
    private static readonly Lazy<string> Script = new(() => File.ReadAllText(Path.Combine(Repo.Root, "src/Convening.Web/client/node_modules/axe-core/axe.min.js")));

    /// <param name="exclude">A CSS selector for a part of the page that is not ours (e.g. GraphiQL), left out of the check.</param>
    public static async Task AssertNoViolations(IPage page, string? exclude = null)
    {
        // Evaluated rather than added as an inline <script>, which the Content-Security-Policy refuses.
        await page.EvaluateAsync("() => {\n" + Script.Value + "\n}");
        var json = await page.EvaluateAsync<JsonElement>("""
            async exclude => {
              const context = exclude ? { exclude: [exclude] } : document;
              const result = await axe.run(context, { runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22a", "wcag22aa"] } });
              return result.violations.map(v => `${v.id} (${v.impact}): ${v.help} at ${v.nodes.map(n => n.target.join(" ")).join(", ")}`);
            }
            """, exclude);
        var violations = json.EnumerateArray().Select(v => v.GetString()).ToList();
        Assert.True(violations.Count == 0, $"axe-core found WCAG violations on {page.Url}:\n" + string.Join("\n", violations));
    }
}
