namespace Convening.Web.Identity;

/// <summary>A short, recognisable name for the device a session signed in from ("Firefox on Windows").</summary>
public static class Devices
{
    public static string Describe(HttpContext context)
    {
        var agent = context.Request.Headers.UserAgent.ToString();
        if (agent.Length == 0)
            return "An API client";
        var browser = agent switch
        {
            _ when agent.Contains("Edg/") => "Edge",
            _ when agent.Contains("Firefox/") => "Firefox",
            _ when agent.Contains("Chrome/") || agent.Contains("Chromium/") => "Chrome",
            _ when agent.Contains("Safari/") => "Safari",
            _ => null,
        };
        var system = agent switch
        {
            _ when agent.Contains("Android") => "Android",
            _ when agent.Contains("iPhone") || agent.Contains("iPad") => "iOS",
            _ when agent.Contains("Windows") => "Windows",
            _ when agent.Contains("Mac OS") => "macOS",
            _ when agent.Contains("Linux") => "Linux",
            _ => null,
        };
        return browser is null ? $"An API client ({agent.Split(' ')[0][..Math.Min(agent.Split(' ')[0].Length, 40)]})"
            : system is null ? browser : $"{browser} on {system}";
    }
}
