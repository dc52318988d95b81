namespace Triage.Data.Tests;

public sealed class SqliteCaseStoreTests() : CaseStoreTests(new SqliteDatabase());
