using Convening.Web.OrganisationDirectory.Hsds;

namespace Convening.Web.Tests.OrganisationDirectory.Hsds;

public sealed class DirectoryCsvTests
{
    [Theory]
    [InlineData("=HYPERLINK(\"http://evil\")", "\"'=HYPERLINK(\"\"http://evil\"\")\"")]
    [InlineData("+44 20 7946 0000", "'+44 20 7946 0000")]
    [InlineData("-1", "'-1")]
    [InlineData("@SUM(A1)", "'@SUM(A1)")]
    [InlineData("Tea, toast", "\"Tea, toast\"")]
    [InlineData("two\nlines", "\"two\nlines\"")]
    [InlineData("plain", "plain")]
    public void Cell_IsQuotedAsRfc4180_AndNeverAFormula(string value, string cell) => Assert.Equal(cell, DirectoryCsv.Cell(value));

    [Fact]
    public void Row_HasOneCellPerColumn_EndingInCrLf()
    {
        var row = DirectoryCsv.Row(HsdsDataset.Document(5), HsdsDataset.PlaceNames);

        Assert.EndsWith("\r\n", row);
        Assert.Contains("South Bank", row);
        Assert.StartsWith(HsdsDataset.Document(5).Id + ",", row);
    }
}
