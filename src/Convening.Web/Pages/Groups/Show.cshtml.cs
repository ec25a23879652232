using Convening.Contracts;
using Convening.Contracts.Cycles;
using Convening.Contracts.Groups;
using Convening.Contracts.People;
using Convening.Contracts.Places;
using Convening.Web.Cycles;
using Convening.Web.Groups;
using Convening.Web.Pages.Cycles;
using Microsoft.AspNetCore.Mvc;

namespace Convening.Web.Pages.Groups;

/// <summary>
/// A group: anyone sees what it is for; members see who is in it and its glossary; convenors
/// also invite people and manage roles. The grain decides who may do what; this page only
/// hides the forms a person could not use.
/// </summary>
public sealed partial class GroupModel : ConveningPageModel
{
    [FromRoute] public string Id { get; set; } = "";

    public GroupSummary Summary { get; private set; } = null!;
    public PlaceView Place { get; private set; } = null!;

    /// <summary>What members see; null for everyone else.</summary>
    public GroupDetails? Details { get; private set; }

    /// <summary>An invitation to this group waiting for a signed-in non-member.</summary>
    public Invitation? MyInvitation { get; private set; }

    public bool SignedIn => CallerId is not null;

    /// <summary>The group's learning cycles: their questions are public, as the group's purpose is.</summary>
    public CycleListModel Cycles { get; private set; } = null!;

    /// <summary>Every measure of the group's cycles with its icons, for members (observers too); null for everyone else.</summary>
    public IReadOnlyList<MeasureSummary>? Measures { get; private set; }

    public bool IsConvenor => Details?.MyRole == GroupRole.Convenor;
    public bool CanChangeGlossary => Details is { MyRole: not GroupRole.Observer };
    public string? Me => CallerId;

    protected override IReadOnlyCollection<string> Fields => ["email", "role", "agreed-term", GlossaryText.FieldId, "note"];

    protected override IReadOnlyDictionary<string, string> FieldAliases { get; } =
        new Dictionary<string, string>(GlossaryText.ErrorFields)
        {
            ["invitation.already-pending"] = "email",
            ["group.already-member"] = "email",
            ["group.bad-role"] = "role",
        };

    /// <summary>Members under a heading per sector, in the usual order of sectors.</summary>
    public IEnumerable<(Sector Sector, List<Member> Members)> MembersBySector =>
        from sector in Web.People.Sectors.InOrder
        let members = (Details?.Members ?? []).Where(m => m.Person.Sector == sector).ToList()
        where members.Count > 0
        select (sector, members);

    public string InvitationLink(string code) => InvitationMail.Link(HttpContext, code);

    public Task<IActionResult> OnGet() => Load(LoadGroup);

    private IGroupGrain Group => Grains.GetGrain<IGroupGrain>(Id);

    private IActionResult Done(string message, string? copy = null)
    {
        Notify(message, copy);
        return RedirectToPage("/Groups/Show", new { id = Id });
    }

    private async Task LoadGroup()
    {
        Summary = await Group.GetSummary();
        Place = await Grains.GetGrain<IPlaceGrain>(Summary.PlaceSlug).Get();
        await LoadCycles();
        if (CallerId is null)
            return;
        try
        {
            Details = await Group.GetDetails(CallerId);
        }
        catch (ConveningException e) when (e.Kind == ErrorKind.Forbidden)
        {
            if (CallerEmail is { } email)
                MyInvitation = (await Grains.GetGrain<IInvitationInboxGrain>(email).List()).FirstOrDefault(i => i.GroupId == Id);
        }
        if (Details is not null)
            Measures = await MeasureSummaries.Visible(Grains, Cycles.Cycles.Items, CallerId);
        if (Details is { MyRole: not GroupRole.Observer })
            Cycles = Cycles with { StartGroupId = Id };
    }

    private async Task LoadCycles() => Cycles = new CycleListModel(
        await Grains.GetGrain<ICycleIndexGrain>(ICycleIndexGrain.ForGroup(Id)).List(CycleListModel.Shown, null), null);
}
