using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using CadoxtonPolicyBot.Protocol;

namespace CadoxtonPolicyBot.Cards;

/// <summary>
/// A small typed model of Adaptive Cards 1.5, the highest version Teams renders. Cards are built as objects and
/// serialised; they are never templated from strings, so a user's text can only ever be a property value.
/// </summary>
public sealed class AdaptiveCard
{
    [JsonPropertyName("$schema")]
    public string Schema { get; } = "http://adaptivecards.io/schemas/adaptive-card.json";

    public string Type { get; } = "AdaptiveCard";

    public string Version { get; init; } = "1.5";

    public List<CardElement> Body { get; init; } = [];

    public List<CardAction>? Actions { get; set; }

    /// <summary>Universal Actions refresh: Teams calls the bot with this action when the card is shown (per-user views).</summary>
    public CardRefresh? Refresh { get; set; }

    /// <summary>Teams-only settings: full width reads better on a phone.</summary>
    [JsonPropertyName("msteams")]
    public JsonObject? MsTeams { get; set; } = new() { ["width"] = "Full" };

    public Attachment ToAttachment() => new()
    {
        ContentType = AttachmentContentTypes.AdaptiveCard,
        Content = JsonSerializer.SerializeToNode(this, CardJson.Options),
    };

    public Activity ToActivity(string? summary = null) => new()
    {
        Type = ActivityTypes.Message,
        Summary = summary,
        Attachments = [ToAttachment()],
    };
}

public sealed class CardRefresh
{
    public required ExecuteAction Action { get; init; }

    /// <summary>Entra-backed user ids (29:…) that get the automatic refresh; Teams allows at most 60.</summary>
    public List<string>? UserIds { get; set; }
}

public static class CardJson
{
    public static readonly System.Text.Json.JsonSerializerOptions Options = new(ProtocolJson.Options);
}
