using System.Globalization;
using System.Security.Cryptography;
using System.Text.Json;
using CadoxtonPolicyBot.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CadoxtonPolicyBot.Features.Concerns;

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

        var id = Guid.NewGuid();
        var subject = submission.SubjectAadObjectId;
        var details = new ConcernDetails(reporter.Name, upn, submission.WhatHappened, submission.Platform, submission.Link, submission.WhenSeen,
            submission.ConcernsWhom, subject, submission.Sections, submission.ReporterIsSubject);
        var concern = new Concern
        {
            Id = id,
            Reference = await ConcernReferences.NextUnusedAsync(db, cancellationToken),
            Status = ConcernStatus.Received,
            ReporterAadObjectId = reporter.AadObjectId,
            SubjectLookup = subject is null ? null : cipher.LookupToken(subject),
            Details = cipher.Encrypt(JsonSerializer.SerializeToUtf8Bytes(details, DetailsJson), CipherBinding.Details(id)),
            CreatedAt = now,
            UpdatedAt = now,
            // Routed in order from the start: due at once to the first eligible handler (ConcernRouter).
            OrderedRouting = true,
            EscalateAt = now,
        };
        Concerns.Add(concern);
        await db.SaveChangesAsync(cancellationToken);
        await db.Set<ConcernFormToken>().Where(t => t.Token == formToken).ExecuteUpdateAsync(s => s.SetProperty(t => t.ConcernId, id), cancellationToken);

        // The audit entry first: it locks the audit counter, so one reporter's two submissions cannot interleave below.
        await audit.AppendAsync(reporter.AadObjectId, AuditActions.Create, concern.Reference,
            $"status={ConcernStatus.Received};sections={submission.Sections.Count};reporterIsSubject={submission.ReporterIsSubject.ToString().ToUpperInvariant()}",
            cancellationToken);
        var window = TimeSpan.FromMinutes(options.Value.EvidenceWindowMinutes);
        await db.Set<ConcernEvidenceSession>().Where(s => s.ReporterAadObjectId == reporter.AadObjectId).ExecuteDeleteAsync(cancellationToken);
        db.Set<ConcernEvidenceSession>().Add(new ConcernEvidenceSession { ReporterAadObjectId = reporter.AadObjectId, ConcernId = id, ExpiresAt = now + window });
        await db.SaveChangesAsync(cancellationToken);
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

    /// <summary>The display name a note's author had when they wrote it; null on notes from before names were kept.</summary>
    public string? ReadNoteAuthor(ConcernNote note)
    {
        ArgumentNullException.ThrowIfNull(note);
        return note.AuthorName is null ? null : cipher.DecryptText(note.AuthorName, CipherBinding.NoteAuthor(note.Id));
    }

    /// <summary>One evidence file's bytes, decrypted: the only place evidence content is read, one file at a time.</summary>
    public async Task<byte[]> ReadContentAsync(ConcernEvidence evidence, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(evidence);
        var stored = await db.Set<ConcernEvidenceContent>().AsNoTracking().Where(c => c.Id == evidence.Id).Select(c => c.Ciphertext).FirstOrDefaultAsync(cancellationToken)
            ?? throw new TamperedDataException("The evidence file's content is missing.");
        return cipher.Decrypt(stored, CipherBinding.Content(evidence.Id));
    }

    /// <summary>True when the person is the member of staff the concern is about (under any configured key).</summary>
    public bool IsSubject(Concern concern, string? aadObjectId)
    {
        ArgumentNullException.ThrowIfNull(concern);
        return aadObjectId is not null && concern.SubjectLookup is not null && cipher.LookupTokens(aadObjectId).Contains(concern.SubjectLookup);
    }

    /// <summary>The concern with its evidence metadata, notes and routes: never the evidence bytes.</summary>
    public Task<Concern?> FindAsync(Guid id, CancellationToken cancellationToken) =>
        Concerns.AsNoTracking().Include(c => c.Evidence).Include(c => c.Notes).Include(c => c.Routes).AsSplitQuery().FirstOrDefaultAsync(c => c.Id == id, cancellationToken);

    /// <summary>
    /// Whether this handler may see and work the concern: never its subject; for concerns routed in order, only a
    /// handler it was routed to (the first eligible, then each escalation); for concerns from before ordered routing,
    /// when every handler was told, any handler. The caller has checked the person is a configured handler.
    /// </summary>
    public bool MayHandle(Concern concern, string handlerAadObjectId)
    {
        ArgumentNullException.ThrowIfNull(concern);
        return !IsSubject(concern, handlerAadObjectId)
            && (!concern.OrderedRouting || concern.Routes.Any(r => string.Equals(r.HandlerAadObjectId, handlerAadObjectId, StringComparison.OrdinalIgnoreCase)));
    }

    /// <summary>The first time a handler opens it: it stops escalating.</summary>
    public Task MarkOpenedAsync(Guid concernId, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        return Concerns.Where(c => c.Id == concernId && c.OpenedAt == null)
            .ExecuteUpdateAsync(s => s.SetProperty(c => c.OpenedAt, now).SetProperty(c => c.EscalateAt, (DateTimeOffset?)null), cancellationToken);
    }

    /// <summary>How many evidence files, and bytes, the concern holds.</summary>
    public async Task<EvidenceUsage> EvidenceUsageAsync(Guid concernId, CancellationToken cancellationToken)
    {
        var files = db.Set<ConcernEvidence>().AsNoTracking().Where(e => e.ConcernId == concernId);
        return new EvidenceUsage(await files.CountAsync(cancellationToken), await files.SumAsync(e => (long?)e.SizeBytes, cancellationToken) ?? 0);
    }

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

    /// <summary>
    /// Stores one evidence file unless it would take the concern past Concerns:MaxEvidenceFiles or MaxEvidenceTotalBytes.
    /// The concern's row is locked first, so two messages arriving together cannot both squeeze under the limit.
    /// </summary>
    public async Task<AddEvidenceResult> AddEvidenceAsync(Concern concern, string reporterAadObjectId, string? originalName, EvidenceType type, byte[] bytes, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(concern);
        ArgumentNullException.ThrowIfNull(type);
        ArgumentNullException.ThrowIfNull(bytes);
        var id = Guid.NewGuid();
        var now = time.GetUtcNow();
        var limits = options.Value;
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await Concerns.Where(c => c.Id == concern.Id).ExecuteUpdateAsync(s => s.SetProperty(c => c.UpdatedAt, now), cancellationToken);
        var usage = await EvidenceUsageAsync(concern.Id, cancellationToken);
        if (usage.Files >= limits.MaxEvidenceFiles || usage.Bytes + bytes.Length > limits.MaxEvidenceTotalBytes)
        {
            await transaction.RollbackAsync(cancellationToken);
            return new AddEvidenceResult.LimitReached(usage);
        }

        var number = (await db.Set<ConcernEvidence>().Where(e => e.ConcernId == concern.Id).MaxAsync(e => (int?)e.Number, cancellationToken) ?? 0) + 1;
        var evidence = new ConcernEvidence
        {
            Id = id,
            ConcernId = concern.Id,
            Number = number,
            FileName = cipher.EncryptText(originalName ?? string.Empty, CipherBinding.FileName(id)),
            ContentType = type.ContentType,
            SizeBytes = bytes.Length,
            Sha256 = Convert.ToHexStringLower(SHA256.HashData(bytes)),
            AddedAt = now,
            Content = new ConcernEvidenceContent { Id = id, Ciphertext = cipher.Encrypt(bytes, CipherBinding.Content(id)) },
        };
        await audit.AppendAsync(reporterAadObjectId, AuditActions.Evidence, concern.Reference,
            string.Create(CultureInfo.InvariantCulture, $"evidence={id:N};type={type.ContentType};bytes={bytes.Length};sha256={evidence.Sha256}"), cancellationToken);
        db.Set<ConcernEvidence>().Add(evidence);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        db.ChangeTracker.Clear();
        return new AddEvidenceResult.Added(evidence, new EvidenceUsage(usage.Files + 1, usage.Bytes + bytes.Length));
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

    /// <summary>Adds a private note with its author as Teams named them at the time (<paramref name="authorName"/>, from the authenticated activity).</summary>
    public async Task AddNoteAsync(Concern concern, string actor, string authorName, string text, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(concern);
        var id = Guid.NewGuid();
        var now = time.GetUtcNow();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await audit.AppendAsync(actor, AuditActions.Note, concern.Reference, $"note={id:N}", cancellationToken);
        db.Set<ConcernNote>().Add(new ConcernNote
        {
            Id = id,
            ConcernId = concern.Id,
            AuthorAadObjectId = actor,
            AuthorName = cipher.EncryptText(authorName, CipherBinding.NoteAuthor(id)),
            CreatedAt = now,
            Text = cipher.EncryptText(text, CipherBinding.Note(id)),
        });
        await Concerns.Where(c => c.Id == concern.Id).ExecuteUpdateAsync(s => s.SetProperty(c => c.UpdatedAt, now), cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    public Task<List<Concern>> ListForReporterAsync(string reporterAadObjectId, CancellationToken cancellationToken) =>
        Concerns.AsNoTracking().Where(c => c.ReporterAadObjectId == reporterAadObjectId).OrderByDescending(c => c.CreatedAt).ToListAsync(cancellationToken);

    /// <summary>Open concerns a handler may see (<see cref="MayHandle"/>): never those about the handler, never those not routed to them.</summary>
    public Task<List<Concern>> ListOpenForHandlerAsync(string handlerAadObjectId, CancellationToken cancellationToken)
    {
        var tokens = cipher.LookupTokens(handlerAadObjectId).ToList();
        return Concerns.AsNoTracking()
            .Where(c => c.Status != ConcernStatus.Closed && (c.SubjectLookup == null || !tokens.Contains(c.SubjectLookup)))
            .Where(c => !c.OrderedRouting || c.Routes.Any(r => r.HandlerAadObjectId == handlerAadObjectId))
            .OrderBy(c => c.CreatedAt)
            .ToListAsync(cancellationToken);
    }

    public Task<List<ConcernAuditEntry>> AuditEntriesAsync(string reference, CancellationToken cancellationToken) =>
        db.Set<ConcernAuditEntry>().AsNoTracking().Where(a => a.ConcernReference == reference).OrderBy(a => a.Sequence).ToListAsync(cancellationToken);
}
