namespace Triage.Data.Tests;

public sealed class SqliteEveryCallReadTests() : EveryCallReadTests(new SqliteDatabase());
