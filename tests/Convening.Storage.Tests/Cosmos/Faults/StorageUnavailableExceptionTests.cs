using Microsoft.Extensions.DependencyInjection;
using Orleans.Serialization;

namespace Convening.Storage.Tests.Cosmos.Faults;

public sealed class StorageUnavailableExceptionTests
{
    /// <summary>
    /// A grain on one silo fails to store; the web host that called it may be on another. The error must
    /// arrive as itself, a timeout with its code, so the person is told to try again rather than "internal".
    /// </summary>
    [Fact]
    public void CrossesBetweenSilos_AsATimeout_WithItsCodeAndMessage()
    {
        var serializer = new ServiceCollection()
            .AddSerializer(b => b.AddAssembly(typeof(StorageUnavailableException).Assembly))
            .BuildServiceProvider()
            .GetRequiredService<Serializer>();
        var sent = new StorageUnavailableException(StorageUnavailableException.Throttled, "Cosmos DB is throttling requests (429).");

        var received = serializer.Deserialize<Exception>(serializer.SerializeToArray<Exception>(sent));

        var error = Assert.IsType<StorageUnavailableException>(received);
        Assert.IsAssignableFrom<TimeoutException>(error);
        Assert.Equal(StorageUnavailableException.Throttled, error.Code);
        Assert.Equal("Cosmos DB is throttling requests (429).", error.Message);
    }
}
