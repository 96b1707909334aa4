namespace CadoxtonPolicyBot.Features.Acknowledgements;

/// <summary>Sends each audience to the directory that can read it.</summary>
public sealed class AudienceDirectory(GraphGroupDirectory groups, TeamRosterDirectory teams) : IAudienceDirectory
{
    public Task<AudienceResolution> ResolveAsync(AudienceSpec audience, Uri serviceUrl, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(audience);
        return audience.Kind == AudienceKind.Team
            ? teams.ResolveAsync(audience.Id, serviceUrl, cancellationToken)
            : groups.ResolveAsync(audience.Id, cancellationToken);
    }
}
