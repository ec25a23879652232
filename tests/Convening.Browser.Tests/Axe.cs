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
        var violations = await Violations(page, exclude: exclude);
        Assert.True(violations.Count == 0, $"axe-core found WCAG violations on {page.Url}:\n" + string.Join("\n", violations));
    }

    /// <summary>The WCAG violations axe-core finds, one line each: rule, impact, help and where.</summary>
    /// <param name="include">A CSS selector to check alone (the whole page when null).</param>
    /// <param name="exclude">A CSS selector left out of the check.</param>
    public static async Task<IReadOnlyList<Violation>> Violations(IPage page, string? include = null, string? exclude = null)
    {
        // Evaluated rather than added as an inline <script>, which the Content-Security-Policy refuses.
        await page.EvaluateAsync("() => {\n" + Script.Value + "\n}");
        var json = await page.EvaluateAsync<JsonElement>("""
            async ([include, exclude]) => {
              const context = { include: [include ?? "html"], exclude: exclude ? [exclude] : [] };
              const result = await axe.run(context, { runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22a", "wcag22aa"] } });
              return result.violations.map(v => ({ rule: v.id, impact: v.impact, help: v.help, where: v.nodes.map(n => n.target.join(" ")).join(", ") }));
            }
            """, new[] { include, exclude });
        return json.EnumerateArray()
            .Select(v => new Violation(v.GetProperty("rule").GetString()!, v.GetProperty("impact").GetString(), v.GetProperty("help").GetString()!, v.GetProperty("where").GetString()!))
            .ToList();
    }

    public sealed record Violation(string Rule, string? Impact, string Help, string Where)
    {
        public override string ToString() => $"{Rule} ({Impact}): {Help} at {Where}";
    }
}
