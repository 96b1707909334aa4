using System.Globalization;
using System.Security.Cryptography;
using System.Text.Json;
using CadoxtonPolicyBot.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CadoxtonPolicyBot.Features.Concerns;

/// <summary>What a reporter filled in on the form, already checked.</summary>
internal sealed record ConcernSubmission(
    string WhatHappened,
    string Platform,
    string? Link,
    string? WhenSeen,
    string ConcernsWhom,
    string? SubjectAadObjectId,
    IReadOnlyList<int> Sections,
    bool ReporterIsSubject);

/// <summary>The reporter as Teams authenticated them: never from typed text.</summary>
internal sealed record Reporter(string AadObjectId, string Name);

internal abstract record SubmitResult
{
    public sealed record Recorded(Concern Concern) : SubmitResult;

    public sealed record AlreadySubmitted(string? Reference) : SubmitResult;

    public sealed record UnknownForm : SubmitResult;
}

internal abstract record StatusChangeResult
{
    public sealed record Changed(Concern Concern, string From) : StatusChangeResult;

    public sealed record NotAllowed(string Current) : StatusChangeResult;
}

/// <summary>Concerns, their evidence and notes in the database; every change audited in the same transaction.</summary>
internal sealed class ConcernStore(
    BotDbContext db,
    FieldCipher cipher,
    ConcernAuditTrail audit,
    IDirectoryLookup directory,
    TimeProvider time,
    IOptions<ConcernsOptions> options)
{
    private static readonly JsonSerializerOptions DetailsJson = new(JsonSerializerDefaults.Web);

    private DbSet<Concern> Concerns => db.Set<Concern>();

    public async Task<string> IssueFormTokenAsync(string reporterAadObjectId, CancellationToken cancellationToken)
    {
        var token = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));
        db.Set<ConcernFormToken>().Add(new ConcernFormToken { Token = token, ReporterAadObjectId = reporterAadObjectId, IssuedAt = time.GetUtcNow() });
        await db.SaveChangesAsync(cancellationToken);
        return token;
    }

    /// <summary>Records a concern once per form token: the token is spent by the same transaction that stores the concern.</summary>
    public async Task<SubmitResult> SubmitAsync(string formToken, Reporter reporter, ConcernSubmission submission, CancellationToken cancellationToken)
    {
        // Looked up before the transaction: a network call must not hold the database's write lock.
        var upn = await directory.FindUserPrincipalNameAsync(reporter.AadObjectId, cancellationToken) ?? string.Empty;
        var now = time.GetUtcNow();

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var spent = await db.Set<ConcernFormToken>()
            .Where(t => t.Token == formToken && t.ReporterAadObjectId == reporter.AadObjectId && t.UsedAt == null)
            .ExecuteUpdateAsync(s => s.SetProperty(t => t.UsedAt, now), cancellationToken);
        if (spent == 0)
        {
            var existing = await db.Set<ConcernFormToken>().AsNoTracking()
                .Where(t => t.Token == formToken && t.ReporterAadObjectId == reporter.AadObjectId)
                .Select(t => t.ConcernId).FirstOrDefaultAsync(cancellationToken);
            await transaction.RollbackAsync(cancellationToken);
            if (existing is null)
            {
                return new SubmitResult.UnknownForm();
            }

            var reference = await Concerns.AsNoTracking().Where(c => c.Id == existing).Select(c => c.Reference).FirstOrDefaultAsync(cancellationToken);
            return new SubmitResult.AlreadySubmitted(reference);
        }

        var year = now.UtcDateTime.Year;
        var number = await ConcernSequences.NextAsync(db, ConcernSequences.ForYear(year), cancellationToken);
        var id = Guid.NewGuid();
        var subject = submission.SubjectAadObjectId;
        var details = new ConcernDetails(reporter.Name, upn, submission.WhatHappened, submission.Platform, submission.Link, submission.WhenSeen,
            submission.ConcernsWhom, subject, submission.Sections, submission.ReporterIsSubject);
        var concern = new Concern
        {
            Id = id,
            Reference = string.Create(CultureInfo.InvariantCulture, $"CON-{year:D4}-{number:D4}"),
            Status = ConcernStatus.Received,
            ReporterAadObjectId = reporter.AadObjectId,
            SubjectLookup = subject is null ? null : cipher.LookupToken(subject),
            Details = cipher.Encrypt(JsonSerializer.SerializeToUtf8Bytes(details, DetailsJson), CipherBinding.Details(id)),
            CreatedAt = now,
            UpdatedAt = now,
        };
        Concerns.Add(concern);
        await db.SaveChangesAsync(cancellationToken);
        await db.Set<ConcernFormToken>().Where(t => t.Token == formToken).ExecuteUpdateAsync(s => s.SetProperty(t => t.ConcernId, id), cancellationToken);

        var window = TimeSpan.FromMinutes(options.Value.EvidenceWindowMinutes);
        await db.Set<ConcernEvidenceSession>().Where(s => s.ReporterAadObjectId == reporter.AadObjectId).ExecuteDeleteAsync(cancellationToken);
        db.Set<ConcernEvidenceSession>().Add(new ConcernEvidenceSession { ReporterAadObjectId = reporter.AadObjectId, ConcernId = id, ExpiresAt = now + window });
        await audit.AppendAsync(reporter.AadObjectId, AuditActions.Create, concern.Reference,
            $"status={ConcernStatus.Received};sections={submission.Sections.Count};reporterIsSubject={submission.ReporterIsSubject.ToString().ToUpperInvariant()}",
            cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return new SubmitResult.Recorded(concern);
    }

    public ConcernDetails ReadDetails(Concern concern)
    {
        ArgumentNullException.ThrowIfNull(concern);
        var json = cipher.Decrypt(concern.Details, CipherBinding.Details(concern.Id));
        return JsonSerializer.Deserialize<ConcernDetails>(json, DetailsJson) ?? throw new TamperedDataException("The concern's details are empty.");
    }

    public string ReadNote(ConcernNote note)
    {
        ArgumentNullException.ThrowIfNull(note);
        return cipher.DecryptText(note.Text, CipherBinding.Note(note.Id));
    }

    public string ReadFileName(ConcernEvidence evidence)
    {
        ArgumentNullException.ThrowIfNull(evidence);
        return cipher.DecryptText(evidence.FileName, CipherBinding.FileName(evidence.Id));
    }

    public byte[] ReadContent(ConcernEvidence evidence)
    {
        ArgumentNullException.ThrowIfNull(evidence);
        return cipher.Decrypt(evidence.Content, CipherBinding.Content(evidence.Id));
    }

    /// <summary>True when the person is the member of staff the concern is about (under any configured key).</summary>
    public bool IsSubject(Concern concern, string? aadObjectId)
    {
        ArgumentNullException.ThrowIfNull(concern);
        return aadObjectId is not null && concern.SubjectLookup is not null && cipher.LookupTokens(aadObjectId).Contains(concern.SubjectLookup);
    }

    public Task<Concern?> FindAsync(Guid id, CancellationToken cancellationToken) =>
        Concerns.Include(c => c.Evidence).Include(c => c.Notes).AsSplitQuery().FirstOrDefaultAsync(c => c.Id == id, cancellationToken);

    public Task<Concern?> FindByReferenceAsync(string reference, CancellationToken cancellationToken) =>
        Concerns.AsNoTracking().FirstOrDefaultAsync(c => c.Reference == reference, cancellationToken);

    /// <summary>The reporter's open evidence window, if any.</summary>
    public async Task<ConcernEvidenceSession?> FindEvidenceSessionAsync(string reporterAadObjectId, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        return await db.Set<ConcernEvidenceSession>().AsNoTracking()
            .FirstOrDefaultAsync(s => s.ReporterAadObjectId == reporterAadObjectId && s.ExpiresAt > now, cancellationToken);
    }

    public Task CloseEvidenceSessionAsync(string reporterAadObjectId, CancellationToken cancellationToken) =>
        db.Set<ConcernEvidenceSession>().Where(s => s.ReporterAadObjectId == reporterAadObjectId).ExecuteDeleteAsync(cancellationToken);

    public async Task<ConcernEvidence> AddEvidenceAsync(Concern concern, string reporterAadObjectId, string fileName, string contentType, byte[] bytes, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(concern);
        ArgumentNullException.ThrowIfNull(bytes);
        var id = Guid.NewGuid();
        var evidence = new ConcernEvidence
        {
            Id = id,
            ConcernId = concern.Id,
            FileName = cipher.EncryptText(fileName, CipherBinding.FileName(id)),
            ContentType = contentType,
            SizeBytes = bytes.Length,
            Sha256 = Convert.ToHexStringLower(SHA256.HashData(bytes)),
            Content = cipher.Encrypt(bytes, CipherBinding.Content(id)),
            AddedAt = time.GetUtcNow(),
        };
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await audit.AppendAsync(reporterAadObjectId, AuditActions.Evidence, concern.Reference,
            string.Create(CultureInfo.InvariantCulture, $"evidence={id:N};type={contentType};bytes={bytes.Length};sha256={evidence.Sha256}"), cancellationToken);
        db.Set<ConcernEvidence>().Add(evidence);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return evidence;
    }

    public async Task<StatusChangeResult> ChangeStatusAsync(Guid concernId, string actor, string to, string? outcome, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var current = await Concerns.AsNoTracking().Where(c => c.Id == concernId).Select(c => new { c.Status, c.Reference }).FirstAsync(cancellationToken);
        if (!ConcernStatus.CanMove(current.Status, to))
        {
            await transaction.RollbackAsync(cancellationToken);
            return new StatusChangeResult.NotAllowed(current.Status);
        }

        // Conditional on the status read, so two handlers pressing at once cannot both move it.
        var moved = await Concerns.Where(c => c.Id == concernId && c.Status == current.Status)
            .ExecuteUpdateAsync(s => s.SetProperty(c => c.Status, to)
                .SetProperty(c => c.Outcome, to == ConcernStatus.Closed ? outcome : null)
                .SetProperty(c => c.UpdatedAt, now)
                .SetProperty(c => c.ClosedAt, to == ConcernStatus.Closed ? now : null), cancellationToken);
        if (moved == 0)
        {
            await transaction.RollbackAsync(cancellationToken);
            return new StatusChangeResult.NotAllowed(current.Status);
        }

        var details = to == ConcernStatus.Closed ? $"from={current.Status};to={to};outcome={outcome}" : $"from={current.Status};to={to}";
        await audit.AppendAsync(actor, AuditActions.Status, current.Reference, details, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        db.ChangeTracker.Clear();
        var concern = await FindAsync(concernId, cancellationToken) ?? throw new InvalidOperationException("The concern vanished while it was being changed.");
        return new StatusChangeResult.Changed(concern, current.Status);
    }

    public async Task AddNoteAsync(Concern concern, string actor, string text, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(concern);
        var id = Guid.NewGuid();
        var now = time.GetUtcNow();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await audit.AppendAsync(actor, AuditActions.Note, concern.Reference, $"note={id:N}", cancellationToken);
        db.Set<ConcernNote>().Add(new ConcernNote { Id = id, ConcernId = concern.Id, AuthorAadObjectId = actor, CreatedAt = now, Text = cipher.EncryptText(text, CipherBinding.Note(id)) });
        await Concerns.Where(c => c.Id == concern.Id).ExecuteUpdateAsync(s => s.SetProperty(c => c.UpdatedAt, now), cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    public Task<List<Concern>> ListForReporterAsync(string reporterAadObjectId, CancellationToken cancellationToken) =>
        Concerns.AsNoTracking().Where(c => c.ReporterAadObjectId == reporterAadObjectId).OrderByDescending(c => c.CreatedAt).ToListAsync(cancellationToken);

    /// <summary>Open concerns a handler may see: never those about the handler.</summary>
    public Task<List<Concern>> ListOpenForHandlerAsync(string handlerAadObjectId, CancellationToken cancellationToken)
    {
        var tokens = cipher.LookupTokens(handlerAadObjectId).ToList();
        return Concerns.AsNoTracking()
            .Where(c => c.Status != ConcernStatus.Closed && (c.SubjectLookup == null || !tokens.Contains(c.SubjectLookup)))
            .OrderBy(c => c.CreatedAt)
            .ToListAsync(cancellationToken);
    }

    public Task<List<ConcernAuditEntry>> AuditEntriesAsync(string reference, CancellationToken cancellationToken) =>
        db.Set<ConcernAuditEntry>().AsNoTracking().Where(a => a.ConcernReference == reference).OrderBy(a => a.Sequence).ToListAsync(cancellationToken);
}
