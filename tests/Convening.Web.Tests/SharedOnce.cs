namespace Convening.Web.Tests;

/// <summary>
/// One arranged world for every case of a test class (xunit makes a class instance per case): the
/// first caller arranges it, the others wait and share it; a failed arrangement is tried again.
/// </summary>
public sealed class SharedOnce<T> where T : class
{
    private readonly SemaphoreSlim _gate = new(1, 1);
    private T? _value;

    public async Task<T> Get(Func<Task<T>> arrange)
    {
        await _gate.WaitAsync();
        try
        {
            return _value ??= await arrange();
        }
        finally
        {
            _gate.Release();
        }
    }
}
