namespace Convening.Grains.Tests.Support;

/// <summary>Waits for something done in the background (a follow-up retried by a grain timer), with a deadline.</summary>
public static class Eventually
{
    public static async Task True(Func<Task<bool>> condition, string what, int seconds = 30)
    {
        var deadline = DateTime.UtcNow.AddSeconds(seconds);
        while (!await condition())
        {
            if (DateTime.UtcNow > deadline)
                Assert.Fail($"Waited {seconds} s for {what}.");
            await Task.Delay(100);
        }
    }
}
