namespace Triage.Data.Tests;

public sealed class PostgresMigrationTests() : MigrationTests(new PostgresDatabase());
