using System.Text.Json.Nodes;
using CadoxtonPolicyBot.Protocol;

namespace CadoxtonPolicyBot.Turns;

public enum CardActionKind
{
    /// <summary>Action.Execute: an adaptiveCard/action invoke, answered in the HTTP response, replacing the card.</summary>
    Execute,
    /// <summary>Action.Submit: a message with a value; answered with a new message.</summary>
    Submit,
}

/// <summary>A button pressed on one of our cards, whichever way Teams delivered it.</summary>
/// <param name="Actor">The presser's Entra object id, from the authenticated activity: never from the card's data.</param>
public sealed record CardActionRequest(string Verb, JsonObject Data, CardActionKind Kind, string? CardActivityId, string Actor)
{
    public string? GetString(string key) => Data[key] is JsonValue v && v.TryGetValue<string>(out var s) ? s : Data[key]?.ToJsonString();
}
