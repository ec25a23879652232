using static Convening.Web.Tests.Gatherings.GatheringApi;

namespace Convening.Web.Tests.Gatherings;

/// <summary>Absences, deputies and agencies' hours through the API, and the bad input the issue names.</summary>
[Collection(SecondWebCollection.Name)]
public sealed class AwayApiTests(WebAppFixture app)
{
    [Fact]
    public async Task Absence_AndDeputy_AreOnTheCardTheGroupSees()
    {
        var setup = await Setup(app);
        var from = DateOnly.FromDateTime(DateTime.UtcNow.AddDays(3)).ToString("yyyy-MM-dd");
        var to = DateOnly.FromDateTime(DateTime.UtcNow.AddDays(5)).ToString("yyyy-MM-dd");
        (await setup.Member.Api.Post("mutation($i: AddAbsenceInput!) { addAbsence(input: $i) { person { id } } }", new { i = new { from, to } })).ShouldSucceed();
        (await setup.Member.Api.Post("mutation($i: SetDeputyInput!) { setDeputy(input: $i) { person { id } } }", new { i = new { name = "Dee", contact = "dee@example.org" } })).ShouldSucceed();

        var group = (await setup.Convenor.Api.Post("query($id: ID!) { group(id: $id) { members { person { id absences { from to } deputy { name contact } } } } }", new { id = setup.GroupId })).ShouldSucceed();

        var ben = group.Data!["group"]!["members"]!.AsArray().Single(m => m!["person"]!["id"]!.GetValue<string>() == setup.Member.Id)!["person"]!;
        Assert.Equal((from, to), (ben["absences"]![0]!["from"]!.GetValue<string>(), ben["absences"]![0]!["to"]!.GetValue<string>()));
        Assert.Equal("dee@example.org", ben["deputy"]!["contact"]!.GetValue<string>());
    }

    [Fact]
    public async Task Absence_Overlapping_AndAvailability_Overlapping_OrBackwards_AreRefused()
    {
        var setup = await Setup(app);
        var day = DateOnly.FromDateTime(DateTime.UtcNow.AddDays(3)).ToString("yyyy-MM-dd");
        const string addAbsence = "mutation($i: AddAbsenceInput!) { addAbsence(input: $i) { person { id } } }";
        (await setup.Member.Api.Post(addAbsence, new { i = new { from = day, to = day } })).ShouldSucceed();
        const string setHours = "mutation($i: SetAgencyHoursInput!) { setAgencyHours(input: $i) { group { id } } }";
        object Windows(params (string From, string To)[] w) => new { timeZone = "Europe/London", windows = w.Select(x => new { day = "MONDAY", from = x.From, to = x.To }).ToArray() };

        var dayAfter = DateOnly.FromDateTime(DateTime.UtcNow.AddDays(4)).ToString("yyyy-MM-dd");
        Assert.Equal("absence.overlapping", (await setup.Member.Api.Post(addAbsence, new { i = new { from = day, to = dayAfter } })).ErrorCode);
        Assert.Equal("availability.overlapping", (await setup.Member.Api.Post(setHours,
            new { i = new { groupId = setup.GroupId, organisation = "NHS", hours = Windows(("09:00", "12:00"), ("11:00", "13:00")) } })).ErrorCode);
        Assert.Equal("availability.ends-before-start", (await setup.Member.Api.Post(setHours,
            new { i = new { groupId = setup.GroupId, organisation = "NHS", hours = Windows(("15:00", "09:00")) } })).ErrorCode);
        Assert.Equal("availability.bad-time", (await setup.Member.Api.Post(setHours,
            new { i = new { groupId = setup.GroupId, organisation = "NHS", hours = Windows(("9am", "5pm")) } })).ErrorCode);
        var group = (await setup.Member.Api.Post("query($id: ID!) { group(id: $id) { agencyHours { organisation } } }", new { id = setup.GroupId })).ShouldSucceed();
        Assert.Empty(group.Data!["group"]!["agencyHours"]!.AsArray());
    }
}
