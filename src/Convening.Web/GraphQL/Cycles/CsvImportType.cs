using Convening.Contracts.Cycles;
using GraphQL.Types;

namespace Convening.Web.GraphQL.Cycles;

public sealed class CsvImportType : ObjectGraphType<CsvImport>
{
    public CsvImportType()
    {
        Name = "CsvImport";
        Description = "The result of a CSV upload: every row imported, or none and a report of the bad rows.";
        Field(x => x.Imported).Description("How many rows were imported; 0 when any row was bad.");
        Field(x => x.ProblemCount).Description($"How many rows were bad; the first {CycleLimits.CsvProblemsListed} are listed.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<CsvProblemType>>>, IReadOnlyList<CsvProblem>>("problems")
            .Description("The bad rows, in file order.")
            .InMemory()
            .Resolve(ctx => ctx.Source.Problems);
        Field<NonNullGraphType<MeasureType>, Measure>("measure").Description("The measure after the upload.").Resolve(ctx => ctx.Source.Measure);
    }
}

public sealed class CsvProblemType : ObjectGraphType<CsvProblem>
{
    public CsvProblemType()
    {
        Name = "CsvProblem";
        Description = "A row of a CSV file that could not be read.";
        Field(x => x.Row).Description("The row number, counting from 1 as a spreadsheet does (the header is row 1).");
        Field(x => x.Code).Description("A stable code: csv.wrong-columns, csv.bad-date, csv.date-out-of-range, csv.bad-number or csv.duplicate-date.");
        Field(x => x.Message).Description("What is wrong, for people.");
    }
}
