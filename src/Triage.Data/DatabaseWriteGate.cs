namespace Triage.Data;

/// <summary>
/// SQLite takes one writer at a time, and a writer that finds the file locked backs off by sleeping. The
/// gateway's batched write paths (cases, audit) take turns through this gate instead, so that they queue in
/// memory rather than sleep on the lock.
/// </summary>
public sealed class DatabaseWriteGate
{
    private readonly SemaphoreSlim turn = new(1, 1);

    public async Task<T> RunAsync<T>(Func<Task<T>> write)
    {
        await turn.WaitAsync();
        try
        {
            return await write();
        }
        finally
        {
            turn.Release();
        }
    }
}
