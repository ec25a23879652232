using Convening.Contracts.Groups;
using Convening.Contracts.People;

namespace Convening.Web.Pages;

public sealed class IndexModel : ConveningPageModel
{
    public PersonView? Me { get; private set; }
    public IReadOnlyList<Invitation> Invitations { get; private set; } = [];

    public async Task OnGet()
    {
        if (CallerId is not { } id)
            return;
        Me = await Grains.GetGrain<IPersonGrain>(id).Get(id);
        Invitations = await Grains.GetGrain<IInvitationInboxGrain>(Me.Card.Email).List();
    }
}
