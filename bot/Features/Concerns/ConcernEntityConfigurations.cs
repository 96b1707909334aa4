using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CadoxtonPolicyBot.Features.Concerns;

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

internal sealed class ConcernRouteConfiguration : IEntityTypeConfiguration<ConcernRoute>
{
    public void Configure(EntityTypeBuilder<ConcernRoute> builder)
    {
        builder.ToTable("concern_routes");
        builder.HasKey(r => new { r.ConcernId, r.HandlerAadObjectId });
        builder.Property(r => r.HandlerAadObjectId).HasMaxLength(64);
        builder.Property(r => r.Reason).HasMaxLength(16);
    }
}

internal sealed class ConcernNoteConfiguration : IEntityTypeConfiguration<ConcernNote>
{
    public void Configure(EntityTypeBuilder<ConcernNote> builder)
    {
        builder.ToTable("concern_notes");
        builder.HasKey(n => n.Id);
        builder.Property(n => n.AuthorAadObjectId).HasMaxLength(64);
    }
}

internal sealed class ConcernEvidenceConfiguration : IEntityTypeConfiguration<ConcernEvidence>
{
    public void Configure(EntityTypeBuilder<ConcernEvidence> builder)
    {
        builder.ToTable("concern_evidence");
        builder.HasKey(e => e.Id);
        builder.Property(e => e.ContentType).HasMaxLength(128);
        builder.Property(e => e.Sha256).HasMaxLength(64);
        // Table splitting: the bytes share the row but are their own entity, loaded only when asked for.
        builder.HasOne(e => e.Content).WithOne().HasForeignKey<ConcernEvidenceContent>(c => c.Id);
        builder.Navigation(e => e.Content).IsRequired();
    }
}

internal sealed class ConcernEvidenceContentConfiguration : IEntityTypeConfiguration<ConcernEvidenceContent>
{
    public void Configure(EntityTypeBuilder<ConcernEvidenceContent> builder)
    {
        builder.ToTable("concern_evidence");
        builder.HasKey(c => c.Id);
        builder.Property(c => c.Ciphertext).HasColumnName("Content");
    }
}

internal sealed class ConcernAuditEntryConfiguration : IEntityTypeConfiguration<ConcernAuditEntry>
{
    public void Configure(EntityTypeBuilder<ConcernAuditEntry> builder)
    {
        builder.ToTable("concern_audit");
        builder.HasKey(a => a.Sequence);
        // The sequence comes from the audit counter inside the appending transaction, never from the database.
        builder.Property(a => a.Sequence).ValueGeneratedNever();
        builder.Property(a => a.ActorAadObjectId).HasMaxLength(64);
        builder.Property(a => a.Action).HasMaxLength(16);
        builder.Property(a => a.ConcernReference).HasMaxLength(16);
        builder.Property(a => a.Details).HasMaxLength(1024);
        builder.Property(a => a.PreviousHash).HasMaxLength(64);
        builder.Property(a => a.Hash).HasMaxLength(64);
        builder.Property(a => a.KeyId).HasMaxLength(32);
        builder.HasIndex(a => a.ConcernReference);
    }
}

internal sealed class ConcernSequenceConfiguration : IEntityTypeConfiguration<ConcernSequence>
{
    public void Configure(EntityTypeBuilder<ConcernSequence> builder)
    {
        builder.ToTable(ConcernSequences.Table);
        builder.HasKey(s => s.Name);
        builder.Property(s => s.Name).HasColumnName(ConcernSequences.NameColumn).HasMaxLength(32);
        builder.Property(s => s.LastValue).HasColumnName(ConcernSequences.ValueColumn);
    }
}

internal sealed class ConcernFormTokenConfiguration : IEntityTypeConfiguration<ConcernFormToken>
{
    public void Configure(EntityTypeBuilder<ConcernFormToken> builder)
    {
        builder.ToTable("concern_form_tokens");
        builder.HasKey(t => t.Token);
        builder.Property(t => t.Token).HasMaxLength(64);
        builder.Property(t => t.ReporterAadObjectId).HasMaxLength(64);
    }
}

internal sealed class ConcernEvidenceSessionConfiguration : IEntityTypeConfiguration<ConcernEvidenceSession>
{
    public void Configure(EntityTypeBuilder<ConcernEvidenceSession> builder)
    {
        builder.ToTable("concern_evidence_sessions");
        builder.HasKey(s => s.ReporterAadObjectId);
        builder.Property(s => s.ReporterAadObjectId).HasMaxLength(64);
    }
}
