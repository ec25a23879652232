using Convening.Contracts.OrganisationDirectory;
using Lucene.Net.Documents;
using Lucene.Net.Util;
using LuceneDocument = Lucene.Net.Documents.Document;

namespace Convening.Storage.OrganisationDirectory;

/// <summary>
/// An entry as the Lucene index holds it: its id, its name-order key, the document itself (stored,
/// returned as found), the text fields of <see cref="IndexedText"/> (analysed, not stored) and each
/// facet value twice, as a term to filter by and as a doc value to count by.
/// </summary>
internal static class IndexFields
{
    public const string Id = "id";
    public const string SortKey = "k";
    public const string Document = "doc";

    /// <summary>The text fields and their weights: a word in the name counts most.</summary>
    public static readonly (string Field, float Weight)[] Text =
        [("name", 10f), ("description", 1f), ("services", 2f), ("approaches", 3f), ("places", 2f), ("people", 3f), ("servicenames", 3f)];

    public static string Facet(string facet) => "facet-" + facet;

    public static string FacetCounts(string facet) => "count-" + facet;

    public static LuceneDocument Of(DirectoryDocument document)
    {
        var content = document.Content;
        var fields = new LuceneDocument
        {
            new StringField(Id, document.Id, Field.Store.NO),
            new SortedDocValuesField(Id, new BytesRef(document.Id)),
            new SortedDocValuesField(SortKey, new BytesRef(NameKey(content.Name))),
            new StoredField(Document, DirectoryFeedCodec.Json(document)),
        };
        foreach (var (field, text) in IndexedText.Fields(content))
            fields.Add(new TextField(field, text, Field.Store.NO));
        foreach (var (facet, value) in IndexedText.FacetValues(content).Distinct())
        {
            fields.Add(new StringField(Facet(facet), value, Field.Store.NO));
            fields.Add(new SortedSetDocValuesField(FacetCounts(facet), new BytesRef(value)));
        }
        return fields;
    }

    /// <summary>Name order that ignores case and a leading "The ".</summary>
    private static string NameKey(string name)
    {
        var key = name.Trim().ToLowerInvariant();
        return key.StartsWith("the ", StringComparison.Ordinal) ? key[4..] : key;
    }
}
