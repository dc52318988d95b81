namespace Triage.Data.Tests;

public sealed class SqliteShadowScoreStoreTests() : ShadowScoreStoreTests(new SqliteDatabase());
