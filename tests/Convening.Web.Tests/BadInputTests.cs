using System.Net;

namespace Convening.Web.Tests;

/// <summary>Bad input gets a clear 4xx with a stable code, and changes nothing.</summary>
[Collection(WebCollection.Name)]
public sealed class BadInputTests(WebAppFixture app)
{
    private readonly Scenario _scenario = new(app);

    [Fact]
    public async Task InvitationCode_UsedTwice_IsRefused()
    {
        var convenor = await _scenario.Register("Convenor");
        var invitee = await _scenario.Register("Invitee");
        var group = await Scenario.Convene(convenor, await Scenario.CreatePlace(convenor));
        var code = await Scenario.Invite(convenor, group, invitee);
        (await Accept(invitee, code)).ShouldSucceed();

        var again = await Accept(invitee, code);
        Assert.Equal(HttpStatusCode.Conflict, again.Status);
        Assert.Equal("invitation.already-used", again.ErrorCode);
    }

    [Fact]
    public async Task InvitationCode_UsedByWrongPerson_IsRefusedAndStaysOpen()
    {
        var convenor = await _scenario.Register("Convenor");
        var invitee = await _scenario.Register("Invitee");
        var stranger = await _scenario.Register("Stranger");
        var group = await Scenario.Convene(convenor, await Scenario.CreatePlace(convenor));
        var code = await Scenario.Invite(convenor, group, invitee);

        var reply = await Accept(stranger, code);
        Assert.Equal(HttpStatusCode.Forbidden, reply.Status);
        Assert.Equal("invitation.wrong-person", reply.ErrorCode);
        (await Accept(invitee, code)).ShouldSucceed();
    }

    [Fact]
    public async Task ForgedInvitationCode_IsNotFound()
    {
        var convenor = await _scenario.Register("Convenor");
        var group = await Scenario.Convene(convenor, await Scenario.CreatePlace(convenor));
        var reply = await Accept(convenor, group + ".not-the-secret");
        Assert.Equal(HttpStatusCode.NotFound, reply.Status);
        Assert.Equal("invitation.not-found", reply.ErrorCode);
    }

    [Fact]
    public async Task AnotherGroupsId_InAMutation_ChangesNothingThere()
    {
        var mine = await _scenario.Register("Mine");
        var theirs = await _scenario.Register("Theirs");
        var myGroup = await Scenario.Convene(mine, await Scenario.CreatePlace(mine));
        var theirGroup = await Scenario.Convene(theirs, await Scenario.CreatePlace(theirs));

        var reply = await mine.Api.Post("mutation($i: UpdateGroupInput!) { updateGroup(input: $i) { group { name } } }",
            new { i = new { groupId = theirGroup, name = "Taken over" } });
        Assert.Equal(HttpStatusCode.Forbidden, reply.Status);
        Assert.Equal("group.members-only", reply.ErrorCode);
        var after = await Scenario.Group(theirs, theirGroup);
        Assert.Equal("Right to Control Trailblazer", after["data"]!["group"]!["name"]!.GetValue<string>());
        Assert.NotEqual(myGroup, theirGroup);
    }

    [Fact]
    public async Task OverLongName_IsRefusedAndNothingIsCreated()
    {
        var steward = await _scenario.Register("Steward");
        var reply = await steward.Api.Post("mutation($i: CreatePlaceInput!) { createPlace(input: $i) { place { slug } } }",
            new { i = new { slug = "too-long-place", name = new string('x', 500) } });
        Assert.Equal(HttpStatusCode.BadRequest, reply.Status);
        Assert.Equal("name.too-long", reply.ErrorCode);
        var lookup = (await app.GraphQL().Post("{ place(slug: \"too-long-place\") { name } }")).ShouldSucceed();
        Assert.Null(lookup.Data!["place"]);
    }

    [Fact]
    public async Task EmptyGroupName_IsRefused()
    {
        var convenor = await _scenario.Register("Convenor");
        var place = await Scenario.CreatePlace(convenor);
        var reply = await convenor.Api.Post("mutation($i: ConveneGroupInput!) { conveneGroup(input: $i) { group { id } } }",
            new { i = new { placeSlug = place, name = "   " } });
        Assert.Equal(HttpStatusCode.BadRequest, reply.Status);
        Assert.Equal("name.empty", reply.ErrorCode);
    }

    [Fact]
    public async Task OverlappingAvailability_IsRefused()
    {
        var ann = await _scenario.Register("Ann");
        var reply = await ann.Api.Post("mutation($i: UpdateProfileInput!) { updateProfile(input: $i) { person { id } } }",
            new
            {
                i = new
                {
                    displayName = "Ann",
                    sector = "HOUSING",
                    availability = new { timeZone = "Europe/London", windows = new[] { new { day = "MONDAY", from = "09:00", to = "12:00" }, new { day = "MONDAY", from = "11:00", to = "13:00" } } },
                },
            });
        Assert.Equal(HttpStatusCode.BadRequest, reply.Status);
        Assert.Equal("availability.overlapping", reply.ErrorCode);
    }

    [Fact]
    public async Task UpdateProfile_IsSeenByTheGroup()
    {
        var convenor = await _scenario.Register("Convenor");
        var group = await Scenario.Convene(convenor, await Scenario.CreatePlace(convenor));
        (await convenor.Api.Post("mutation($i: UpdateProfileInput!) { updateProfile(input: $i) { person { id } } }",
            new
            {
                i = new
                {
                    displayName = "Jo Convenor",
                    sector = "LIVED_EXPERIENCE",
                    organisation = "Essex Coalition of Disabled People",
                    availability = new { timeZone = "Europe/London", windows = new[] { new { day = "TUESDAY", from = "10:00", to = "12:30" } } },
                },
            })).ShouldSucceed();
        var reply = (await convenor.Api.Post("query($id: ID!) { group(id: $id) { members { person { displayName sector availability { windows { day from to } } } } } }",
            new { id = group })).ShouldSucceed();
        var person = reply.Data!["group"]!["members"]![0]!["person"]!;
        Assert.Equal("Jo Convenor", person["displayName"]!.GetValue<string>());
        Assert.Equal("LIVED_EXPERIENCE", person["sector"]!.GetValue<string>());
        Assert.Equal("12:30", person["availability"]!["windows"]![0]!["to"]!.GetValue<string>());
    }

    private static Task<Reply> Accept(Person who, string code) =>
        who.Api.Post("mutation($i: InvitationCodeInput!) { acceptInvitation(input: $i) { group { id } } }", new { i = new { code } });
}
