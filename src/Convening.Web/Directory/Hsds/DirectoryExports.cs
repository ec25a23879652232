using System.Text;
using System.Text.Json;
using Convening.Contracts;
using Convening.Contracts.OrganisationDirectory;
using Convening.Web.OrganisationDirectory.Import;
using Convening.Web.Hosting;

namespace Convening.Web.OrganisationDirectory.Hsds;

/// <summary>
/// GET /directory/export.json (HSDS 3.0 organizations) and /directory/export.csv: the published
/// directory, or the part a search's filters pick, streamed as it is read so that the whole
/// directory is never held in memory.
/// </summary>
public static class DirectoryExports
{
    public static IEndpointRouteBuilder MapDirectoryExports(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/directory/export.json", (HttpContext http, DirectorySearch directory, IGrainFactory grains) =>
            Export(http, directory, grains, "json", "application/json; charset=utf-8", WriteJson));
        endpoints.MapGet("/directory/export.csv", (HttpContext http, DirectorySearch directory, IGrainFactory grains) =>
            Export(http, directory, grains, "csv", "text/csv; charset=utf-8", WriteCsv));
        return endpoints;
    }

    private delegate Task Writer(Stream body, IAsyncEnumerable<DirectoryDocument> documents, IReadOnlyDictionary<string, string> placeNames, CancellationToken cancellationToken);

    private static async Task Export(HttpContext http, DirectorySearch directory, IGrainFactory grains, string extension, string contentType, Writer write)
    {
        DirectoryQuery query;
        try
        {
            query = ExportQuery.From(http.Request.Query);
        }
        catch (ConveningException e)
        {
            await Results.Problem(e.Message, statusCode: ErrorStatus.For(e.Kind), extensions: new Dictionary<string, object?> { ["code"] = e.Code }).ExecuteAsync(http);
            return;
        }
        var placeNames = await PlaceNames.Load(grains, http.RequestAborted);
        http.Response.ContentType = contentType;
        http.Response.Headers.ContentDisposition = $"attachment; filename=\"convening-directory.{extension}\"";
        await write(http.Response.Body, directory.Export(query, http.RequestAborted), placeNames, http.RequestAborted);
    }

    private static async Task WriteJson(Stream body, IAsyncEnumerable<DirectoryDocument> documents, IReadOnlyDictionary<string, string> placeNames, CancellationToken cancellationToken)
    {
        await using var json = new Utf8JsonWriter(body);
        json.WriteStartArray();
        await foreach (var document in documents.WithCancellation(cancellationToken))
        {
            HsdsWriter.Organization(document, placeNames).WriteTo(json);
            if (json.BytesPending > 32 * 1024)
                await json.FlushAsync(cancellationToken);
        }
        json.WriteEndArray();
        await json.FlushAsync(cancellationToken);
    }

    private static async Task WriteCsv(Stream body, IAsyncEnumerable<DirectoryDocument> documents, IReadOnlyDictionary<string, string> placeNames, CancellationToken cancellationToken)
    {
        await using var csv = new StreamWriter(body, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), bufferSize: 32 * 1024);
        await csv.WriteAsync(DirectoryCsv.Header);
        await foreach (var document in documents.WithCancellation(cancellationToken))
            await csv.WriteAsync(DirectoryCsv.Row(document, placeNames));
        await csv.FlushAsync(cancellationToken);
    }
}
