using Convening.Contracts;
using Convening.Contracts.Groups;

namespace Convening.Web.Pages.Groups;

/// <summary>A glossary entry as its form holds it, shared by the add and change forms.</summary>
public sealed record GlossaryForm(string? AgreedTerm, string? AgencyTerms, string? Note)
{
    public static GlossaryForm From(GlossaryEntry entry) =>
        new(entry.AgreedTerm, GlossaryText.Format(entry.AgencyTerms), entry.Note);

    /// <summary>
    /// The input for the grain, or null; every mistake is reported through <paramref name="precheck"/>
    /// so that a missing term and a bad line are shown together.
    /// </summary>
    public GlossaryEntryInput? Read(Action<Action> precheck)
    {
        GlossaryEntryInput? input = null;
        precheck(() => Check.Text(AgreedTerm, "agreed-term", Limits.ShortText));
        precheck(() => input = new(AgreedTerm ?? "", GlossaryText.Parse(AgencyTerms), Note ?? ""));
        return input;
    }
}
