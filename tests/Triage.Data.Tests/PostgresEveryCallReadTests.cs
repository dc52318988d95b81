namespace Triage.Data.Tests;

public sealed class PostgresEveryCallReadTests() : EveryCallReadTests(new PostgresDatabase());
