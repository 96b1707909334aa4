namespace CadoxtonPolicyBot.Features.Concerns;

/// <summary>
/// What the audit trail says exists (concerns, evidence files, notes, statuses, purges), gathered while the chain is
/// walked, and compared with the rows. A row with no entry was added directly; an entry with no row was deleted.
/// </summary>
internal sealed class AuditLedger(string? onlyReference, bool everything)
{
    private readonly HashSet<string> _created = new(StringComparer.Ordinal);
    private readonly HashSet<string> _purged = new(StringComparer.Ordinal);
    private readonly Dictionary<Guid, (string Reference, string? Sha256)> _evidence = [];
    private readonly Dictionary<Guid, string> _notes = [];
    private readonly Dictionary<string, (string Status, string? Outcome)> _status = new(StringComparer.Ordinal);

    public void Record(ConcernAuditEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        if (entry.ConcernReference is not { } reference || !InScope(reference))
        {
            return;
        }

        var fields = Fields(entry.Details);
        switch (entry.Action)
        {
            case AuditActions.Create:
                _created.Add(reference);
                break;
            case AuditActions.Purged:
                _purged.Add(reference);
                break;
            case AuditActions.Evidence when Id(fields, "evidence") is { } evidence:
                _evidence[evidence] = (reference, fields.GetValueOrDefault("sha256"));
                break;
            case AuditActions.Note when Id(fields, "note") is { } note:
                _notes[note] = reference;
                break;
            case AuditActions.Status when fields.TryGetValue("to", out var to):
                _status[reference] = (to, fields.GetValueOrDefault("outcome"));
                break;
        }
    }

    /// <summary>Every disagreement between the trail and <paramref name="concerns"/> (the rows in scope, with notes and evidence).</summary>
    public List<string> Compare(IReadOnlyList<Concern> concerns)
    {
        ArgumentNullException.ThrowIfNull(concerns);
        var problems = new List<string>();
        var evidenceRows = new Dictionary<Guid, string>();
        var noteRows = new Dictionary<Guid, string>();
        foreach (var concern in concerns)
        {
            var reference = concern.Reference;
            if (!_created.Contains(reference))
            {
                problems.Add($"{reference} has no \"create\" entry in the audit trail: it was put into the database directly.");
            }

            if (_purged.Contains(reference))
            {
                problems.Add($"{reference} was purged according to the audit trail, yet its record is in the database.");
            }

            var (status, outcome) = _status.GetValueOrDefault(reference, (ConcernStatus.Received, null));
            if (concern.Status != status || (status == ConcernStatus.Closed && concern.Outcome != outcome))
            {
                problems.Add($"{reference} is \"{concern.Status}\" in the database but \"{status}\" in the audit trail: its status was changed directly.");
            }

            foreach (var file in concern.Evidence)
            {
                evidenceRows[file.Id] = reference;
                if (!_evidence.TryGetValue(file.Id, out var audited) || audited.Reference != reference || (audited.Sha256 is not null && audited.Sha256 != file.Sha256))
                {
                    problems.Add($"Evidence file {file.Id:N} of {reference} does not match any \"evidence\" entry in the audit trail: it was put into the database directly.");
                }
            }

            foreach (var note in concern.Notes)
            {
                noteRows[note.Id] = reference;
                if (!_notes.TryGetValue(note.Id, out var audited) || audited != reference)
                {
                    problems.Add($"Note {note.Id:N} of {reference} has no \"note\" entry in the audit trail: it was put into the database directly.");
                }
            }
        }

        var present = concerns.Select(c => c.Reference).ToHashSet(StringComparer.Ordinal);
        foreach (var reference in _created.Where(r => !present.Contains(r) && !_purged.Contains(r)).Order(StringComparer.Ordinal))
        {
            problems.Add($"{reference} is in the audit trail but its record has gone from the database without a purge.");
        }

        foreach (var (id, (reference, _)) in _evidence.Where(e => present.Contains(e.Value.Reference)))
        {
            problems.AddRange(Missing("Evidence file", id, reference, evidenceRows));
        }

        foreach (var (id, reference) in _notes.Where(n => present.Contains(n.Value)))
        {
            problems.AddRange(Missing("Note", id, reference, noteRows));
        }

        return problems;
    }

    private static IEnumerable<string> Missing(string what, Guid id, string reference, Dictionary<Guid, string> rows)
    {
        if (!rows.TryGetValue(id, out var holder))
        {
            yield return $"{what} {id:N} of {reference} is in the audit trail but its row has been deleted.";
        }
        else if (holder != reference)
        {
            yield return $"{what} {id:N} of {reference} is in the audit trail but its row now belongs to {holder}.";
        }
    }

    private bool InScope(string reference) => everything || string.Equals(reference, onlyReference, StringComparison.Ordinal);

    private static Dictionary<string, string> Fields(string details)
    {
        var fields = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var part in details.Split(';', StringSplitOptions.RemoveEmptyEntries))
        {
            var equals = part.IndexOf('=', StringComparison.Ordinal);
            if (equals > 0)
            {
                fields[part[..equals]] = part[(equals + 1)..];
            }
        }

        return fields;
    }

    private static Guid? Id(Dictionary<string, string> fields, string name) =>
        fields.TryGetValue(name, out var value) && Guid.TryParseExact(value, "N", out var id) ? id : null;
}
