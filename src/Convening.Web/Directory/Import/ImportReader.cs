using System.Text.Json;
using Convening.Contracts;
using Convening.Contracts.OrganisationDirectory;
using Convening.Web.OrganisationDirectory.Hsds;
using Convening.Web.Hosting;

namespace Convening.Web.OrganisationDirectory.Import;

/// <summary>
/// Reads an HSDS organization file (a JSON list of organizations) and checks every record against
/// the HSDS 3.0 schema, when it can be found, and Convening's rules. A file that is not JSON, or not a
/// list, is refused whole; otherwise each record is valid or rejected with all its reasons.
/// </summary>
public static class ImportReader
{
    /// <param name="defaultPlace">The place given to records that name none (other tools' records have no places), if any.</param>
    public static async Task<ImportPlan> Read(Stream file, HsdsSchemas schemas, IReadOnlySet<string> knownPlaces, string? defaultPlace, CancellationToken cancellationToken)
    {
        using var document = await Parse(file, cancellationToken);
        var root = document.RootElement;
        if (root.ValueKind != JsonValueKind.Array)
            throw new ConveningException("file.not-a-list", "The file must be a JSON list of HSDS organizations, starting with [.");
        var total = root.GetArrayLength();
        if (total == 0)
            throw new ConveningException("file.no-records", "The file has no organizations in it.");
        if (total > DirectoryImportLimits.RecordsPerFile)
            throw new ConveningException("file.too-many-records", $"The file has {total:N0} organizations; import at most {DirectoryImportLimits.RecordsPerFile:N0} at a time.");

        var records = new List<(int Index, HsdsRecord Record, List<ImportReason> Reasons)>(total);
        var index = 0;
        foreach (var json in root.EnumerateArray())
        {
            var reasons = new List<ImportReason>();
            records.Add((index++, await Check(json, schemas, knownPlaces, defaultPlace, reasons), reasons));
        }
        foreach (var group in records.Where(r => r.Record.Id is not null).GroupBy(r => r.Record.Id).Where(g => g.Count() > 1))
        {
            var positions = string.Join(", ", group.Select(r => r.Index + 1));
            foreach (var (_, _, reasons) in group)
                reasons.Add(new ImportReason("id.duplicate", $"Records {positions} have the same id, {group.Key}: give each organisation its own id."));
        }

        var valid = records.Where(r => r.Reasons.Count == 0).Select(r => (r.Index, r.Record)).ToList();
        var rejected = records.Where(r => r.Reasons.Count > 0)
            .Select(r => new ImportRejection(r.Index, r.Record.Id ?? r.Record.RawId, r.Record.Content.Name, r.Reasons))
            .ToList();
        return new ImportPlan(total, valid, rejected);
    }

    private static async Task<HsdsRecord> Check(JsonElement json, HsdsSchemas schemas, IReadOnlySet<string> knownPlaces, string? defaultPlace, List<ImportReason> reasons)
    {
        var read = new HsdsFields(reasons);
        if (json.ValueKind != JsonValueKind.Object)
        {
            read.Add("record.not-an-object", "Each record must be an HSDS organization object.");
            return new HsdsRecord(null, "", HsdsRecords.Empty);
        }
        if (schemas.Root is not null)
            reasons.AddRange(await schemas.Validate("organization.json", json.GetRawText()));
        var record = HsdsReader.Read(json, read);
        if (record.Content.Places.Count == 0 && defaultPlace is not null)
            record = record with { Content = record.Content with { Places = [defaultPlace] } };
        ImportRules.Check(record, knownPlaces, read);
        // The schema and our reading may both notice a wrong type: say it once.
        var distinct = reasons.DistinctBy(r => r.Message).ToList();
        reasons.Clear();
        reasons.AddRange(distinct);
        return record;
    }

    private static async Task<JsonDocument> Parse(Stream file, CancellationToken cancellationToken)
    {
        try
        {
            var document = await JsonDocument.ParseAsync(file, new JsonDocumentOptions { MaxDepth = 64 }, cancellationToken);
            if (JsonText.FirstMalformed(document.RootElement, "") is not { } at)
                return document;
            document.Dispose();
            throw BrokenCharacter(at);
        }
        catch (JsonException e)
        {
            var where = e.LineNumber is { } line ? $" (line {line + 1}, character {e.BytePositionInLine + 1})" : "";
            throw new ConveningException("file.malformed", $"The file is not valid JSON{where}. Check that it is an HSDS export and try again.");
        }
    }

    /// <summary>"[1].services[0].name" → record 2's services[0].name, as people count records.</summary>
    private static ConveningException BrokenCharacter(string at)
    {
        var close = at.IndexOf(']', StringComparison.Ordinal);
        var where = at.StartsWith('[') && close > 0 && int.TryParse(at[1..close], out var index)
            ? $"Record {index + 1}'s {(close + 2 < at.Length ? at[(close + 2)..] : "value")}"
            : $"The file's {at}";
        return new ConveningException(TextRules.Code,
            $"{where} contains a broken character (a lone UTF-16 surrogate, such as \\ud800). Remove it and upload the file again.")
        { Field = "file" };
    }
}
