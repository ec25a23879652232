namespace Convening.Web.Hosting;

/// <summary>
/// The sections Orleans' own options classes are bound from (the classes are Orleans', so the names
/// live here): failure detection and call timeouts, tunable per deployment (see docs/operations.md),
/// and the reminders' minimum period (Orleans reads its own "Orleans:Reminders" as provider
/// settings, so it lives under Convening; tests shorten it).
/// </summary>
public static class OrleansSections
{
    public const string Membership = "Orleans:Membership";
    public const string Messaging = "Orleans:Messaging";
    public const string Reminders = "Convening:Reminders";
}
