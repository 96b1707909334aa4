using System.Diagnostics;
using CadoxtonPolicyBot.Hosting;
using CadoxtonPolicyBot.Protocol;
using Microsoft.Extensions.Options;

namespace CadoxtonPolicyBot.Tests.Hosting;

/// <summary>
/// A wrong or missing setting stops the real process (dotnet CadoxtonPolicyBot.dll) with one line naming the setting
/// and how to make its value, and a non-zero exit code: no stack trace (issue 12.11). The bot never gets as far as
/// listening, so these processes bind nothing.
/// </summary>
public sealed class StartupErrorTests
{
    private const string AppId = "3f1c2b4a-5d6e-4f70-8a9b-0c1d2e3f4a5b";

    [Fact]
    public async Task A_missing_key_encryption_key_with_an_app_id_set_prints_one_line_naming_it_and_how_to_make_it()
    {
        var run = await RunBotAsync(new()
        {
            ["MicrosoftAppId"] = AppId,
            ["MicrosoftAppPassword"] = "test-only-client-secret",
            ["MicrosoftAppTenantId"] = "6a1b2c3d-0000-4000-8000-000000000001",
            ["Concerns__EncryptionKey"] = Convert.ToBase64String(System.Security.Cryptography.RandomNumberGenerator.GetBytes(32)),
            ["Roles__AllowAllTenantUsers"] = "true",
        });

        Assert.Equal(StartupErrors.InvalidSettingsExitCode, run.ExitCode);
        var line = Assert.Single(run.StandardErrorLines);
        Assert.Contains("DataProtection:KeyEncryptionKey", line, StringComparison.Ordinal);
        Assert.Contains("openssl rand -base64 32", line, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", run.StandardOutput + run.StandardError, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", run.StandardOutput + run.StandardError, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Local_mode_outside_development_prints_one_line_saying_how_to_proceed()
    {
        var run = await RunBotAsync(new() { ["ASPNETCORE_ENVIRONMENT"] = "Production" });

        Assert.Equal(StartupErrors.InvalidSettingsExitCode, run.ExitCode);
        var line = Assert.Single(run.StandardErrorLines);
        Assert.Contains("MicrosoftAppId is empty", line, StringComparison.Ordinal);
        Assert.Contains("BotProtocol:AllowLocalModeOutsideDevelopment=true", line, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", run.StandardOutput + run.StandardError, StringComparison.Ordinal);
    }

    [Fact]
    public void A_data_annotation_failure_is_rewritten_to_name_its_setting()
    {
        var failure = new OptionsValidationException(string.Empty, typeof(BotProtocolOptions),
            ["DataAnnotation validation failed for 'BotProtocolOptions' members: 'MaxRequestBodyBytes' with the error: 'The field MaxRequestBodyBytes must be between 1024 and 16777216.'."]);

        var line = Assert.Single(StartupErrors.Describe(failure));

        Assert.Equal("Cannot start: BotProtocol:MaxRequestBodyBytes: The field MaxRequestBodyBytes must be between 1024 and 16777216.", line);
    }

    [Fact]
    public void An_exception_that_is_not_about_settings_is_left_to_crash_with_its_trace()
    {
        Assert.Empty(StartupErrors.Describe(new InvalidOperationException("the database is unreachable")));
    }

    private static async Task<ProcessRun> RunBotAsync(Dictionary<string, string> environment)
    {
        var work = Directory.CreateTempSubdirectory("cpb-startup-");
        try
        {
            var info = new ProcessStartInfo("dotnet")
            {
                ArgumentList = { Path.Combine(AppContext.BaseDirectory, "CadoxtonPolicyBot.dll") },
                WorkingDirectory = AppContext.BaseDirectory,
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            };
            // Only what the test says: nothing of the developer's own settings or the test run's environment.
            foreach (var key in info.Environment.Keys.Where(k => !k.StartsWith("DOTNET_", StringComparison.Ordinal) && k is not ("PATH" or "HOME")).ToList())
            {
                info.Environment.Remove(key);
            }

            info.Environment["ASPNETCORE_URLS"] = "http://127.0.0.1:0";
            info.Environment["ConnectionStrings__Bot"] = $"Data Source={Path.Combine(work.FullName, "bot.db")}";
            foreach (var (key, value) in environment)
            {
                info.Environment[key] = value;
            }

            using var process = Process.Start(info) ?? throw new InvalidOperationException("dotnet did not start.");
            var output = process.StandardOutput.ReadToEndAsync();
            var error = process.StandardError.ReadToEndAsync();
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
            try
            {
                await process.WaitForExitAsync(timeout.Token);
            }
            catch (OperationCanceledException)
            {
                process.Kill(entireProcessTree: true);
                throw new TimeoutException("The bot did not stop within 60 s; it should have refused to start.");
            }

            return new ProcessRun(process.ExitCode, await output, await error);
        }
        finally
        {
            work.Delete(recursive: true);
        }
    }

    private sealed record ProcessRun(int ExitCode, string StandardOutput, string StandardError)
    {
        public string[] StandardErrorLines => StandardError.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
    }
}
