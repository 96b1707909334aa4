namespace CadoxtonPolicyBot.Features.Acknowledgements;

/// <summary>Who a round is for, as the head teacher typed it: an Entra group id, or "team:" and a Teams team id.</summary>
public sealed record AudienceSpec(AudienceKind Kind, string Id)
{
    public const string TeamPrefix = "team:";
    public const string GroupPrefix = "group:";

    public override string ToString() => (Kind == AudienceKind.Team ? TeamPrefix : GroupPrefix) + Id;

    public static bool TryParse(string? text, out AudienceSpec spec)
    {
        spec = new AudienceSpec(AudienceKind.Group, string.Empty);
        var value = text?.Trim() ?? string.Empty;
        if (value.StartsWith(TeamPrefix, StringComparison.OrdinalIgnoreCase))
        {
            var id = value[TeamPrefix.Length..].Trim();
            spec = new AudienceSpec(AudienceKind.Team, id);
            return id.Length > 0 && id.Length <= 250;
        }

        if (value.StartsWith(GroupPrefix, StringComparison.OrdinalIgnoreCase))
        {
            value = value[GroupPrefix.Length..].Trim();
        }

        // Graph group ids are GUIDs; anything else would only ever produce a confusing 400 from Graph.
        if (Guid.TryParse(value, out var group))
        {
            spec = new AudienceSpec(AudienceKind.Group, group.ToString("D"));
            return true;
        }

        return false;
    }
}

public enum AudienceKind
{
    Group,
    Team,
}
