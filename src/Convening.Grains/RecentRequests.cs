using Convening.Contracts;

namespace Convening.Grains;

/// <summary>
/// The most recent requests that carried a <see cref="RequestIds">request id</see>, kept in a grain's
/// state and written with the change they made (one durable write), so that a retry after a lost
/// answer finds what the first attempt made instead of making it again.
/// </summary>
[GenerateSerializer, Alias("convening.recent-requests")]
public sealed class RecentRequests
{
    /// <summary>How many are remembered per grain: far more than one person retries at once.</summary>
    public const int Remembered = 200;

    [Id(0)] public List<RecentRequest> Items { get; set; } = [];

    /// <summary>What the caller's earlier request with this id made (an item's id), or null when it is new.</summary>
    public string? Find(string caller, string? requestId) =>
        requestId is null ? null : Items.Find(r => r.Caller == caller && r.RequestId == requestId)?.Result;

    /// <summary>Remembers the request before the state holding it is written.</summary>
    public void Remember(string caller, string? requestId, string result)
    {
        if (requestId is null)
            return;
        Items.Add(new RecentRequest(caller, requestId, result));
        if (Items.Count > Remembered)
            Items.RemoveRange(0, Items.Count - Remembered);
    }
}

[GenerateSerializer, Immutable, Alias("convening.recent-request")]
public sealed record RecentRequest([property: Id(0)] string Caller, [property: Id(1)] string RequestId, [property: Id(2)] string Result);
