using Convening.Testing;
using Microsoft.Extensions.DependencyInjection;
using netDumbster.smtp;

namespace Convening.Web.Tests.Accounts;

/// <summary>The mail server is down when a person registers: the verification email waits in the outbox and arrives once it is back.</summary>
public sealed class MailDeliveryTests
{
    [Fact]
    public async Task VerificationMail_WhileTheSmtpServerIsDown_IsRetried_AndArrivesWhenItIsBack()
    {
        var port = FreePort.Next();
        await using var app = new WebAppFixture(new Dictionary<string, string>
        {
            ["Convening:Mail:Smtp:Port"] = port.ToString(),
            ["Convening:Mail:FirstRetry"] = "00:00:00.200",
            ["Convening:Mail:LongestRetry"] = "00:00:01",
            ["Convening:Mail:PollInterval"] = "00:00:00.200",
        });
        var email = $"patient-{Guid.NewGuid():N}@example.org";

        (await app.GraphQL().Post("mutation($i: RegisterInput!) { register(input: $i) { message } }",
            new { i = new { email, password = Scenario.Password, displayName = "Pat" } })).ShouldSucceed();

        // Nothing listens on the port yet: the send fails and the message stays in the outbox.
        Assert.Equal(1, await app.Services.GetRequiredService<IGrainFactory>().GetGrain<Contracts.Mail.IMailOutboxGrain>(Contracts.Mail.IMailOutboxGrain.Key).Count());
        using var server = SimpleSmtpServer.Start(port);
        var arrived = new TaskCompletionSource<string>(TaskCreationOptions.RunContinuationsAsynchronously);
        server.MessageReceived += (_, e) => arrived.TrySetResult(e.Message.Data);

        var data = await arrived.Task.WaitAsync(TimeSpan.FromSeconds(60));

        Assert.Contains(email, data);
        Assert.Contains("Confirm your email address", data);
    }
}
