using System.Text.Json;

namespace CadoxtonPolicyBot.Protocol.Connector;

/// <summary>
/// The code in a connector error body. Two shapes are seen: the documented ErrorResponse
/// <c>{"error":{"code":"...","message":"..."}}</c>, and Teams' <c>{"errorCode":209,"message":"{\"subCode\":\"MessageWritesBlocked\",...}"}</c>.
/// </summary>
internal static class ConnectorError
{
    private static readonly string[] BlockedCodes = ["MessageWritesBlocked", "ConversationBlockedByUser"];

    public static bool MeansRecipientBlockedBot(string? code) =>
        code is not null && BlockedCodes.Contains(code, StringComparer.OrdinalIgnoreCase);

    public static string? ReadCode(ReadOnlySpan<byte> body)
    {
        if (body.IsEmpty)
        {
            return null;
        }

        try
        {
            using var document = JsonDocument.Parse(body.ToArray());
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                return null;
            }

            if (root.TryGetProperty("error", out var error) && error.ValueKind == JsonValueKind.Object
                && error.TryGetProperty("code", out var code) && code.ValueKind == JsonValueKind.String)
            {
                return code.GetString();
            }

            if (root.TryGetProperty("message", out var message) && message.ValueKind == JsonValueKind.String
                && SubCode(message.GetString()) is { } subCode)
            {
                return subCode;
            }

            return root.TryGetProperty("errorCode", out var errorCode) ? errorCode.ToString() : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static string? SubCode(string? message)
    {
        if (message is null || !message.TrimStart().StartsWith('{'))
        {
            return null;
        }

        try
        {
            using var inner = JsonDocument.Parse(message);
            return inner.RootElement.ValueKind == JsonValueKind.Object
                && inner.RootElement.TryGetProperty("subCode", out var subCode) && subCode.ValueKind == JsonValueKind.String
                ? subCode.GetString()
                : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
