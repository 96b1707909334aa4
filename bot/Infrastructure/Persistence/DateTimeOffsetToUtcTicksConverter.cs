using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace CadoxtonPolicyBot.Infrastructure.Persistence;

/// <summary>Stores a DateTimeOffset as UTC ticks (sortable, comparable in SQLite); reads it back as UTC.</summary>
internal sealed class DateTimeOffsetToUtcTicksConverter() : ValueConverter<DateTimeOffset, long>(
    value => value.UtcTicks,
    ticks => new DateTimeOffset(ticks, TimeSpan.Zero));

/// <summary>Normalises a DateTimeOffset to offset zero before PostgreSQL stores it as timestamptz.</summary>
internal sealed class DateTimeOffsetToUtcConverter() : ValueConverter<DateTimeOffset, DateTimeOffset>(
    value => value.ToUniversalTime(),
    value => value.ToUniversalTime());
