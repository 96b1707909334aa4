using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using CadoxtonPolicyBot.Infrastructure.Persistence;
using CadoxtonPolicyBot.Infrastructure.Time;
using CadoxtonPolicyBot.Protocol;
using CadoxtonPolicyBot.Turns;
using CsvHelper;
using CsvHelper.Configuration;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CadoxtonPolicyBot.Features.Acknowledgements;

/// <summary>One line of the evidence export.</summary>
public sealed record ExportRow(
    string Round,
    string Audience,
    string Name,
    string Upn,
    string EntraObjectId,
    string Status,
    string AcknowledgedAtUtc,
    string AcknowledgedAtSchoolTime,
    string PolicyVersion,
    string PolicyAdoptedOn,
    string ActivityId,
    string ReadAtUtc,
    string ReadAtSchoolTime);

/// <summary>
/// The round's evidence as CSV, sent to the head teacher through Teams' file consent flow: the bytes wait in the
/// database (keyed by a random id carried in the consent card) only until they are uploaded, declined or expire.
/// </summary>
public sealed partial class RoundExporter(
    BotDbContext db,
    AcknowledgementRounds rounds,
    IOptions<AcknowledgementOptions> options,
    SchoolClock clock,
    TimeProvider time,
    ILogger<RoundExporter> logger)
{
    public const string ContextKey = "exportId";

    /// <summary>
    /// One row per person. Times in UTC (the record) and, beside each, the school's local time with its offset
    /// ("2026-10-26T10:42:00+00:00"), so an inspector reads the time staff saw without a time zone table.
    /// </summary>
    public static byte[] ToCsv(RoundProgress progress, TimeZoneInfo schoolZone)
    {
        ArgumentNullException.ThrowIfNull(progress);
        ArgumentNullException.ThrowIfNull(schoolZone);
        var round = progress.Round;
        using var buffer = new MemoryStream();
        using (var writer = new StreamWriter(buffer, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true), leaveOpen: true))
        using (var csv = new CsvWriter(writer, new CsvConfiguration(CultureInfo.InvariantCulture) { InjectionOptions = InjectionOptions.Escape }))
        {
            csv.Context.RegisterClassMap<ExportRowMap>();
            csv.WriteRecords(progress.People.Select(p => new ExportRow(
                round.Name,
                round.AudienceName ?? round.AudienceDescription,
                p.Name ?? string.Empty,
                p.UserPrincipalName ?? string.Empty,
                p.AadObjectId,
                p.Status,
                p.Acknowledgement is null ? string.Empty : Iso(p.Acknowledgement.AcknowledgedAt),
                p.Acknowledgement is null ? string.Empty : Local(p.Acknowledgement.AcknowledgedAt, schoolZone),
                p.Acknowledgement?.PolicyVersion ?? round.PolicyVersion,
                round.PolicyAdoptedOn?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? string.Empty,
                p.Acknowledgement?.ActivityId ?? string.Empty,
                (p.Acknowledgement?.ReadAt ?? p.FirstReadAt) is { } read ? Iso(read) : string.Empty,
                (p.Acknowledgement?.ReadAt ?? p.FirstReadAt) is { } readLocal ? Local(readLocal, schoolZone) : string.Empty)));
        }

        return buffer.ToArray();
    }

    /// <summary>Builds the CSV, keeps it for the consent flow, and sends the file consent card into the chat.</summary>
    public async Task<CardActionResult> OfferAsync(ITurnContext turn, Guid roundId, string requestedBy, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        if (!turn.Activity.IsPersonalChat)
        {
            return new CardActionResult.ShowMessage("Teams can only send files in a 1:1 chat. Open the chat with me and press Export there.");
        }

        var progress = await rounds.ProgressAsync(roundId, cancellationToken);
        if (progress is null)
        {
            return new CardActionResult.Rejected("I can't find that acknowledgement round.");
        }

        var now = time.GetUtcNow();
        await db.Set<PendingExport>().Where(e => e.ExpiresAt < now).ExecuteDeleteAsync(cancellationToken);
        var bytes = ToCsv(progress, clock.Zone);
        var export = new PendingExport
        {
            Id = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16)),
            RoundId = roundId,
            RequestedByAadObjectId = requestedBy.ToLowerInvariant(),
            FileName = FileName(progress.Round, now),
            Content = bytes,
            ExpiresAt = now + options.Value.ExportExpiry,
        };
        db.Add(export);
        await db.SaveChangesAsync(cancellationToken);

        var context = new JsonObject { [ContextKey] = export.Id };
        var consent = new Activity
        {
            Type = ActivityTypes.Message,
            Attachments =
            [
                new Attachment
                {
                    ContentType = AttachmentContentTypes.FileConsentCard,
                    Name = export.FileName,
                    Content = new JsonObject
                    {
                        ["description"] = $"Acknowledgements for round {progress.Round.Name}",
                        ["sizeInBytes"] = bytes.LongLength,
                        ["acceptContext"] = context.DeepClone(),
                        ["declineContext"] = context.DeepClone(),
                    },
                },
            ],
        };
        var sent = await turn.SendAsync(consent, cancellationToken);
        LogOffered(logger, roundId, bytes.Length, sent.Outcome);
        return sent.Succeeded
            ? new CardActionResult.ShowMessage("I've sent the export as a file below: choose Allow to save it to your OneDrive.")
            : new CardActionResult.ShowMessage("I couldn't send the file just now. Please try Export again in a minute.");
    }

    public Task<PendingExport?> FindAsync(string id, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        return db.Set<PendingExport>().FirstOrDefaultAsync(e => e.Id == id && e.ExpiresAt >= now, cancellationToken);
    }

    public async Task DiscardAsync(string id, CancellationToken cancellationToken) =>
        await db.Set<PendingExport>().Where(e => e.Id == id).ExecuteDeleteAsync(cancellationToken);

    private static string FileName(AcknowledgementRound round, DateTimeOffset now)
    {
        var safe = new string([.. round.Name.Select(c => char.IsAsciiLetterOrDigit(c) ? c : '-')]);
        return string.Create(CultureInfo.InvariantCulture, $"policy-acknowledgements-{safe}-{now.UtcDateTime:yyyyMMdd-HHmm}.csv");
    }

    private static string Iso(DateTimeOffset value) => value.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    private static string Local(DateTimeOffset value, TimeZoneInfo zone) =>
        TimeZoneInfo.ConvertTime(value, zone).ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture);

    private sealed class ExportRowMap : ClassMap<ExportRow>
    {
        public ExportRowMap()
        {
            Map(r => r.Round).Name("round");
            Map(r => r.Audience).Name("audience");
            Map(r => r.Name).Name("name");
            Map(r => r.Upn).Name("upn");
            Map(r => r.EntraObjectId).Name("entra_object_id");
            Map(r => r.Status).Name("status");
            Map(r => r.AcknowledgedAtUtc).Name("acknowledged_at_utc");
            Map(r => r.AcknowledgedAtSchoolTime).Name("acknowledged_at_school_time");
            Map(r => r.PolicyVersion).Name("policy_version");
            Map(r => r.PolicyAdoptedOn).Name("policy_adopted_on");
            Map(r => r.ActivityId).Name("activity_id");
            Map(r => r.ReadAtUtc).Name("read_at_utc");
            Map(r => r.ReadAtSchoolTime).Name("read_at_school_time");
        }
    }

    [LoggerMessage(EventId = 5020, Level = LogLevel.Information, Message = "Round {RoundId}: export of {Bytes} bytes offered ({Outcome})")]
    private static partial void LogOffered(ILogger logger, Guid roundId, int bytes, Protocol.Connector.ConnectorOutcome outcome);
}
