using CadoxtonPolicyBot.Cards;
using CadoxtonPolicyBot.Protocol;

namespace CadoxtonPolicyBot.Turns;

/// <summary>The adaptiveCard/action invoke answer: always HTTP 200, with the outcome in {statusCode, type, value}.</summary>
internal static class UniversalActionResponse
{
    public static InvokeResponse From(CardActionResult result) => result switch
    {
        CardActionResult.ShowCard show => new InvokeResponse(200, new
        {
            statusCode = 200,
            type = AttachmentContentTypes.AdaptiveCard,
            value = System.Text.Json.JsonSerializer.SerializeToNode(show.Card, CardJson.Options),
        }),
        CardActionResult.ShowMessage message => Message(message.Text),
        CardActionResult.Rejected rejected => Error(400, rejected.Message),
        _ => throw new InvalidOperationException("Unknown card action result."),
    };

    public static InvokeResponse Message(string text) =>
        new(200, new { statusCode = 200, type = "application/vnd.microsoft.activity.message", value = text });

    public static InvokeResponse Error(int statusCode, string message) =>
        new(200, new { statusCode, type = "application/vnd.microsoft.error", value = new { code = "BadRequest", message } });
}
