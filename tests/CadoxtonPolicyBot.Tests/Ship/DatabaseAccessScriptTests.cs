using CadoxtonPolicyBot.Tests.Support;
using Npgsql;

namespace CadoxtonPolicyBot.Tests.Ship;

/// <summary>
/// deploy/scripts/grant-database-access.sh against the real PostgreSQL server the tests start, made to look like Azure's
/// (AzurePostgres): signed in as the Entra administrators group, a role whose name has spaces and which is not a
/// superuser, into a database owned by azure_pg_admin as the deployment creates it.
/// </summary>
public sealed class DatabaseAccessScriptTests
{
    private const string PrincipalId = "44444444-4444-4444-8444-444444444444";

    [Fact]
    public async Task The_bot_gets_its_own_role_bound_to_its_object_id_and_just_enough_rights_and_a_second_run_changes_nothing()
    {
        var server = PostgresServer.Instance.AdminConnectionString;
        await AzurePostgres.PrepareAsync(server);
        var database = await AzurePostgres.CreateDatabaseAsync(server, "policybot_" + Guid.NewGuid().ToString("N")[..8]);
        var identity = "id-cadoxton-bot-" + Guid.NewGuid().ToString("N")[..8];
        using var az = RestoreTests.TokenStub();
        string[] arguments = ["127.0.0.1", database, identity, PrincipalId, AzurePostgres.AdminGroup];
        var port = new NpgsqlConnectionStringBuilder(server).Port;

        var first = await az.RunAsync("deploy/scripts/grant-database-access.sh", arguments, RestoreTests.Environment(port));
        var second = await az.RunAsync("deploy/scripts/grant-database-access.sh", arguments, RestoreTests.Environment(port));

        Assert.True(first.ExitCode == 0, first.ToString());
        Assert.True(second.ExitCode == 0, second.ToString());
        Assert.Contains($"The role '{identity}' already exists for the identity {PrincipalId}; kept.", second.Output, StringComparison.Ordinal);
        Assert.Contains($"granted {identity} access to {database}", second.Output, StringComparison.Ordinal);
        // Bound by object id, not by display name.
        Assert.Equal(PrincipalId, await AzurePostgres.ScalarAsync<string>(server, $"SELECT objectid FROM public.pgaadauth_principals WHERE rolname = '{identity}'"));
        // The bot, signing in as its role, can create its tables in the public schema (what it does at start-up)...
        var asBot = AzurePostgres.As(server, identity, database);
        await AzurePostgres.ExecuteAsync(asBot, "CREATE TABLE bot_can_create_its_tables (id int)", "DROP TABLE bot_can_create_its_tables");
        // ...but no more: no CREATE on the database itself, and it administers nothing.
        Assert.False(await AzurePostgres.ScalarAsync<bool>(server, $"SELECT has_database_privilege('{identity}', '{database}', 'CREATE')"));
        Assert.False(await AzurePostgres.ScalarAsync<bool>(server, $"SELECT rolcreaterole OR rolcreatedb OR rolsuper FROM pg_roles WHERE rolname = '{identity}'"));
        Assert.Equal(1L, await AzurePostgres.ScalarAsync<long>(server, $"SELECT count(*) FROM pg_roles WHERE rolname = '{identity}'"));
    }

    [Fact]
    public async Task A_role_of_the_same_name_made_for_another_principal_is_refused_and_nothing_is_granted()
    {
        var server = PostgresServer.Instance.AdminConnectionString;
        await AzurePostgres.PrepareAsync(server);
        var database = await AzurePostgres.CreateDatabaseAsync(server, "policybot_" + Guid.NewGuid().ToString("N")[..8]);
        var identity = "id-cadoxton-bot-" + Guid.NewGuid().ToString("N")[..8];
        // In a shared tenant another principal may have the same display name; its role was made first.
        await AzurePostgres.ExecuteAsync(server, $"SELECT pgaadauth_create_principal_with_oid('{identity}', '99999999-9999-4999-8999-999999999999', 'service', false, false)");
        using var az = RestoreTests.TokenStub();

        var result = await az.RunAsync(
            "deploy/scripts/grant-database-access.sh",
            ["127.0.0.1", database, identity, PrincipalId, AzurePostgres.AdminGroup],
            RestoreTests.Environment(new NpgsqlConnectionStringBuilder(server).Port));

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("belongs to 99999999-9999-4999-8999-999999999999, not to the identity " + PrincipalId, result.Output, StringComparison.Ordinal);
        Assert.False(await AzurePostgres.ScalarAsync<bool>(AzurePostgres.In(server, database), $"SELECT has_schema_privilege('{identity}', 'public', 'CREATE')"));
    }
}
