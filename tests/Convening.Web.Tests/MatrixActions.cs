namespace Convening.Web.Tests;

/// <summary>The group mutations and page forms the authorization matrix tries, each with how to tell it took effect.</summary>
public static class MatrixActions
{
    public enum Allowed
    {
        Convenors,
        Contributors,
        Members,

        /// <summary>A cycle's steward (here the convenor who started it) and the group's convenors.</summary>
        CycleStewards,

        /// <summary>Anyone signed in, on their own account (passkeys, notifications): the group role does not matter.</summary>
        SignedIn,

        /// <summary>A board's facilitators: the convenor who opened it (members are refused with board.facilitator-only).</summary>
        Facilitators,
    }

    public sealed record Spec(Allowed Who, Func<AuthorizationMatrixFixture, Person?, Task<Check>> Run);

    public sealed record Check(Reply Reply, Func<Task<bool>> Happened);

    public static readonly IReadOnlyDictionary<string, Spec> All = new Dictionary<string, Spec>(
        Cycles.CycleMatrixActions.Pages.Concat(Accounts.PasskeyMatrixActions.All).Concat(Boards.BoardMatrixActions.All)
            .Concat(Notifications.NotificationMatrixActions.All).Concat(OrganisationDirectory.DraftMatrixActions.All))
    {
        ["updateGroup"] = new(Allowed.Convenors, async (f, who) =>
        {
            var name = "Renamed " + Guid.NewGuid().ToString("N")[..6];
            var reply = await f.Api(who).Post("mutation($i: UpdateGroupInput!) { updateGroup(input: $i) { group { name } } }",
                new { i = new { groupId = f.GroupId, name, purpose = "p" } });
            return new(reply, async () => (await Scenario.Group(f.Convenor, f.GroupId))["data"]!["group"]!["name"]!.GetValue<string>() == name);
        }),
        ["invite"] = new(Allowed.Convenors, async (f, who) =>
        {
            var email = $"new-{Guid.NewGuid():N}@example.org";
            var reply = await f.Api(who).Post("mutation($i: InviteInput!) { invite(input: $i) { invitation { code } } }",
                new { i = new { groupId = f.GroupId, email } });
            return new(reply, () => f.HasInvitation(email));
        }),
        ["revokeInvitation"] = new(Allowed.Convenors, async (f, who) =>
        {
            var invitee = await f.Scenario.Register("Invitee");
            var code = await Scenario.Invite(f.Convenor, f.GroupId, invitee);
            var reply = await f.Api(who).Post("mutation($i: InvitationCodeInput!) { revokeInvitation(input: $i) { group { id } } }",
                new { i = new { code } });
            return new(reply, async () => !await f.HasInvitation(invitee.Email));
        }),
        ["setRole"] = new(Allowed.Convenors, async (f, who) =>
        {
            var target = await f.Scenario.Register("Target");
            await Scenario.Join(f.Convenor, f.GroupId, target, "OBSERVER");
            var reply = await f.Api(who).Post("mutation($i: SetRoleInput!) { setRole(input: $i) { group { id } } }",
                new { i = new { groupId = f.GroupId, personId = target.Id, role = "MEMBER" } });
            return new(reply, async () => (await Scenario.Group(f.Convenor, f.GroupId))["data"]!["group"]!["members"]!.AsArray()
                .Any(m => m!["person"]!["id"]!.GetValue<string>() == target.Id && m["role"]!.GetValue<string>() == "MEMBER"));
        }),
        ["removeMember"] = new(Allowed.Convenors, async (f, who) =>
        {
            var target = await f.Scenario.Register("Target");
            await Scenario.Join(f.Convenor, f.GroupId, target);
            var reply = await f.Api(who).Post("mutation($i: RemoveMemberInput!) { removeMember(input: $i) { group { id } } }",
                new { i = new { groupId = f.GroupId, personId = target.Id } });
            return new(reply, async () => !await f.IsMember(target.Id));
        }),
        ["removeMemberPage"] = new(Allowed.Convenors, async (f, who) =>
        {
            var target = await f.Scenario.Register("Target");
            await Scenario.Join(f.Convenor, f.GroupId, target);
            var reply = await f.Page(who, $"/groups/{f.GroupId}/members/{target.Id}/remove");
            return new(reply, async () => !await f.IsMember(target.Id));
        }),
        ["leavePage"] = new(Allowed.Members, async (f, who) =>
        {
            var leaver = await f.Another(who);
            var reply = await f.Page(leaver, $"/groups/{f.GroupId}/leave");
            // An outsider was never in the group, nor is someone already removed, so only a member's leaving can have happened.
            return new(reply, async () => leaver is not null && who != f.Outsider && who != f.Removed && !await f.IsMember(leaver.Id));
        }),
        ["discardGatheringPage"] = new(Allowed.Convenors, async (f, who) =>
        {
            var gathering = await f.Draft();
            var reply = await f.Page(who, $"/gatherings/{gathering}/discard");
            return new(reply, async () => await f.Gathering(gathering) is null);
        }),
        ["recordGatheringHeldPage"] = new(Allowed.Convenors, async (f, who) =>
        {
            var gathering = await f.Draft();
            var lastWeek = DateTime.UtcNow.Date.AddDays(-7);
            var reply = await f.Page(who, $"/gatherings/{gathering}/held",
                ("date-day", $"{lastWeek.Day}"), ("date-month", $"{lastWeek.Month}"), ("date-year", $"{lastWeek.Year}"), ("time", "10:00"));
            return new(reply, async () => await f.Gathering(gathering) is ("PLANNED", { } start) && start < DateTimeOffset.UtcNow);
        }),
        ["addGlossaryEntry"] = new(Allowed.Contributors, async (f, who) =>
        {
            var term = "term " + Guid.NewGuid().ToString("N")[..8];
            var reply = await f.Api(who).Post("mutation($i: AddGlossaryEntryInput!) { addGlossaryEntry(input: $i) { glossaryEntry { id } } }",
                new { i = new { groupId = f.GroupId, agreedTerm = term } });
            return new(reply, () => f.GlossaryHas(term));
        }),
        ["updateGlossaryEntry"] = new(Allowed.Contributors, async (f, who) =>
        {
            var term = "renamed " + Guid.NewGuid().ToString("N")[..8];
            var reply = await f.Api(who).Post("mutation($i: UpdateGlossaryEntryInput!) { updateGlossaryEntry(input: $i) { glossaryEntry { id } } }",
                new { i = new { groupId = f.GroupId, entryId = f.EntryId, agreedTerm = term } });
            return new(reply, () => f.GlossaryHas(term));
        }),
        ["removeGlossaryEntry"] = new(Allowed.Contributors, async (f, who) =>
        {
            var term = "doomed " + Guid.NewGuid().ToString("N")[..8];
            var entryId = await f.AddEntry(f.Convenor, term);
            var reply = await f.Api(who).Post("mutation($i: RemoveGlossaryEntryInput!) { removeGlossaryEntry(input: $i) { group { id } } }",
                new { i = new { groupId = f.GroupId, entryId } });
            return new(reply, async () => !await f.GlossaryHas(term));
        }),
        ["acceptCycleLink"] = new(Allowed.CycleStewards, async (f, who) =>
        {
            var (cycle, asking) = await f.LinkRequest();
            var reply = await f.Api(who).Post("mutation($i: LinkDecisionInput!) { acceptCycleLink(input: $i) { cycle { id } } }",
                new { i = new { cycleId = cycle, otherCycleId = asking } });
            return new(reply, async () => (await f.Cycle(cycle))["links"]!.AsArray().Any(l => l!["cycle"]!["id"]!.GetValue<string>() == asking));
        }),
        ["declineCycleLink"] = new(Allowed.CycleStewards, async (f, who) =>
        {
            var (cycle, asking) = await f.LinkRequest();
            var reply = await f.Api(who).Post("mutation($i: LinkDecisionInput!) { declineCycleLink(input: $i) { cycle { id } } }",
                new { i = new { cycleId = cycle, otherCycleId = asking } });
            return new(reply, async () => (await f.Cycle(cycle))["linkRequests"]!.AsArray().Count == 0);
        }),
        ["acceptCycleLinkPage"] = new(Allowed.CycleStewards, async (f, who) =>
        {
            var (cycle, asking) = await f.LinkRequest();
            var reply = await f.Page(who, $"/cycles/{cycle}?handler=AcceptLink", ("other-cycle", asking));
            return new(reply, async () => (await f.Cycle(cycle))["links"]!.AsArray().Any(l => l!["cycle"]!["id"]!.GetValue<string>() == asking));
        }),
        ["declineCycleLinkPage"] = new(Allowed.CycleStewards, async (f, who) =>
        {
            var (cycle, asking) = await f.LinkRequest();
            var reply = await f.Page(who, $"/cycles/{cycle}?handler=DeclineLink", ("other-cycle", asking));
            return new(reply, async () => (await f.Cycle(cycle))["linkRequests"]!.AsArray().Count == 0);
        }),
        ["readMembers"] = new(Allowed.Members, async (f, who) =>
        {
            var reply = await f.Api(who).Post("query($id: ID!) { group(id: $id) { members { person { email } } } }", new { id = f.GroupId });
            var status = reply.Json?["errors"] is null ? reply : reply with { Status = System.Net.HttpStatusCode.Forbidden };
            return new(status, () => Task.FromResult(reply.Data?["group"]?["members"] is not null));
        }),
    };
}
