namespace Triage.Data.Cases;

/// <summary>How the group commit reaches the database: it opens one <see cref="ICaseBatch"/> per commit. Each provider brings its own (<see cref="IDatabaseProvider"/>).</summary>
public interface ICaseBatchStore : IAsyncDisposable
{
    /// <summary>Opens the transaction for <paramref name="batch"/>, which the store may read ahead for.</summary>
    Task<ICaseBatch> BeginAsync(IReadOnlyList<PendingCase> batch);
}
