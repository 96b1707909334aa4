using CadoxtonPolicyBot.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CadoxtonPolicyBot.Tests.Support;

/// <summary>A fresh, real database of either provider: a temporary SQLite file, or a new PostgreSQL database.</summary>
public sealed class TestDatabase : IDisposable
{
    private readonly string? _sqliteFile;

    private TestDatabase(string provider, string connectionString, string? sqliteFile)
    {
        Provider = provider;
        ConnectionString = connectionString;
        _sqliteFile = sqliteFile;
    }

    public string Provider { get; }

    public string ConnectionString { get; }

    /// <summary>The path of the SQLite file, for tests that read the raw bytes.</summary>
    public string? SqliteFile => _sqliteFile;

    /// <summary>Theory data: every test that takes a provider runs on both.</summary>
    public static TheoryData<string> Providers => new() { DatabaseProvider.Sqlite, DatabaseProvider.Postgres };

    public static TestDatabase Create(string provider)
    {
        if (provider == DatabaseProvider.Postgres)
        {
            return new TestDatabase(provider, PostgresServer.Instance.CreateDatabase(), null);
        }

        var file = Path.Combine(Path.GetTempPath(), $"cpb-test-{Guid.NewGuid():N}.db");
        return new TestDatabase(provider, $"Data Source={file};Pooling=False", file);
    }

    /// <summary>A context on this database, as the app would build it, already migrated.</summary>
    public async Task<BotDbContext> OpenMigratedAsync()
    {
        var db = Open();
        await db.Database.MigrateAsync();
        return db;
    }

    public BotDbContext Open() => Provider == DatabaseProvider.Postgres
        ? new PostgresBotDbContext(new DbContextOptionsBuilder<PostgresBotDbContext>().UseNpgsql(ConnectionString).Options)
        : new SqliteBotDbContext(new DbContextOptionsBuilder<SqliteBotDbContext>().UseSqlite(ConnectionString).Options);

    /// <summary>Configuration for the app under test to use this database.</summary>
    public IEnumerable<KeyValuePair<string, string?>> AppSettings() =>
    [
        new("Persistence:Provider", Provider),
        new("ConnectionStrings:Bot", ConnectionString),
    ];

    public void Dispose()
    {
        if (_sqliteFile is null)
        {
            return;
        }

        foreach (var file in new[] { _sqliteFile, _sqliteFile + "-wal", _sqliteFile + "-shm" })
        {
            if (File.Exists(file))
            {
                File.Delete(file);
            }
        }
    }
}
