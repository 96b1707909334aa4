using System.Globalization;
using System.IO.Compression;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using CadoxtonPolicyBot.Infrastructure.Roles;
using CadoxtonPolicyBot.Protocol;
using CadoxtonPolicyBot.Turns;

namespace CadoxtonPolicyBot.Features.Concerns;

/// <summary>
/// One concern as a zip for disciplinary proceedings: record.json (decrypted record and notes), the evidence files,
/// audit.json (the concern's audit entries with their hashes) and verification.json (the chain and evidence checks).
/// </summary>
internal sealed class CaseBundleBuilder(ConcernStore store, ConcernAuditTrail audit, TimeProvider time)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { WriteIndented = true };

    public async Task<byte[]> BuildAsync(Concern concern, CancellationToken cancellationToken)
    {
        // A bundle is most needed when something is wrong: a record that fails its integrity check is exported with
        // the problem stated instead of its content, beside the verification report.
        ConcernDetails? details = null;
        string? detailsProblem = null;
        try
        {
            details = store.ReadDetails(concern);
        }
        catch (TamperedDataException ex)
        {
            detailsProblem = ex.Message;
        }

        var evidence = concern.Evidence.OrderBy(e => e.AddedAt).ToList();
        var entries = await store.AuditEntriesAsync(concern.Reference, cancellationToken);
        var verification = await audit.VerifyAsync(concern.Id, cancellationToken);

        using var output = new MemoryStream();
        using (var zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
        {
            var files = new List<object>();
            for (var i = 0; i < evidence.Count; i++)
            {
                var file = evidence[i];
                string? name = null;
                var path = string.Create(CultureInfo.InvariantCulture, $"evidence/{i + 1:D2}-file");
                string? problem = null;
                try
                {
                    name = store.ReadFileName(file);
                    path = string.Create(CultureInfo.InvariantCulture, $"evidence/{i + 1:D2}-{ZipSafe(name)}");
                    var bytes = store.ReadContent(file);
                    await WriteAsync(zip, path, bytes, cancellationToken);
                }
                catch (TamperedDataException ex)
                {
                    problem = ex.Message;
                }

                files.Add(new { path = problem is null ? path : null, name, file.ContentType, file.SizeBytes, file.Sha256, file.AddedAt, problem });
            }

            var record = new
            {
                concern.Reference,
                concern.Status,
                outcome = concern.Outcome,
                concern.CreatedAt,
                concern.UpdatedAt,
                concern.ClosedAt,
                reporter = new { aadObjectId = concern.ReporterAadObjectId, name = details?.ReporterName, userPrincipalName = details?.ReporterUserPrincipalName, isPersonConcerned = details?.ReporterIsSubject },
                details?.WhatHappened,
                details?.Platform,
                details?.Link,
                details?.WhenSeen,
                details?.ConcernsWhom,
                subjectAadObjectId = details?.SubjectAadObjectId,
                policySections = details?.Sections,
                detailsProblem,
                evidence = files,
                notes = concern.Notes.OrderBy(n => n.CreatedAt).Select(n => ReadNote(n)),
                exportedAt = time.GetUtcNow(),
            };
            await WriteAsync(zip, "record.json", JsonSerializer.SerializeToUtf8Bytes(record, Json), cancellationToken);
            await WriteAsync(zip, "audit.json", JsonSerializer.SerializeToUtf8Bytes(entries, Json), cancellationToken);
            await WriteAsync(zip, "verification.json", JsonSerializer.SerializeToUtf8Bytes(new
            {
                intact = verification.IsIntact,
                chain = new { entriesVerified = verification.EntriesVerified, firstBreak = verification.FirstBreak },
                evidence = verification.Evidence,
                records = verification.Records,
                howToCheck = "Each audit entry's hash is SHA-256 over its fields (sequence, unix ms, actor, action, reference, details, previous hash), each written as length:value and a newline.",
            }, Json), cancellationToken);
        }

        return output.ToArray();
    }

    private object ReadNote(ConcernNote note)
    {
        try
        {
            return new { author = note.AuthorAadObjectId, note.CreatedAt, text = store.ReadNote(note), problem = (string?)null };
        }
        catch (TamperedDataException ex)
        {
            return new { author = note.AuthorAadObjectId, note.CreatedAt, text = (string?)null, problem = (string?)ex.Message };
        }
    }

    public static string FileName(Concern concern) => $"{concern.Reference}-case-bundle.zip";

    private static async Task WriteAsync(ZipArchive zip, string path, byte[] bytes, CancellationToken cancellationToken)
    {
        var entry = zip.CreateEntry(path, CompressionLevel.Optimal);
        await using var stream = await entry.OpenAsync(cancellationToken);
        await stream.WriteAsync(bytes, cancellationToken);
    }

    private static string ZipSafe(string name)
    {
        var builder = new StringBuilder();
        foreach (var c in name)
        {
            builder.Append(char.IsAsciiLetterOrDigit(c) || c is '.' or '-' or '_' ? c : '_');
        }

        return builder.Length == 0 ? "file" : builder.ToString();
    }
}

/// <summary>Offers the case bundle as a file: Teams asks the handler to allow the upload to their OneDrive.</summary>
internal sealed class CaseBundleOffer(CaseBundleBuilder builder)
{
    public const string ContextPrefix = "concern-bundle:";

