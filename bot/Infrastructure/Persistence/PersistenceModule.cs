using Azure.Core;
using Azure.Identity;
using CadoxtonPolicyBot.Protocol;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Npgsql;

namespace CadoxtonPolicyBot.Infrastructure.Persistence;

public static class PersistenceModule
{
    public const string ConnectionStringName = "Bot";

    public static IHostApplicationBuilder AddPersistence(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddOptions<PersistenceOptions>().BindConfiguration(PersistenceOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        var options = builder.Configuration.GetSection(PersistenceOptions.SectionName).Get<PersistenceOptions>() ?? new PersistenceOptions();
        var connectionString = builder.Configuration.GetConnectionString(ConnectionStringName);

        if (options.Provider == DatabaseProvider.Postgres)
        {
            if (string.IsNullOrWhiteSpace(connectionString))
            {
                throw new OptionsValidationException(ConnectionStringName, typeof(PersistenceOptions),
                    ["Persistence:Provider is Postgres but ConnectionStrings:Bot is empty."]);
            }

            var dataSource = BuildPostgresDataSource(connectionString, options.UseManagedIdentityToken);
            builder.Services.AddDbContextPool<BotDbContext, PostgresBotDbContext>(db => db.UseNpgsql(dataSource));
        }
        else
        {
            var sqlite = connectionString ?? DefaultSqliteConnectionString(builder.Environment.ContentRootPath);
            builder.Services.AddDbContextPool<BotDbContext, SqliteBotDbContext>(db => db.UseSqlite(sqlite));
        }

        builder.Services.AddSingleton<RecentlySavedReferences>();
        builder.Services.AddScoped<IConversationReferenceStore, EfConversationReferenceStore>();
        // Leases for scheduled work that must run once across instances (Infrastructure/Coordination).
        Coordination.CoordinationModule.AddLeases(builder.Services);
        builder.Services.AddHostedService<DatabaseMigrator>();
        builder.Services.AddHealthChecks().AddCheck<DatabaseReadinessCheck>("database", tags: ["ready"]);
        return builder;
    }

    /// <summary>A file under App_Data beside the app: nothing to install for a school trying the bot.</summary>
    internal static string DefaultSqliteConnectionString(string contentRoot)
    {
        var folder = Path.Combine(contentRoot, "App_Data");
        Directory.CreateDirectory(folder);
        return $"Data Source={Path.Combine(folder, "cadoxton-policy-bot.db")}";
    }

    private static NpgsqlDataSource BuildPostgresDataSource(string connectionString, bool useManagedIdentityToken)
    {
        var builder = new NpgsqlDataSourceBuilder(connectionString);
        if (useManagedIdentityToken)
        {
            // Azure Database for PostgreSQL with Entra authentication: the password is a short-lived token of the
            // app's managed identity (AZURE_CLIENT_ID picks the user-assigned one), refreshed before it expires.
            var credential = new DefaultAzureCredential();
            var context = new TokenRequestContext(["https://ossrdbms-aad.database.windows.net/.default"]);
            builder.UsePeriodicPasswordProvider(
                async (_, ct) => (await credential.GetTokenAsync(context, ct)).Token,
                successRefreshInterval: TimeSpan.FromMinutes(45),
                failureRefreshInterval: TimeSpan.FromSeconds(10));
        }

        return builder.Build();
    }
}
