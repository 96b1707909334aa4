using System.Globalization;
using System.Text;

namespace CadoxtonPolicyBot.Tests.EndToEnd;

/// <summary>
/// The Agents Playground config for one member of staff at the keyboard (PLAYGROUND.md §3): Teams-shaped ids, the
/// same six people in every Playground (exactly five besides the current user), each with their own personal chat.
/// </summary>
public static class PlaygroundConfig
{
    public const string TenantId = "6a1b2c3d-0000-4000-8000-000000000001";
    public const string BotId = "28:7f1e2d3c-0000-4000-8000-000000000011";

    public static readonly IReadOnlyList<PlaygroundUser> People =
    [
        new("alex", "Alex", "Wilber", PlaygroundRig.AlexAadObjectId),
        new("megan", "Megan", "Bowen", PlaygroundRig.MeganAadObjectId),
        new("adele", "Adele", "Vance", "3c4d5e6f-0000-4000-8000-000000000022"),
        new("isaiah", "Isaiah", "Langer", PlaygroundRig.IsaiahAadObjectId),
        new("patti", "Patti", "Fernandez", "3c4d5e6f-0000-4000-8000-000000000024"),
        new("lynne", "Lynne", "Robbins", "3c4d5e6f-0000-4000-8000-000000000025"),
    ];

    /// <summary>Writes the config for <paramref name="aadObjectId"/> to a temporary file; returns its path.</summary>
    public static string WriteFor(string aadObjectId)
    {
        var current = People.Single(p => p.AadObjectId == aadObjectId);
        var yaml = new StringBuilder();
        yaml.AppendLine("version: \"0.1.1\"");
        yaml.AppendLine(CultureInfo.InvariantCulture, $"tenantId: {TenantId}");
        yaml.AppendLine(CultureInfo.InvariantCulture, $"bot: {{ id: \"{BotId}\", name: Cadoxton Policy Bot }}");
        yaml.AppendLine(CultureInfo.InvariantCulture, $"currentUser: {current.Yaml}");
        yaml.AppendLine("users:");
        foreach (var other in People.Where(p => p != current))
        {
            yaml.AppendLine(CultureInfo.InvariantCulture, $"  - {other.Yaml}");
        }

        yaml.AppendLine(CultureInfo.InvariantCulture, $"personalChat: {{ id: \"{current.PersonalChatId}\" }}");
        yaml.AppendLine("groupChat: { id: \"19:groupchat-1@thread.v2\", name: Year 6 Team }");
        yaml.AppendLine("team:");
        yaml.AppendLine("  id: \"19:general-staff@thread.tacv2\"");
        yaml.AppendLine("  name: Staff");
        yaml.AppendLine("  aadGroupId: 5e6f7a8b-0000-4000-8000-000000000031");
        yaml.AppendLine("  channels: [ { id: \"19:policies@thread.tacv2\", name: Policies } ]");
        var path = Path.Combine(Path.GetTempPath(), $"cpb-playground-{current.Key}-{Guid.NewGuid():N}.yml");
        File.WriteAllText(path, yaml.ToString());
        return path;
    }
}

/// <summary>A member of staff as the Playground knows them.</summary>
public sealed record PlaygroundUser(string Key, string GivenName, string Surname, string AadObjectId)
{
    public string TeamsId => "29:1" + Key;

    public string Name => $"{GivenName} {Surname}";

    public string PersonalChatId => "a:1personal-chat-" + Key;

    public string Email => $"{Key}@cadoxton.example";

    public string Yaml =>
        $"{{ id: \"{TeamsId}\", name: {Name}, userPrincipleName: {Email}, aadObjectId: {AadObjectId}, givenName: {GivenName}, surname: {Surname}, email: {Email} }}";
}
