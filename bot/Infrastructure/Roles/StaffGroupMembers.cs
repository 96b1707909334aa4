using System.Collections.Immutable;

namespace CadoxtonPolicyBot.Infrastructure.Roles;

/// <summary>
/// The last known members of the staff group, replaced whole on each read so readers never see half a list. Empty
/// until the first read from Graph or from the database; then the members stay whatever Graph does.
/// </summary>
public sealed class StaffGroupMembers
{
    private volatile Snapshot _current = new(null, [], null, StaffListSource.None);

    public string? GroupId => _current.GroupId;

    public ImmutableHashSet<string> Members => _current.Members;

    /// <summary>When the list was last read from Microsoft Graph (also for a list loaded from the database).</summary>
    public DateTimeOffset? ReadAt => _current.ReadAt;

    public StaffListSource Source => _current.Source;

    public void Replace(string groupId, IEnumerable<string> members, DateTimeOffset readAt, StaffListSource source) =>
        _current = new Snapshot(groupId, members.Select(m => m.ToLowerInvariant()).ToImmutableHashSet(StringComparer.OrdinalIgnoreCase), readAt, source);

    private sealed record Snapshot(string? GroupId, ImmutableHashSet<string> Members, DateTimeOffset? ReadAt, StaffListSource Source);
}

/// <summary>Where the staff list being served came from.</summary>
public enum StaffListSource
{
    /// <summary>Nothing read yet: only head teachers and concern handlers are staff.</summary>
    None,

    /// <summary>Microsoft Graph, this run.</summary>
    Graph,

    /// <summary>The copy kept in the database at the last successful read (Graph unreachable since start).</summary>
    Database,
}
