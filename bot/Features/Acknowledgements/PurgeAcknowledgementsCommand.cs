using System.Globalization;
using CadoxtonPolicyBot.Infrastructure.Persistence;
using CadoxtonPolicyBot.Infrastructure.Security;

namespace CadoxtonPolicyBot.Features.Acknowledgements;

/// <summary>
/// <c>purge-acknowledgements [--before yyyy-MM-dd] [--apply --by "name"]</c>: the only way acknowledgement records
/// leave the database. Without <c>--apply</c> it counts what would go (a dry run) and changes nothing; with it, it
/// removes those rounds and writes who (<c>--by</c>, and the account the command ran under), when, how and how many
/// to the security audit. A cut-off inside Acknowledgements:RetentionYears is refused. Run where the bot's settings
/// are (App Service: the SSH console, in the app's folder), against the bot's own database.
/// </summary>
public static class PurgeAcknowledgementsCommand
{
    public const string Name = "purge-acknowledgements";

    public static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(error);
        if (!TryParse(args[1..], out var before, out var apply, out var by, out var problem))
        {
            await error.WriteLineAsync(problem);
            await error.WriteLineAsync($"usage: {Name} [--before yyyy-MM-dd] [--apply --by \"your name\"]");
            return 2;
        }

        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { Args = [] });
        builder.Logging.ClearProviders();
        builder.Services.AddSingleton(TimeProvider.System);
        builder.AddPersistence();
        builder.Services.AddSecurityAudit();
        builder.Services.AddOptions<AcknowledgementOptions>().BindConfiguration(AcknowledgementOptions.SectionName).ValidateDataAnnotations();
        builder.Services.AddScoped<AcknowledgementRetention>();
        using var host = builder.Build();
        await using var scope = host.Services.CreateAsyncScope();
        var retention = scope.ServiceProvider.GetRequiredService<AcknowledgementRetention>();
        var cutoff = before ?? retention.LatestCutoff;
        try
        {
            await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                $"Acknowledgements:RetentionYears is {retention.RetentionYears}: rounds closed before {retention.LatestCutoff:yyyy-MM-dd} are past retention today."));
            if (!apply)
            {
                var count = await retention.CountAsync(cutoff, cancellationToken);
                await output.WriteLineAsync($"Dry run, nothing removed. Would remove {count.Describe()}.");
                await output.WriteLineAsync($"To remove them: {Name} --before {cutoff:yyyy-MM-dd} --apply --by \"your name\"");
                return 0;
            }

            var actor = string.Create(CultureInfo.InvariantCulture, $"{by} (account {Environment.UserName} on {Environment.MachineName})");
            var removed = await retention.PurgeAsync(cutoff, actor, "command line", cancellationToken);
            await output.WriteLineAsync($"Removed {removed.Describe()}. Recorded in the security audit.");
            return 0;
        }
        catch (RetentionPeriodException refused)
        {
            await error.WriteLineAsync(refused.Message);
            return 1;
        }
        catch (System.Data.Common.DbException unreadable)
        {
            // One line, not a stack trace: the usual causes are a wrong ConnectionStrings:Bot or a bot never started.
            await error.WriteLineAsync($"Could not read the bot's database ({unreadable.GetType().Name}: {unreadable.Message}). Check Persistence:Provider and ConnectionStrings:Bot, and that the bot has started once on this database.");
            return 1;
        }
    }

    private static bool TryParse(string[] args, out DateOnly? before, out bool apply, out string? by, out string? problem)
    {
        (before, apply, by, problem) = (null, false, null, null);
        for (var i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--apply":
                    apply = true;
                    break;
                case "--before" when i + 1 < args.Length && DateOnly.TryParseExact(args[i + 1], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date):
                    before = date;
                    i++;
                    break;
                case "--by" when i + 1 < args.Length && !string.IsNullOrWhiteSpace(args[i + 1]):
                    by = args[i + 1].Trim();
                    i++;
                    break;
                default:
                    problem = $"Not understood: {args[i]}";
                    return false;
            }
        }

        if (apply && by is null)
        {
            problem = "--apply needs --by \"your name\": the security audit records who removed the records.";
            return false;
        }

        return true;
    }
}
