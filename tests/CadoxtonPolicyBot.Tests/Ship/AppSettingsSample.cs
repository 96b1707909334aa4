using System.Text.Json;

namespace CadoxtonPolicyBot.Tests.Ship;

/// <summary>The key paths (Section:Key; list items under the list's own path, indexes dropped) of the repository's appsettings.sample.json.</summary>
internal sealed class AppSettingsSample
{
    private readonly HashSet<string> _paths;

    private AppSettingsSample(HashSet<string> paths) => _paths = paths;

    public static AppSettingsSample Load()
    {
        // .NET's JSON configuration provider accepts comments and trailing commas; so does this reader.
        var options = new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true };
        using var document = JsonDocument.Parse(File.ReadAllText(RepositoryPaths.Combine("appsettings.sample.json")), options);
        var paths = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        Collect(document.RootElement, prefix: null, paths);
        return new AppSettingsSample(paths);
    }

    /// <summary>Configuration keys are case-insensitive, as in .NET configuration.</summary>
    public bool Contains(string path) => _paths.Contains(path);

    /// <summary>
    /// App settings that App Service reads for itself, not the bot: WEBSITES_PORT (the container's port) and
    /// WEBSITE_LOAD_CERTIFICATES (which certificates to put in /var/ssl/private).
    /// </summary>
    public static bool IsReadByAppServiceItself(string name) => name is "WEBSITES_PORT" or "WEBSITE_LOAD_CERTIFICATES";

    /// <summary>An environment variable or App Service setting name as a configuration path; list indexes dropped.</summary>
    public static string FromEnvironmentName(string name) =>
        string.Join(':', name.Split("__").Where(part => !part.All(char.IsAsciiDigit)));

    private static void Collect(JsonElement element, string? prefix, HashSet<string> paths)
    {
        if (element.ValueKind == JsonValueKind.Array)
        {
            // A list's items share the list's path (indexes are dropped), so the keys of a list of objects are
            // Section:List:Key, as FromEnvironmentName gives for Section__List__0__Key.
            foreach (var item in element.EnumerateArray())
            {
                Collect(item, prefix, paths);
            }

            return;
        }

        if (element.ValueKind != JsonValueKind.Object)
        {
            return;
        }

        foreach (var property in element.EnumerateObject())
        {
            var path = prefix is null ? property.Name : $"{prefix}:{property.Name}";
            paths.Add(path);
            Collect(property.Value, path, paths);
        }
    }
}
