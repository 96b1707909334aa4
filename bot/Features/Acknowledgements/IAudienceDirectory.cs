namespace CadoxtonPolicyBot.Features.Acknowledgements;

/// <summary>One person a round goes to.</summary>
/// <param name="TeamsUserId">The 29: id when known (a Teams roster gives it); Graph does not.</param>
public sealed record AudienceMember(string AadObjectId, string? Name, string? UserPrincipalName, string? TeamsUserId = null);

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

/// <summary>The people in an audience, or why they could not be read.</summary>
public sealed record AudienceResolution(IReadOnlyList<AudienceMember> Members, string? Error)
{
    public static AudienceResolution Of(IReadOnlyList<AudienceMember> members) => new(members, null);

    public static AudienceResolution Failed(string error) => new([], error);
}

/// <summary>Reads the members of an audience: an Entra group through Graph, a team through the Bot Connector roster.</summary>
public interface IAudienceDirectory
{
    /// <param name="serviceUrl">The Bot Connector base for team rosters (the launching turn's, stored on the round).</param>
    Task<AudienceResolution> ResolveAsync(AudienceSpec audience, Uri serviceUrl, CancellationToken cancellationToken);
}
