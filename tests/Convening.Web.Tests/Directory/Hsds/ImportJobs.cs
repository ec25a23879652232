using System.Net;
using System.Text;
using System.Text.Json.Nodes;

namespace Convening.Web.Tests.OrganisationDirectory.Hsds;

/// <summary>Uploads files through the import page and follows the job it starts, as a moderator's browser does.</summary>
public static class ImportJobs
{
    public static HttpContent Json(string json) => new ByteArrayContent(Encoding.UTF8.GetBytes(json));

    /// <summary>Uploads the file; returns the job's page, where the upload redirects.</summary>
    public static async Task<string> Start(CookieBrowserSession browser, string json, string? defaultPlace = null)
    {
        var response = await browser.Upload("/directory/import", "hsds-file", "organisations.json", Json(json), ("default-place", defaultPlace ?? ""));
        Assert.True(response.StatusCode == HttpStatusCode.Redirect, $"The upload answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        return response.Headers.Location!.OriginalString;
    }

    /// <summary>
    /// Follows the job's progress (the JSON its page polls) until it is no longer running, then
    /// returns the page. The job runs in the background, so there is nothing else to wait on.
    /// </summary>
    public static async Task<(JsonNode Progress, string Html)> Finished(CookieBrowserSession browser, string jobPage)
    {
        var deadline = DateTime.UtcNow.AddMinutes(2);
        JsonNode progress;
        do
        {
            progress = JsonNode.Parse(await browser.Http.GetStringAsync(jobPage + "?handler=progress"))!;
            if (progress["status"]!.GetValue<string>() != "running")
                return (progress, await browser.Html(jobPage));
            await Task.Delay(100);
        }
        while (DateTime.UtcNow < deadline);
        throw new TimeoutException($"The import at {jobPage} was still running after two minutes: {progress.ToJsonString()}");
    }

    public static async Task<(JsonNode Progress, string Html)> Import(CookieBrowserSession browser, string json, string? defaultPlace = null) =>
        await Finished(browser, await Start(browser, json, defaultPlace));
}
