using System.Text.Json;
using System.Text.RegularExpressions;

namespace CadoxtonPolicyBot.Tests.Ship;

public sealed partial class DeploymentGuideTests
{
    private static readonly string GuidePath = RepositoryPaths.Combine("deploy", "README.md");

    [Fact]
    public void Every_setting_in_the_guides_settings_table_exists_in_appsettings_sample()
    {
        var sample = AppSettingsSample.Load();

        var settings = SettingsTable().Select(row => row.Setting).ToList();

        Assert.NotEmpty(settings);
        var missing = settings.Where(s => !sample.Contains(s)).ToList();
        Assert.True(missing.Count == 0, $"Named in deploy/README.md but not in appsettings.sample.json: {string.Join(", ", missing)}");
    }

    [Fact]
    public void App_service_names_in_the_settings_table_are_the_settings_with_double_underscores()
    {
        Assert.All(SettingsTable(), row =>
        {
            if (row.AppServiceName is null)
            {
                return;
            }

            Assert.Equal(row.Setting, AppSettingsSample.FromEnvironmentName(row.AppServiceName));
        });
    }

    [Fact]
    public void Every_app_setting_the_deployment_writes_is_in_the_guides_settings_table()
    {
        var documented = SettingsTable().Select(row => row.Setting).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var bicep = File.ReadAllText(RepositoryPaths.Combine("deploy", "main.bicep"));

        var written = BicepAppSettingName().Matches(bicep)
            .Select(m => m.Groups["name"].Value + m.Groups["key"].Value)
            .Where(name => !AppSettingsSample.IsReadByAppServiceItself(name))
            .Select(AppSettingsSample.FromEnvironmentName)
            .Distinct()
            .ToList();

        Assert.Contains("ConnectionStrings:Bot", written);
        Assert.Contains("Roles:ConcernHandlers:AadObjectId", written);
        var undocumented = written.Where(w => !documented.Contains(w)).ToList();
        Assert.True(undocumented.Count == 0, $"Set by deploy/main.bicep but not in the guide's table: {string.Join(", ", undocumented)}");
    }

    [Fact]
    public void Every_repository_file_the_guide_names_exists()
    {
        var named = RepositoryPath().Matches(File.ReadAllText(GuidePath))
            .Select(m => m.Value)
            // Files the reader creates by following the guide.
            .Where(p => !p.EndsWith(".local.bicepparam", StringComparison.Ordinal) && !p.StartsWith("manifest/build/", StringComparison.Ordinal))
            .Distinct()
            .ToList();

        Assert.Contains("deploy/scripts/create-app-registration.sh", named);
        var missing = named.Where(p => !File.Exists(RepositoryPaths.Combine(p)) && !Directory.Exists(RepositoryPaths.Combine(p))).ToList();
        Assert.True(missing.Count == 0, $"deploy/README.md names files that do not exist: {string.Join(", ", missing)}");
    }

    [Fact]
    public async Task Every_script_the_guide_runs_is_executable_and_valid_bash()
    {
        var scripts = RepositoryPath().Matches(File.ReadAllText(GuidePath))
            .Select(m => m.Value)
            .Where(p => p.EndsWith(".sh", StringComparison.Ordinal))
            .Distinct()
            .ToList();

        Assert.NotEmpty(scripts);
        foreach (var script in scripts)
        {
            var path = RepositoryPaths.Combine(script);
            // The guide runs scripts by path, so git must keep their executable bit (checked where the file system has one).
            if (!OperatingSystem.IsWindows())
            {
                Assert.True(File.GetUnixFileMode(path).HasFlag(UnixFileMode.UserExecute), $"{script} is not executable");
            }

            var syntax = await ExternalTool.RunAsync("bash", ["-n", path], RepositoryPaths.Root);
            Assert.True(syntax.ExitCode == 0, $"{script}: {syntax}");
        }
    }

