using Microsoft.Extensions.Options;

namespace CadoxtonPolicyBot.Protocol.Authentication;

/// <summary>
/// Start-up checks of the issuer settings that data annotations cannot express: absolute HTTPS metadata URLs
/// (HTTP only on loopback), and extra issuers that are complete and unambiguous.
/// </summary>
internal sealed class BotAuthenticationOptionsValidator : IValidateOptions<BotProtocolOptions>
{
    public ValidateOptionsResult Validate(string? name, BotProtocolOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = new List<string>();
        CheckMetadataUrl(options.OpenIdMetadataUrl, $"{BotProtocolOptions.SectionName}:OpenIdMetadataUrl", failures);

        var issuers = new HashSet<string>(StringComparer.Ordinal) { options.Issuer };
        for (var i = 0; i < options.ExtraIssuers.Count; i++)
        {
            var extra = options.ExtraIssuers[i];
            var path = $"{BotProtocolOptions.SectionName}:ExtraIssuers:{i}";
            if (string.IsNullOrWhiteSpace(extra.Issuer))
            {
                failures.Add($"{path}:Issuer is required.");
            }
            else if (!issuers.Add(extra.Issuer))
            {
                // Two metadata documents for one issuer would make the choice of keys ambiguous.
                failures.Add($"{path}:Issuer '{extra.Issuer}' is configured more than once.");
            }

            CheckMetadataUrl(extra.MetadataUrl, $"{path}:MetadataUrl", failures);
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static void CheckMetadataUrl(string? value, string path, List<string> failures)
    {
        if (!Uri.TryCreate(value, UriKind.Absolute, out var uri) || !SigningKeyDocuments.IsAllowedEndpoint(uri))
        {
            failures.Add($"{path} must be an absolute https URL (http is allowed only for loopback).");
        }
    }
}
