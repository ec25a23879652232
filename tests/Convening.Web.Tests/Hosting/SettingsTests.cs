namespace Convening.Web.Tests.Hosting;

/// <summary>A setting the service cannot run with stops start-up with a line that names it, before anything listens.</summary>
public sealed class SettingsTests
{
    [Theory]
    [InlineData("Convening:SiloPort", "70000", "Convening:SiloPort must be a port number from 1 to 65535 (it is 70000)")]
    [InlineData("Convening:Storage", "Mongo", "Convening:Storage is 'Mongo'; use Sqlite or Cosmos.")]
    [InlineData("Convening:MembershipCheck", "-00:00:05", "Convening:MembershipCheck must be a positive time")]
    [InlineData("Convening:GraphQLIntrospection", "sometimes", "Convening:GraphQLIntrospection")]
    [InlineData("Convening:Boards:BurstOperations", "0", "Convening:Boards:BurstOperations must be at least 1")]
    [InlineData("Convening:Directory:Moderators:0", "nobody", "Convening:Directory:Moderators holds 'nobody', which is not an email address.")]
    [InlineData("Convening:Reminders:MinimumReminderPeriod", "soon", "Convening:Reminders:MinimumReminderPeriod")]
    public void ABadSetting_StopsStartUp_NamingTheSetting(string setting, string value, string said)
    {
        var error = Assert.ThrowsAny<Exception>(() => new WebAppFixture(new Dictionary<string, string> { [setting] = value }).Dispose());

        Assert.Contains(said, Messages(error), StringComparison.Ordinal);
    }

    private static string Messages(Exception? e)
    {
        var all = new List<string>();
        for (; e is not null; e = e.InnerException)
            all.Add(e.Message);
        return string.Join(" | ", all);
    }
}
