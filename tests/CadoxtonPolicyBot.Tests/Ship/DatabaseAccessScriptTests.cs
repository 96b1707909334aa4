using CadoxtonPolicyBot.Tests.Support;
using Npgsql;

namespace CadoxtonPolicyBot.Tests.Ship;

/// <summary>
/// deploy/scripts/grant-database-access.sh against the real PostgreSQL server the tests start, signed in as a role whose
/// name has spaces (the README's "Cadoxton IT admins"). Azure's pgaadauth_create_principal is stood in for by a
/// function of the same signature that creates the login role, which is all the script relies on.
/// </summary>
public sealed class DatabaseAccessScriptTests
{
    private const string AdminRole = "Cadoxton IT admins";

    [Fact]
    public async Task An_admin_role_with_spaces_in_its_name_gives_the_bot_its_database_and_a_second_run_changes_nothing()
    {
        var database = new NpgsqlConnectionStringBuilder(PostgresServer.Instance.CreateDatabase());
        var identity = "id-cadoxton-bot-" + Guid.NewGuid().ToString("N")[..8];
        await ExecuteAsync(PostgresServer.Instance.AdminConnectionString,
            $"DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '{AdminRole}') THEN CREATE ROLE \"{AdminRole}\" LOGIN SUPERUSER; END IF; END $$",
            """
            CREATE OR REPLACE FUNCTION pgaadauth_create_principal(role_name text, is_admin boolean, is_mfa boolean) RETURNS text
            LANGUAGE plpgsql AS $$ BEGIN EXECUTE format('CREATE ROLE %I LOGIN', role_name); RETURN 'Created role for ' || role_name; END $$
            """);
        using var az = RestoreTests.TokenStub();
        string[] arguments = [database.Host!, database.Database!, identity, AdminRole];

        var first = await az.RunAsync("deploy/scripts/grant-database-access.sh", arguments, RestoreTests.Environment(database.Port));
        var second = await az.RunAsync("deploy/scripts/grant-database-access.sh", arguments, RestoreTests.Environment(database.Port));

        Assert.True(first.ExitCode == 0, first.ToString());
        Assert.True(second.ExitCode == 0, second.ToString());
        Assert.Contains($"granted {identity} access to {database.Database}", second.Output, StringComparison.Ordinal);
        // The bot, signing in as its role, can create its tables in the public schema (what it does at start-up).
        var asBot = new NpgsqlConnectionStringBuilder(database.ConnectionString) { Username = identity }.ConnectionString;
        await ExecuteAsync(asBot, "CREATE TABLE bot_can_create_its_tables (id int)", "DROP TABLE bot_can_create_its_tables");
        Assert.Equal(1L, await ScalarAsync(PostgresServer.Instance.AdminConnectionString, $"SELECT count(*) FROM pg_roles WHERE rolname = '{identity}'"));
    }

    private static async Task ExecuteAsync(string connectionString, params string[] statements)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        foreach (var statement in statements)
        {
            await using var command = new NpgsqlCommand(statement, connection);
            await command.ExecuteNonQueryAsync();
        }
    }

    private static async Task<object?> ScalarAsync(string connectionString, string query)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(query, connection);
        return await command.ExecuteScalarAsync();
    }
}
