using System.Net;
using Microsoft.Extensions.Options;

namespace CadoxtonPolicyBot.Protocol.Authentication;

/// <summary>
/// Local mode (no MicrosoftAppId) answers unauthenticated callers on this machine, so it must never be reachable
/// from anywhere else: it starts only in the Development environment (unless
/// BotProtocol:AllowLocalModeOutsideDevelopment says so) and only when every configured address is loopback.
/// <see cref="LocalModeGuard"/> checks the addresses Kestrel actually bound once it has started.
/// </summary>
internal sealed class LocalModeValidator(IOptions<BotIdentityOptions> identity, IHostEnvironment environment, IConfiguration configuration)
    : IValidateOptions<BotProtocolOptions>
{
    public ValidateOptionsResult Validate(string? name, BotProtocolOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (identity.Value.HasAppId)
        {
            return ValidateOptionsResult.Success;
        }

        var failures = new List<string>();
        if (!environment.IsDevelopment() && !options.AllowLocalModeOutsideDevelopment)
        {
            failures.Add(
                $"MicrosoftAppId is empty, so the bot would run in local mode (no authentication, this machine only), which is for development: "
                + $"set MicrosoftAppId, or run with ASPNETCORE_ENVIRONMENT=Development (now '{environment.EnvironmentName}'), "
                + $"or set {BotProtocolOptions.SectionName}:AllowLocalModeOutsideDevelopment=true for a benchmark or a demo on this machine.");
        }

        foreach (var (setting, value) in ListenSettings())
        {
            if (NonLoopback(value) is { } address)
            {
                failures.Add($"MicrosoftAppId is empty (local mode), so the bot listens on loopback only, but {setting} asks for {address}: "
                    + "use e.g. --urls http://127.0.0.1:3978, or set MicrosoftAppId.");
            }
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    /// <summary>True for http(s)://localhost, 127.x.x.x and [::1] URLs.</summary>
    public static bool IsLoopbackUrl(string url) =>
        Uri.TryCreate(url.Trim(), UriKind.Absolute, out var uri)
        && (string.Equals(uri.Host, "localhost", StringComparison.OrdinalIgnoreCase)
            || (IPAddress.TryParse(uri.Host.Trim('[', ']'), out var ip) && IPAddress.IsLoopback(ip)));

    private IEnumerable<(string Setting, string Value)> ListenSettings()
    {
        // ASPNETCORE_URLS / --urls, and the .NET container images' ASPNETCORE_HTTP_PORTS (which binds every interface).
        yield return ("urls (ASPNETCORE_URLS or --urls)", configuration["urls"] ?? string.Empty);
        foreach (var ports in (string[])["http_ports", "https_ports"])
        {
            if (!string.IsNullOrWhiteSpace(configuration[ports]))
            {
                yield return ($"{ports} (ASPNETCORE_{ports.ToUpperInvariant()})", "*:" + configuration[ports]);
            }
        }

        foreach (var endpoint in configuration.GetSection("Kestrel:Endpoints").GetChildren())
        {
            yield return ($"Kestrel:Endpoints:{endpoint.Key}:Url", endpoint["Url"] ?? string.Empty);
        }
    }

    private static string? NonLoopback(string urls) =>
        urls.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).FirstOrDefault(u => !IsLoopbackUrl(u));
}
