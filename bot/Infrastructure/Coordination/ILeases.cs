namespace CadoxtonPolicyBot.Infrastructure.Coordination;

/// <summary>
/// Database leases shared by every instance of the bot on one database (App Service overlaps the old and the new
/// instance during a deployment, and may scale out): scheduled work that must happen once runs only in the holder.
/// </summary>
public interface ILeases
{
    /// <summary>This instance's name as a lease holder.</summary>
    string Holder { get; }

    /// <summary>
    /// Takes the lease if it is free or has expired, or renews it if this instance holds it, until now + <paramref name="ttl"/>.
    /// False when another instance holds it.
    /// </summary>
    Task<bool> TryHoldAsync(string name, TimeSpan ttl, CancellationToken cancellationToken);

    /// <summary>Gives the lease up (at a graceful stop), so another instance can take it at once rather than at expiry.</summary>
    Task ReleaseAsync(string name, CancellationToken cancellationToken);
}
