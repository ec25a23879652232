using System.Collections.Concurrent;

namespace Convening.Web.Tests.Accounts;

/// <summary>One network address trying many passwords over many connections is turned away quickly.</summary>
public sealed class SignInRateLimitTests
{
    [Fact]
    public async Task AThousandSignIns_OverManyConnections_FromOneAddress_AreMostlyRefusedWithoutCheckingPasswords()
    {
        await using var app = new WebAppFixture(new Dictionary<string, string> { ["Convening:Accounts:AttemptsPerMinutePerAddress"] = "20" });
        var codes = new ConcurrentBag<string?>();

        await Parallel.ForEachAsync(Enumerable.Range(0, 1000), new ParallelOptions { MaxDegreeOfParallelism = 16 }, async (i, _) =>
        {
            using var client = app.CreateClient();
            var reply = await new GraphQLClient(client, null).Post("mutation($i: SignInInput!) { signIn(input: $i) { token } }",
                new { i = new { email = $"target-{i % 50}@example.org", password = $"guess number {i}" } });
            codes.Add(reply.ErrorCode);
        });

        // 20 a minute: the bucket may refill once while a slow machine works through the thousand.
        var summary = string.Join(",", codes.GroupBy(c => c).Select(g => $"{g.Key}={g.Count()}"));
        Assert.True(codes.Count(c => c == "auth.invalid-credentials") <= 40, summary);
        Assert.True(codes.Count(c => c == "auth.rate-limited") >= 960, summary);
    }
}
