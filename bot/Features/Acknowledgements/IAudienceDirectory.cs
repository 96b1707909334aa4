namespace CadoxtonPolicyBot.Features.Acknowledgements;

/// <summary>One person a round goes to.</summary>
/// <param name="TeamsUserId">The 29: id when known (a Teams roster gives it); Graph does not.</param>
public sealed record AudienceMember(string AadObjectId, string? Name, string? UserPrincipalName, string? TeamsUserId = null);

/// <summary>The people in an audience, or why they could not be read.</summary>
public sealed record AudienceResolution(IReadOnlyList<AudienceMember> Members, string? Error)
{
    /// <summary>The audience's name as people know it ("Staff", "All Staff"); null when it could not be found.</summary>
    public string? Name { get; init; }

    public static AudienceResolution Of(IReadOnlyList<AudienceMember> members, string? name = null) => new(members, null) { Name = name };

    public static AudienceResolution Failed(string error) => new([], error);
}

/// <summary>Reads the members of an audience: an Entra group through Graph, a team through the Bot Connector roster.</summary>
public interface IAudienceDirectory
{
    /// <param name="serviceUrl">The Bot Connector base for team rosters (the launching turn's, stored on the round).</param>
    Task<AudienceResolution> ResolveAsync(AudienceSpec audience, Uri serviceUrl, CancellationToken cancellationToken);
}
