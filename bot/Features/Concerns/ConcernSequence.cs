using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CadoxtonPolicyBot.Features.Concerns;

/// <summary>A named counter (the audit sequence; once, the year's reference numbers), advanced inside the caller's transaction.</summary>
internal sealed class ConcernSequence
{
    public required string Name { get; set; }
    public long LastValue { get; set; }
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
