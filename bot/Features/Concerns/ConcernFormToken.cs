using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CadoxtonPolicyBot.Features.Concerns;

/// <summary>A one-time token carried by one form card: a second submit of the same card records nothing.</summary>
internal sealed class ConcernFormToken
{
    public required string Token { get; set; }
    public required string ReporterAadObjectId { get; set; }
    public DateTimeOffset IssuedAt { get; set; }
    public DateTimeOffset? UsedAt { get; set; }
    public Guid? ConcernId { get; set; }
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