    public async Task<CardActionResult> OfferAsync(ITurnContext turn, Concern concern, CancellationToken cancellationToken)
    {
        var bytes = await builder.BuildAsync(concern, cancellationToken);
        var context = new JsonObject { ["context"] = ContextPrefix + concern.Id.ToString("D") };
        var consent = new Activity
        {
            Type = ActivityTypes.Message,
            Attachments =
            [
                new Attachment
                {
                    ContentType = AttachmentContentTypes.FileConsentCard,
                    Name = CaseBundleBuilder.FileName(concern),
                    Content = new JsonObject
                    {
                        ["description"] = $"Case bundle for concern {concern.Reference}",
                        ["sizeInBytes"] = bytes.Length,
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

/// <summary>
/// fileConsent/invoke for our case bundles only (context "concern-bundle:&lt;id&gt;"; other features offer files too):
/// on accept, checks the handler again, PUTs the zip to the upload session and sends the file card.
/// </summary>
internal sealed partial class CaseBundleConsentHandler(
    ConcernStore store,
    ConcernAuditTrail audit,
    CaseBundleBuilder builder,
    StaffRoles roles,
    IHttpClientFactory httpClients,
    ILogger<CaseBundleConsentHandler> logger) : IInvokeHandler
{
    public const string InvokeName = "fileConsent/invoke";
    public const string UploadClient = "concern-bundle-upload";

    // Only claimable with the activity: the context in its value says whose file it is.
    public bool CanHandle(string invokeName) => false;

    public bool CanHandle(string invokeName, Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        return invokeName == InvokeName && ContextOf(activity)?.StartsWith(CaseBundleOffer.ContextPrefix, StringComparison.Ordinal) == true;
    }

    public async Task<InvokeResponse> HandleAsync(ITurnContext turn, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        var activity = turn.Activity;
        var actor = activity.From?.AadObjectId;
        var accepted = activity.Value?["action"]?.GetValue<string>() == "accept";
        var concern = Guid.TryParse(ContextOf(activity)?[CaseBundleOffer.ContextPrefix.Length..], out var id) ? await store.FindAsync(id, cancellationToken) : null;
        if (actor is null || !roles.IsConcernHandler(actor) || (concern is not null && store.IsSubject(concern, actor)) || !activity.IsPersonalChat)
        {
            await audit.AppendAloneAsync(actor ?? "unknown", AuditActions.Denied, concern?.Reference, "verb=export", cancellationToken);
            await ReplaceConsentAsync(turn, "This case bundle isn't available to you. Nothing was sent.", cancellationToken);
            return new InvokeResponse(200, null);
        }

        if (concern is null)
        {
            await ReplaceConsentAsync(turn, "That concern no longer exists, so there is no bundle to send.", cancellationToken);
            return new InvokeResponse(200, null);
        }

        if (!accepted)
        {
            await ReplaceConsentAsync(turn, $"The case bundle for {concern.Reference} was not sent.", cancellationToken);
            return new InvokeResponse(200, null);
        }

        var upload = activity.Value?["uploadInfo"];
        if (!Uri.TryCreate(upload?["uploadUrl"]?.GetValue<string>(), UriKind.Absolute, out var uploadUrl) || uploadUrl.Scheme != Uri.UriSchemeHttps)
        {
            await ReplaceConsentAsync(turn, "Teams did not give me a place to upload the file. Please try again.", cancellationToken);
            return new InvokeResponse(200, null);
        }

        var bytes = await builder.BuildAsync(concern, cancellationToken);
        using var content = new ByteArrayContent(bytes);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/zip");
        content.Headers.ContentRange = new ContentRangeHeaderValue(0, bytes.Length - 1, bytes.Length);
        using var response = await httpClients.CreateClient(UploadClient).PutAsync(uploadUrl, content, cancellationToken);
        if (!response.IsSuccessStatusCode)
        {
            LogUploadFailed(logger, (int)response.StatusCode);
            await ReplaceConsentAsync(turn, "The upload to your OneDrive failed. Please export again.", cancellationToken);
            return new InvokeResponse(200, null);
        }

        await audit.AppendAloneAsync(actor, AuditActions.Export, concern.Reference,
            string.Create(CultureInfo.InvariantCulture, $"bytes={bytes.Length};sha256={Convert.ToHexStringLower(SHA256.HashData(bytes))}"), cancellationToken);
        await turn.SendAsync(new Activity
        {
            Type = ActivityTypes.Message,
            Attachments =
            [
                new Attachment
                {
                    ContentType = AttachmentContentTypes.FileInfoCard,
                    ContentUrl = upload?["contentUrl"]?.GetValue<string>(),
                    Name = upload?["name"]?.GetValue<string>() ?? CaseBundleBuilder.FileName(concern),
                    Content = new JsonObject { ["uniqueId"] = upload?["uniqueId"]?.GetValue<string>(), ["fileType"] = upload?["fileType"]?.GetValue<string>() ?? "zip" },
                },
            ],
        }, cancellationToken);
        await ReplaceConsentAsync(turn, $"Case bundle for {concern.Reference} saved to your OneDrive.", cancellationToken);
        return new InvokeResponse(200, null);
    }

    private static string? ContextOf(Activity activity) =>
        activity.Value?["context"] is JsonObject context && context["context"] is JsonValue value && value.TryGetValue<string>(out var text) ? text : null;

    private static async Task ReplaceConsentAsync(ITurnContext turn, string text, CancellationToken cancellationToken)
    {
        var message = turn.Activity.CreateReply(text);
        if (turn.Activity.ReplyToId is { } consentCard)
        {
            await turn.UpdateAsync(consentCard, message, cancellationToken);
        }
        else
        {
            await turn.SendAsync(message, cancellationToken);
        }
    }

    [LoggerMessage(EventId = 6050, Level = LogLevel.Warning, Message = "Case bundle upload failed with status {StatusCode}")]
    private static partial void LogUploadFailed(ILogger logger, int statusCode);
}
