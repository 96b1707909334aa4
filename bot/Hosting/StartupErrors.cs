using System.Reflection;
using System.Text.RegularExpressions;
using Microsoft.Extensions.Options;

namespace CadoxtonPolicyBot.Hosting;

/// <summary>
/// A setting that is missing or wrong stops the bot with one line per problem on standard error, naming the setting
/// and how to make its value, and a non-zero exit code: what a school's IT contractor reads in App Service's log
/// stream, instead of a stack trace that looks like a crash. Anything that is not a settings problem stays a crash.
/// </summary>
public static partial class StartupErrors
{
    /// <summary>The exit code for "the settings are wrong": distinct from 1, an unexpected failure.</summary>
    public const int InvalidSettingsExitCode = 2;

    private const string KeyHint = "Make one with: openssl rand -base64 32";

    private static TextWriter _error = Console.Error;
    private static int _registered;

    /// <summary>
    /// From here on, a settings failure that escapes (from a module that checks while the app is being built, or from
    /// a check that can only run once the server is listening) ends the process with its lines instead of a trace.
    /// </summary>
    public static void ExitOnInvalidSettings(TextWriter error)
    {
        _error = error ?? throw new ArgumentNullException(nameof(error));
        if (Interlocked.Exchange(ref _registered, 1) == 1)
        {
            return;
        }

        AppDomain.CurrentDomain.UnhandledException += (_, e) =>
        {
            if (e.ExceptionObject is Exception exception && Describe(exception) is { Count: > 0 } lines)
            {
                Write(lines);
                Environment.Exit(InvalidSettingsExitCode);
            }
        };
    }

    /// <summary>
    /// Runs every start-up validation now, before the host starts (and would log each failure with its stack trace).
    /// Throws the validation failure, which <see cref="ExitOnInvalidSettings"/> turns into its lines.
    /// </summary>
    public static void ValidateSettings(IHost app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.Services.GetService<IStartupValidator>()?.Validate();
    }

    /// <summary>One line per failure, or none when <paramref name="exception"/> is not about settings.</summary>
    public static IReadOnlyList<string> Describe(Exception exception)
    {
        ArgumentNullException.ThrowIfNull(exception);
        var failures = exception switch
        {
            OptionsValidationException options => Lines(options),
            AggregateException aggregate when aggregate.InnerExceptions.Count > 0 && aggregate.InnerExceptions.All(e => e is OptionsValidationException)
                => [.. aggregate.InnerExceptions.Cast<OptionsValidationException>().SelectMany(Lines)],
            _ => [],
        };
        return [.. failures.Distinct(StringComparer.Ordinal).Select(f => "Cannot start: " + f)];
    }

    private static IEnumerable<string> Lines(OptionsValidationException exception)
    {
        var section = exception.OptionsType.GetField("SectionName", BindingFlags.Public | BindingFlags.Static)?.GetRawConstantValue() as string;
        foreach (var failure in exception.Failures)
        {
            var line = DataAnnotationFailure().Match(failure) is { Success: true } match
                ? Named(section, match.Groups["member"].Value, match.Groups["error"].Value)
                : failure;
            line = line.ReplaceLineEndings(" ").Trim();
            // Every key the bot takes is 32 random bytes in base64: say how to make one wherever a key is the problem.
            if ((line.Contains("base64 of 32", StringComparison.OrdinalIgnoreCase) || line.Contains("EncryptionKey", StringComparison.Ordinal))
                && !line.Contains("openssl", StringComparison.Ordinal))
            {
                line = line.TrimEnd('.') + ". " + KeyHint + ".";
            }

            yield return line;
        }
    }

    /// <summary>"Section:Member: error", unless the error already names its setting.</summary>
    private static string Named(string? section, string member, string error)
    {
        var setting = section is null ? member : $"{section}:{member}";
        return error.Contains(setting, StringComparison.Ordinal) ? error : $"{setting}: {error}";
    }

    private static void Write(IReadOnlyList<string> lines)
    {
        foreach (var line in lines)
        {
            _error.WriteLine(line);
        }

        _error.Flush();
    }

    // Microsoft.Extensions.Options' own wording for data-annotation failures.
    [GeneratedRegex(@"^DataAnnotation validation failed for '[^']*' members: '(?<member>[^']*)' with the error: '(?<error>.*)'\.?$", RegexOptions.Singleline)]
    private static partial Regex DataAnnotationFailure();
}
