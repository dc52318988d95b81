namespace Triage.Data.Tests;

public sealed class PostgresCaseStoreTests() : CaseStoreTests(new PostgresDatabase());
