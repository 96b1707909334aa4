using System.ComponentModel.DataAnnotations;

namespace CadoxtonPolicyBot.Infrastructure.Persistence;

public sealed class PersistenceOptions
{
    public const string SectionName = "Persistence";

    /// <summary>Sqlite (default: a file beside the app, nothing to install) or Postgres (several instances, Azure).</summary>
    [AllowedValues(DatabaseProvider.Sqlite, DatabaseProvider.Postgres)]
    public string Provider { get; set; } = DatabaseProvider.Sqlite;

    /// <summary>
    /// Postgres on Azure with Entra authentication: the password is a token of the app's managed identity,
    /// fetched per connection, so no database password exists anywhere.
    /// </summary>
    public bool UseManagedIdentityToken { get; set; }
}

public static class DatabaseProvider
{
    public const string Sqlite = "Sqlite";
    public const string Postgres = "Postgres";
}
