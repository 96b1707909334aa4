using Npgsql;

namespace CadoxtonPolicyBot.Tests.Ship;

/// <summary>
/// Makes a local PostgreSQL server look, to the deploy scripts, like Azure Database for PostgreSQL flexible server with
/// Entra authentication, as far as the scripts rely on it:
/// <list type="bullet">
/// <item>a NOLOGIN role azure_pg_admin that owns the bot's database (the deployment creates it through Azure Resource
/// Manager) and holds pg_read_all_data with ADMIN OPTION (as a pg_dumpall of a flexible server shows);</item>
/// <item>the Entra administrators group as a login role with CREATEROLE and CREATEDB that is a member of azure_pg_admin
/// and not a superuser (what Microsoft documents for an Entra administrator); its name has spaces, as the README's
/// "Cadoxton IT admins" does;</item>
/// <item>stand-ins for pgaadauth_create_principal_with_oid and pgaadauth_list_principals with Microsoft's documented
/// signatures, remembering which object id each role was made for. They are the only Azure-specific parts.</item>
/// </list>
/// Roles are shared by the whole server, and test classes run in parallel, so the preparation is serialised.
/// </summary>
internal static class AzurePostgres
{
    public const string AdminGroup = "Cadoxton IT admins";

    private static readonly SemaphoreSlim Gate = new(1, 1);

    public static async Task PrepareAsync(string superuserConnectionString)
    {
        await Gate.WaitAsync();
        try
        {
            await ExecuteAsync(
                superuserConnectionString,
                "DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'azure_pg_admin') THEN CREATE ROLE azure_pg_admin NOLOGIN; END IF; END $$",
                $"DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '{AdminGroup}') THEN CREATE ROLE \"{AdminGroup}\" LOGIN CREATEROLE CREATEDB; END IF; END $$",
                "GRANT pg_read_all_data TO azure_pg_admin WITH ADMIN OPTION",
                $"GRANT azure_pg_admin TO \"{AdminGroup}\"",
                "CREATE TABLE IF NOT EXISTS public.pgaadauth_principals (rolname name PRIMARY KEY, objectid text NOT NULL)",
                "GRANT SELECT, INSERT ON public.pgaadauth_principals TO PUBLIC",
                """
                CREATE OR REPLACE FUNCTION pgaadauth_create_principal_with_oid(role_name text, object_id text, object_type text, is_admin boolean, is_mfa boolean)
                RETURNS text LANGUAGE plpgsql AS $$
                BEGIN
                    EXECUTE format('CREATE ROLE %I LOGIN', role_name);
                    INSERT INTO public.pgaadauth_principals VALUES (role_name, object_id);
                    RETURN 'Created role for ' || role_name;
                END $$
                """,
                """
                CREATE OR REPLACE FUNCTION pgaadauth_list_principals(is_admin_value boolean)
                RETURNS TABLE(rolname name, principaltype text, objectid text, tenantid text, ismfa integer, isadmin integer)
                LANGUAGE sql AS $$ SELECT p.rolname, 'service', p.objectid, '', 0, 0 FROM public.pgaadauth_principals p $$
                """);
        }
        finally
        {
            Gate.Release();
        }
    }

    /// <summary>A new database owned by azure_pg_admin, as the deployment creates the bot's; its name.</summary>
    public static async Task<string> CreateDatabaseAsync(string superuserConnectionString, string name)
    {
        await ExecuteAsync(superuserConnectionString, $"CREATE DATABASE \"{name}\" OWNER azure_pg_admin");
        return name;
    }

    public static string As(string connectionString, string user, string? database = null)
    {
        var builder = new NpgsqlConnectionStringBuilder(connectionString) { Username = user, Pooling = false };
        if (database is not null)
        {
            builder.Database = database;
        }

        return builder.ConnectionString;
    }

    public static string In(string connectionString, string database) =>
        new NpgsqlConnectionStringBuilder(connectionString) { Database = database, Pooling = false }.ConnectionString;

    public static async Task ExecuteAsync(string connectionString, params string[] statements)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        foreach (var statement in statements)
        {
            await using var command = new NpgsqlCommand(statement, connection);
            await command.ExecuteNonQueryAsync();
        }
    }

    public static async Task<T?> ScalarAsync<T>(string connectionString, string query)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(query, connection);
        return (T?)await command.ExecuteScalarAsync();
    }

    public static async Task<List<string>> ColumnAsync(string connectionString, string query)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(query, connection);
        await using var reader = await command.ExecuteReaderAsync();
        var values = new List<string>();
        while (await reader.ReadAsync())
        {
            values.Add(reader.GetString(0));
        }

        return values;
    }
}
