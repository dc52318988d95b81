using Npgsql;

namespace Triage.Testing;

/// <summary>
/// The PostgreSQL and Redis servers that <c>test.sh</c> starts on loopback, named by TRIAGE_TEST_POSTGRES and
/// TRIAGE_TEST_REDIS. A test that needs one and finds no variable fails, telling how to get the servers.
/// </summary>
public static class TestServers
{
    public static string Postgres => Required("TRIAGE_TEST_POSTGRES");

    public static string Redis => Required("TRIAGE_TEST_REDIS");

    public static async Task CreatePostgresDatabaseAsync(string name)
    {
        await using var connection = new NpgsqlConnection(Postgres);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand($"CREATE DATABASE \"{name}\"", connection);
        await command.ExecuteNonQueryAsync();
    }

    public static async Task DropPostgresDatabaseAsync(string name)
    {
        await using var connection = new NpgsqlConnection(Postgres);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)", connection);
        await command.ExecuteNonQueryAsync();
    }

    private static string Required(string variable) =>
        Environment.GetEnvironmentVariable(variable) is { Length: > 0 } value
            ? value
            : throw new InvalidOperationException($"{variable} is not set: run ./test.sh, which installs and starts PostgreSQL and Redis on loopback for the tests.");
}
