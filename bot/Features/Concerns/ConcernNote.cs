using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CadoxtonPolicyBot.Features.Concerns;

/// <summary>A handler's private note: never shown to the reporter.</summary>
internal sealed class ConcernNote
{
    public Guid Id { get; set; }
    public Guid ConcernId { get; set; }
    public required string AuthorAadObjectId { get; set; }

    /// <summary>The author's display name as Teams gave it when the note was written (encrypted); null on notes written before names were kept.</summary>
    public byte[]? AuthorName { get; set; }

    public DateTimeOffset CreatedAt { get; set; }
    public required byte[] Text { get; set; }
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
