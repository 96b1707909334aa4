using CadoxtonPolicyBot.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using Microsoft.EntityFrameworkCore.Migrations.Design;
using Microsoft.Extensions.DependencyInjection;

namespace CadoxtonPolicyBot.DesignTime;

/// <summary>
/// <c>dotnet run --project bot/DesignTime -- migrations add NAME</c>: scaffolds one migration per provider into the
/// bot's Infrastructure/Persistence/Migrations. The dotnet-ef tool is not obtainable from the registry here, so this
/// tool drives EF Core's own scaffolder itself.
/// </summary>
internal static class MigrationsCommand
{
    public static int Run(string[] args, TextWriter output)
    {
        if (args.Length != 3 || args[1] != "add" || string.IsNullOrWhiteSpace(args[2]))
        {
            output.WriteLine("usage: dotnet run --project bot/DesignTime -- migrations add NAME");
            return 2;
        }

        var projectDir = FindProjectDirectory();
        Scaffold(CreateSqlite(), "Sqlite", args[2], projectDir, output);
        Scaffold(CreatePostgres(), "Postgres", args[2], projectDir, output);
        return 0;
    }

    private static SqliteBotDbContext CreateSqlite() =>
        new(new DbContextOptionsBuilder<SqliteBotDbContext>().UseSqlite("Data Source=:memory:").Options);

    private static PostgresBotDbContext CreatePostgres() =>
        new(new DbContextOptionsBuilder<PostgresBotDbContext>().UseNpgsql("Host=127.0.0.1;Database=design").Options);

    private static void Scaffold(BotDbContext context, string provider, string name, string projectDir, TextWriter output)
    {
        using (context)
        {
            var services = new ServiceCollection();
            services.AddEntityFrameworkDesignTimeServices();
            services.AddDbContextDesignTimeServices(context);
            // The providers' design-time services are EF "pubternal" API; nothing public replaces them.
#pragma warning disable EF1001
            if (provider == "Sqlite")
            {
                new Microsoft.EntityFrameworkCore.Sqlite.Design.Internal.SqliteDesignTimeServices().ConfigureDesignTimeServices(services);
            }
            else
            {
                new Npgsql.EntityFrameworkCore.PostgreSQL.Design.Internal.NpgsqlDesignTimeServices().ConfigureDesignTimeServices(services);
            }
#pragma warning restore EF1001
            using var provider2 = services.BuildServiceProvider();
            var scaffolder = provider2.GetRequiredService<IMigrationsScaffolder>();
            var migration = scaffolder.ScaffoldMigration(name, "CadoxtonPolicyBot", $"Infrastructure.Persistence.Migrations.{provider}", "C#");
            var files = scaffolder.Save(projectDir, migration, Path.Combine(projectDir, "Infrastructure", "Persistence", "Migrations", provider));
            output.WriteLine($"{provider}: {files.MigrationFile}");
        }
    }

    private static string FindProjectDirectory()
    {
        for (var dir = new DirectoryInfo(Directory.GetCurrentDirectory()); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "CadoxtonPolicyBot.csproj")))
            {
                return dir.FullName;
            }

            var bot = Path.Combine(dir.FullName, "bot", "CadoxtonPolicyBot.csproj");
            if (File.Exists(bot))
            {
                return Path.GetDirectoryName(bot)!;
            }
        }

        throw new InvalidOperationException("Run this from the repository: bot/CadoxtonPolicyBot.csproj was not found above the current directory.");
    }
}
