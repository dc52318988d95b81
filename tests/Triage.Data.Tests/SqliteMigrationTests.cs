namespace Triage.Data.Tests;

public sealed class SqliteMigrationTests() : MigrationTests(new SqliteDatabase());