    [Fact]
    public void Guide_explains_every_graph_permission_the_app_registration_requests()
    {
        var script = File.ReadAllText(RepositoryPaths.Combine("deploy", "scripts", "create-app-registration.sh"));
        var requested = GraphPermissionInScript().Matches(script).Select(m => m.Groups["permission"].Value).ToList();
        var explained = PermissionsTable();

        Assert.NotEmpty(requested);
        Assert.Equal(requested.Order(StringComparer.Ordinal), explained.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Guide_claims_no_resource_specific_permission_the_package_does_not_ask_for()
    {
        using var manifest = JsonDocument.Parse(File.ReadAllText(RepositoryPaths.Combine("manifest", "manifest.json")));
        var guide = File.ReadAllText(GuidePath);

        Assert.False(manifest.RootElement.TryGetProperty("authorization", out _));
        Assert.DoesNotContain("TeamMember.Read.Group", guide, StringComparison.Ordinal);
        Assert.DoesNotContain("ChatMember.Read.Chat", guide, StringComparison.Ordinal);
        Assert.DoesNotContain("api://botid-", guide, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_deployment_in_the_guide_goes_through_what_if_first()
    {
        var guide = File.ReadAllText(GuidePath);

        // Either through deploy/scripts/deploy.sh (what-if, confirm, create) or a what-if written just before.
        foreach (Match create in Regex.Matches(guide, "az deployment group create"))
        {
            var before = guide[..create.Index];
            var lastBlock = before[before.LastIndexOf("```", StringComparison.Ordinal)..];
            Assert.Contains("az deployment group what-if", lastBlock, StringComparison.Ordinal);
        }

        Assert.Contains("deploy/scripts/deploy.sh", guide, StringComparison.Ordinal);
        var redeploys = Regex.Matches(guide, @"deploy again", RegexOptions.IgnoreCase);
        Assert.NotEmpty(redeploys);
        Assert.All(redeploys, m => Assert.Contains("Redeploying", guide.Substring(m.Index, Math.Min(120, guide.Length - m.Index)), StringComparison.Ordinal));
    }

    private sealed record SettingsRow(string Setting, string? AppServiceName);

    /// <summary>The rows of the table under "## Settings": the first column's name and the second's, if named.</summary>
    private static List<SettingsRow> SettingsTable() =>
        TableRows("## Settings").Select(cells => new SettingsRow(
            BacktickedText().Match(cells[0]).Groups["text"].Value,
            BacktickedText().Match(cells[1]) is { Success: true } m ? m.Groups["text"].Value : null)).ToList();

    private static List<string> PermissionsTable() =>
        TableRows("## 3. ").Select(cells => BacktickedText().Match(cells[0]).Groups["text"].Value).ToList();

    /// <summary>Data rows of the first table in the section whose heading starts with the given text.</summary>
    private static List<string[]> TableRows(string headingPrefix)
    {
        var lines = File.ReadAllLines(GuidePath);
        var start = Array.FindIndex(lines, l => l.StartsWith(headingPrefix, StringComparison.Ordinal));
        Assert.True(start >= 0, $"deploy/README.md has no section '{headingPrefix}'");
        return lines.Skip(start + 1)
            .TakeWhile(l => !l.StartsWith("## ", StringComparison.Ordinal))
            .SkipWhile(l => !l.StartsWith('|'))
            .TakeWhile(l => l.StartsWith('|'))
            .Skip(2) // header and separator
            .Select(l => l.Trim('|').Split('|').Select(c => c.Trim()).ToArray())
            .ToList();
    }

    [GeneratedRegex("`(?<text>[^`]+)`")]
    private static partial Regex BacktickedText();

    [GeneratedRegex(@"(?<![\w/.$-])(?:deploy|manifest|tests|bot)/[A-Za-z0-9_./-]*[A-Za-z0-9_]")]
    private static partial Regex RepositoryPath();

    // App settings in main.bicep: { name: 'Section__Key', ... }, including indexed list entries ('Roles__X__${i}') and
    // keys of listed objects ('Roles__X__${i}__Key').
    [GeneratedRegex(@"name: '(?<name>(?:[A-Za-z]+__[A-Za-z]+|Microsoft[A-Za-z]+|[A-Z]+(?:_[A-Z]+)+))(?:__\$\{i\}(?<key>__[A-Za-z]+)?)?'")]
    private static partial Regex BicepAppSettingName();

    [GeneratedRegex(@"^\s+""(?<permission>[A-Za-z]+(?:\.[A-Za-z]+)+)""\s*$", RegexOptions.Multiline)]
    private static partial Regex GraphPermissionInScript();
}
