using Convening.Contracts.Notifications;

namespace Convening.Grains.Tests.Support;

/// <summary>The web host's notice links, for a silo with no web host: a fixed origin, and the kind in plain sight.</summary>
public sealed class TestNoticeLinks : INoticeLinks
{
    public string Absolute(string path) => "https://convening.test" + path;

    public string Unsubscribe(string personId, NoticeKind kind) => Absolute($"/notifications/unsubscribe?person={personId}&kind={kind}");

    public string Organiser => "no-reply@convening.test";
}
