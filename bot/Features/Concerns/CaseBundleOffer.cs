using System.Text.Json.Nodes;
using CadoxtonPolicyBot.Protocol;
using CadoxtonPolicyBot.Turns;

namespace CadoxtonPolicyBot.Features.Concerns;

/// <summary>Offers the case bundle as a file: Teams asks the handler to allow the upload to their OneDrive.</summary>
internal sealed class CaseBundleOffer(CaseBundleBuilder builder)
{
    public const string ContextPrefix = "concern-bundle:";

    public async Task<CardActionResult> OfferAsync(ITurnContext turn, Concern concern, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        ArgumentNullException.ThrowIfNull(concern);
        // Measured by writing it to nowhere: the consent card says how big the file will be.
        var size = await (await builder.PrepareAsync(concern, cancellationToken)).MeasureAsync(cancellationToken);
        var context = new JsonObject { ["context"] = ContextPrefix + concern.Id.ToString("D") };
        var consent = new Activity
        {
            Type = ActivityTypes.Message,
            Attachments =
            [
                new Attachment
                {
                    ContentType = AttachmentContentTypes.FileConsentCard,
                    Name = CaseBundle.FileName(concern),
                    Content = new JsonObject
                    {
                        ["description"] = $"Case bundle for concern {concern.Reference}",
                        ["sizeInBytes"] = size,
                        ["acceptContext"] = context,
                        ["declineContext"] = context.DeepClone(),
                    },
                },
            ],
        };
        await turn.SendAsync(consent, cancellationToken);
        return new CardActionResult.ShowMessage($"I've sent the case bundle for {concern.Reference}: press Allow to save it to your OneDrive.");
    }
}
