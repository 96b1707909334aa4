using System.Globalization;
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
        // The list create-app-registration.sh requests, grant-admin-consent.sh grants and check-bot-credential.sh checks.
        var script = File.ReadAllText(RepositoryPaths.Combine("deploy", "scripts", "graph-permissions.sh"));
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

    [Fact]
    public void The_hwb_requests_start_with_the_subscription_and_come_in_the_order_of_the_steps_that_need_them()
    {
        // A contractor who must ask Hwb / the local authority for every permission sends these top to bottom: each
        // names the step it must be answered before, and the subscription (where the managed identity lives, which must
        // be the app registration's tenant) comes first.
        var section = Section("## A school on Hwb");
        var requests = HwbRequest().Matches(section).Select(m => (Number: int.Parse(m.Groups["number"].Value, CultureInfo.InvariantCulture), Step: int.Parse(m.Groups["step"].Value, CultureInfo.InvariantCulture), Text: m.Groups["text"].Value)).ToList();

        Assert.Equal([0, 1, 2, 3, 4], requests.Select(r => r.Number));
        Assert.Equal(requests.Select(r => r.Step).Order(), requests.Select(r => r.Step));
        Assert.Equal(1, requests[0].Step);
        Assert.Contains("Owner of that subscription", requests[0].Text, StringComparison.Ordinal);
        Assert.Contains("Owner of that registration", requests[1].Text, StringComparison.Ordinal);
        Assert.All(
            File.ReadAllLines(RepositoryPaths.Combine("deploy", "scripts", "graph-permissions.sh")).Select(l => GraphPermissionInScript().Match(l + "\n")).Where(m => m.Success),
            m => Assert.Contains(m.Groups["permission"].Value, requests[2].Text, StringComparison.Ordinal));
    }

    [Fact]
    public void Every_step_in_the_who_does_what_table_is_a_section_of_the_guide()
    {
        var guide = File.ReadAllText(GuidePath);
        var steps = TableRows("## Who does what").SelectMany(cells => cells[0].Split(',', StringSplitOptions.TrimEntries)).Select(int.Parse).ToList();

        Assert.Equal(Enumerable.Range(1, 12), steps);
        Assert.All(steps, step => Assert.Contains($"\n## {step}. ", guide, StringComparison.Ordinal));
    }

    [Fact]
    public void Every_script_the_guide_runs_is_given_the_arguments_it_takes()
    {
        var invocations = ScriptInvocations().ToList();

        Assert.Contains(invocations, i => i.Script == "deploy/scripts/grant-database-access.sh");
        Assert.All(invocations, invocation =>
        {
            var (minimum, maximum) = ArgumentRange(invocation.Script);
            Assert.True(
                invocation.Arguments.Count >= minimum && invocation.Arguments.Count <= maximum,
                $"deploy/README.md runs `{invocation.Script} {string.Join(' ', invocation.Arguments)}`: {invocation.Arguments.Count} argument(s), but the script takes {minimum} to {maximum}.");
        });
    }

    private sealed record Invocation(string Script, List<string> Arguments);

    /// <summary>Each run of a repository script in the guide: in code blocks, and in inline code that passes arguments.</summary>
    private static IEnumerable<Invocation> ScriptInvocations()
    {
        var lines = File.ReadAllLines(GuidePath);
        var inBlock = false;
        for (var i = 0; i < lines.Length; i++)
        {
            if (lines[i].StartsWith("```", StringComparison.Ordinal))
            {
                inBlock = !inBlock;
                continue;
            }

            if (inBlock)
            {
                var line = lines[i];
                while (line.EndsWith('\\') && i + 1 < lines.Length)
                {
                    line = line[..^1] + " " + lines[++i].Trim();
                }

                var match = ScriptCall().Match(line);
                if (match.Success)
                {
                    var rest = line[(match.Index + match.Length)..];
                    if (line[..match.Index].Contains("$(", StringComparison.Ordinal))
                    {
                        rest = rest[..rest.LastIndexOf(')')];
                    }

                    yield return new Invocation(match.Value, Words(rest));
                }

                continue;
            }

            foreach (Match code in InlineCode().Matches(lines[i]))
            {
                var match = ScriptCall().Match(code.Groups["code"].Value);
                if (match.Success && match.Index == 0)
                {
                    var arguments = Words(code.Groups["code"].Value[match.Length..]);
                    if (arguments.Count > 0)
                    {
                        yield return new Invocation(match.Value, arguments);
                    }
                }
            }
        }
    }

    /// <summary>Shell words, with single and double quotes kept together (no expansion needed to count them).</summary>
    private static List<string> Words(string text)
    {
        var words = new List<string>();
        var current = new System.Text.StringBuilder();
        char? quote = null;
        var inWord = false;
        foreach (var c in text)
        {
            if (quote is not null)
            {
                if (c == quote)
                {
                    quote = null;
                }
                else
                {
                    current.Append(c);
                }
            }
            else if (c is '"' or '\'')
            {
                quote = c;
                inWord = true;
            }
            else if (char.IsWhiteSpace(c))
            {
                if (inWord)
                {
                    words.Add(current.ToString());
                    current.Clear();
                    inWord = false;
                }
            }
            else
            {
                current.Append(c);
                inWord = true;
            }
        }

        if (inWord)
        {
            words.Add(current.ToString());
        }

        return words;
    }

    /// <summary>How many arguments a script takes, from the usage line in its header: bracketed words are optional.</summary>
    private static (int Minimum, int Maximum) ArgumentRange(string script)
    {
        var header = File.ReadAllLines(RepositoryPaths.Combine(script.Split('/'))).Select(l => UsageLine().Match(l)).First(m => m.Success && m.Groups["script"].Value == script);
        var usage = header.Groups["arguments"].Value;
        var optional = Regex.Matches(usage, @"\[([^\]]*)\]").Sum(m => m.Groups[1].Value.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length);
        var required = Regex.Replace(usage, @"\[[^\]]*\]", " ").Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;
        return (required, required + optional);
    }

    private static string Section(string heading)
    {
        var guide = File.ReadAllText(GuidePath);
        var start = guide.IndexOf("\n" + heading, StringComparison.Ordinal);
        Assert.True(start >= 0, $"deploy/README.md has no section '{heading}'");
        var end = guide.IndexOf("\n## ", start + heading.Length + 1, StringComparison.Ordinal);
        return guide[start..(end < 0 ? guide.Length : end)];
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

    [GeneratedRegex(@"^(?<number>\d+)\. \*\*(?:Before|At) step (?<step>\d+)(?<text>.*?)(?=^\d+\. \*\*|^\*\*If|\z)", RegexOptions.Multiline | RegexOptions.Singleline)]
    private static partial Regex HwbRequest();

    [GeneratedRegex(@"(?:deploy|manifest)/(?:scripts/)?[a-z-]+\.sh")]
    private static partial Regex ScriptCall();

    [GeneratedRegex("`(?<code>[^`]+)`")]
    private static partial Regex InlineCode();

    [GeneratedRegex(@"^#\s+(?<script>(?:deploy|manifest)/(?:scripts/)?[a-z-]+\.sh)(?<arguments>.*)$")]
    private static partial Regex UsageLine();
}
