using Convening.Web.Hosting;
using Microsoft.Extensions.Configuration;

namespace Convening.Web.Tests.Hosting;

public sealed class StartArgumentsTests
{
    private const string Address = "http://127.0.0.1:5999";

    [Theory]
    [InlineData("--demo", "--urls", Address)]
    [InlineData("--urls", Address, "--demo")]
    [InlineData("--urls", Address)]
    public void Urls_AnywhereBesideDemo_AreWhereTheSiteListens(params string[] args)
    {
        var start = StartArguments.Read(args);

        Assert.Equal(Address, new ConfigurationBuilder().AddCommandLine(start.Configuration).Build()["urls"]);
        Assert.Equal(args.Contains("--demo"), start.Demo);
    }

    [Fact]
    public void Demo_IsNotPassedOnAsConfiguration()
    {
        var start = StartArguments.Read(["--Convening:DataPath=/srv/data", "--demo"]);

        Assert.True(start.Demo);
        Assert.Equal(["--Convening:DataPath=/srv/data"], start.Configuration);
    }
}
