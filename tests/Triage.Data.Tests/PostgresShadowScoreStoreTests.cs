namespace Triage.Data.Tests;

public sealed class PostgresShadowScoreStoreTests() : ShadowScoreStoreTests(new PostgresDatabase());
