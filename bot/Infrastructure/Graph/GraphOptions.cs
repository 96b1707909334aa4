namespace CadoxtonPolicyBot.Infrastructure.Graph;

/// <summary>
/// Microsoft Graph (section "Graph"). The bot calls Graph as its own app registration, with the same credential it
/// uses for Teams: the *Self* installation permission and the team roster permission only apply to the app named
/// in the manifest's webApplicationInfo, which is that registration.
/// </summary>
public sealed class GraphOptions
{
    public const string SectionName = "Graph";

    /// <summary>Graph's base address (national clouds differ).</summary>
    public Uri BaseUrl { get; set; } = new("https://graph.microsoft.com/v1.0");

    /// <summary>The app's id in the organisation's Teams app catalog (not the manifest id): needed to install it for staff.</summary>
    public string? TeamsAppCatalogId { get; set; }
}
