using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace CadoxtonPolicyBot.Cards;

[JsonPolymorphic(TypeDiscriminatorPropertyName = "type")]
[JsonDerivedType(typeof(ExecuteAction), "Action.Execute")]
[JsonDerivedType(typeof(SubmitAction), "Action.Submit")]
[JsonDerivedType(typeof(OpenUrlAction), "Action.OpenUrl")]
[JsonDerivedType(typeof(ShowCardAction), "Action.ShowCard")]
[JsonDerivedType(typeof(ToggleVisibilityAction), "Action.ToggleVisibility")]
public abstract class CardAction
{
    public string? Title { get; set; }
    public string? Id { get; set; }
    public string? Style { get; set; }
}

/// <summary>Universal Action: Teams sends an adaptiveCard/action invoke and replaces the card with the answer.</summary>
public sealed class ExecuteAction : CardAction
{
    public string? Verb { get; set; }
    public JsonObject? Data { get; set; }

    /// <summary>Input ids to validate and send; "none" for buttons that must not require the form to be valid.</summary>
    public string? AssociatedInputs { get; set; }
}

/// <summary>Action.Submit: arrives as a message whose value carries the data and inputs.</summary>
public sealed class SubmitAction : CardAction
{
    public JsonObject? Data { get; set; }
    public string? AssociatedInputs { get; set; }
}

public sealed class OpenUrlAction : CardAction
{
    public string Url { get; set; } = string.Empty;
}

public sealed class ShowCardAction : CardAction
{
    public AdaptiveCard? Card { get; set; }
}

/// <summary>Shows or hides elements of the card on the client, with no call to the bot (Adaptive Cards 1.2+).</summary>
public sealed class ToggleVisibilityAction : CardAction
{
    public List<string> TargetElements { get; set; } = [];
}
