using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CadoxtonPolicyBot.Features.Concerns;

/// <summary>
/// A reported concern. Everything a person wrote, and who it is about, lives in <see cref="Details"/> (encrypted);
/// the clear columns are what the workflow must query: reference, status, dates, the reporter's Entra id (already
/// in the audit trail as the actor of the "create" entry) and a keyed token of the subject's Entra id.
/// </summary>
internal sealed class Concern
{
    public Guid Id { get; set; }
    public required string Reference { get; set; }
    public required string Status { get; set; }
    public string? Outcome { get; set; }
    public required string ReporterAadObjectId { get; set; }

    /// <summary>HMAC token of the subject's Entra id (<see cref="FieldCipher.LookupToken"/>); null when no member of staff is named.</summary>
    public string? SubjectLookup { get; set; }

    /// <summary>AES-GCM ciphertext of <see cref="ConcernDetails"/> as JSON.</summary>
    public required byte[] Details { get; set; }

    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
    public DateTimeOffset? ClosedAt { get; set; }

    /// <summary>
    /// True for concerns routed one handler at a time (this version); false for those from before, which every handler
    /// was told of and any handler may therefore open.
    /// </summary>
    public bool OrderedRouting { get; set; }

    /// <summary>The handler the concern was last routed to (an Entra id from configuration); null before routing.</summary>
    public string? AssignedHandlerAadObjectId { get; set; }

    /// <summary>When a handler first opened it; until then it escalates at <see cref="EscalateAt"/>.</summary>
    public DateTimeOffset? OpenedAt { get; set; }

    /// <summary>When it goes to the next eligible handler if nobody has opened it; null when no one is left or it was opened.</summary>
    public DateTimeOffset? EscalateAt { get; set; }

    /// <summary>Evidence metadata only: the bytes are a separate entity (<see cref="ConcernEvidenceContent"/>), read only when needed.</summary>
    public List<ConcernEvidence> Evidence { get; set; } = [];
    public List<ConcernNote> Notes { get; set; } = [];
    public List<ConcernRoute> Routes { get; set; } = [];
}

internal sealed class ConcernConfiguration : IEntityTypeConfiguration<Concern>
{
    public void Configure(EntityTypeBuilder<Concern> builder)
    {
        builder.ToTable("concerns");
        builder.HasKey(c => c.Id);
        builder.Property(c => c.Reference).HasMaxLength(16);
        builder.HasIndex(c => c.Reference).IsUnique();
        builder.Property(c => c.Status).HasMaxLength(16);
        builder.Property(c => c.Outcome).HasMaxLength(16);
        builder.Property(c => c.ReporterAadObjectId).HasMaxLength(64);
        builder.Property(c => c.SubjectLookup).HasMaxLength(96);
        builder.HasIndex(c => c.ReporterAadObjectId);
        builder.HasIndex(c => new { c.Status, c.ClosedAt });
        builder.Property(c => c.AssignedHandlerAadObjectId).HasMaxLength(64);
        builder.HasIndex(c => c.EscalateAt);
        builder.HasMany(c => c.Evidence).WithOne().HasForeignKey(e => e.ConcernId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(c => c.Notes).WithOne().HasForeignKey(n => n.ConcernId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(c => c.Routes).WithOne().HasForeignKey(r => r.ConcernId).OnDelete(DeleteBehavior.Cascade);
    }
}
