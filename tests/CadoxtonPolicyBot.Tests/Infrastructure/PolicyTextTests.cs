using System.Text;
using CadoxtonPolicyBot.Infrastructure.PolicyText;
using CadoxtonPolicyBot.Policy;
using CadoxtonPolicyBot.Tests.Ship;

namespace CadoxtonPolicyBot.Tests.Infrastructure;

/// <summary>Which policy text the bot starts with (Policy:File, Policy:AdoptedOn), and how it refuses one it cannot use.</summary>
public sealed class PolicyTextTests
{
    private static readonly string Embedded = Encoding.UTF8.GetString(PolicyDocument.EmbeddedText());

    [Fact]
    public async Task A_revision_that_drops_a_quoted_sentence_stops_the_bot_at_start_up_with_one_message_and_no_stack_trace()
    {
        using var folder = new TemporaryDirectory("cadoxton-policy-");
        var path = Path.Combine(folder.Path, "policy-2027.txt");
        await File.WriteAllTextAsync(path, Embedded.Replace("are a useful way of interacting socially with colleagues and friends", "are popular", StringComparison.Ordinal));

        // The real app, as App Service starts it: its own process, settings from the environment.
        var result = await ExternalTool.RunAsync("dotnet", [Path.Combine(AppContext.BaseDirectory, "CadoxtonPolicyBot.dll")], folder.Path,
            new Dictionary<string, string>
            {
                ["Policy__File"] = path,
                ["Policy__AdoptedOn"] = "2027-01-14",
                ["ASPNETCORE_URLS"] = "http://127.0.0.1:0",
                ["ASPNETCORE_ENVIRONMENT"] = "Production",
            },
            TimeSpan.FromMinutes(1));

        Assert.Equal(1, result.ExitCode);
        var message = result.Output.Trim();
        Assert.StartsWith($"The policy text in {path} (version ", message, StringComparison.Ordinal);
        Assert.Contains("Policy Statement no longer says \"useful way of interacting socially\". It is used by: the answer rule", message, StringComparison.Ordinal);
        Assert.EndsWith("(README, \"When the school revises its policy\").", message, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", message, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", message, StringComparison.Ordinal);
    }

    [Fact]
    public void With_no_file_configured_the_embedded_text_is_used_as_adopted_on_1_september_2026()
    {
        var policy = PolicyModule.Load(new PolicyOptions(), AppContext.BaseDirectory);

        Assert.Equal(PolicyDocument.LoadEmbedded().Version, policy.Version);
        Assert.Equal(new DateOnly(2026, 9, 1), policy.AdoptedOn);
    }

    [Fact]
    public void A_file_relative_to_the_app_folder_is_read_with_its_adoption_date()
    {
        using var folder = new TemporaryDirectory("cadoxton-policy-");
        File.WriteAllText(Path.Combine(folder.Path, "policy.txt"), Embedded.Replace("General Advice\n", "General Advice\n\nReviewed by the governors in January 2027.\n", StringComparison.Ordinal));

        var policy = PolicyModule.Load(new PolicyOptions { File = "policy.txt", AdoptedOn = new DateOnly(2027, 1, 14) }, folder.Path);

        Assert.Equal("the policy of 14 January 2027", policy.Edition.Name);
        Assert.StartsWith("Reviewed by the governors in January 2027.", policy["advice"].Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_file_without_its_adoption_date_or_that_cannot_be_read_is_refused_naming_the_setting()
    {
        using var folder = new TemporaryDirectory("cadoxton-policy-");
        File.WriteAllText(Path.Combine(folder.Path, "policy.txt"), Embedded);

        var undated = Assert.Throws<PolicyTextException>(() => PolicyModule.Load(new PolicyOptions { File = "policy.txt" }, folder.Path));
        var missing = Assert.Throws<PolicyTextException>(() => PolicyModule.Load(new PolicyOptions { File = "nowhere.txt", AdoptedOn = new DateOnly(2027, 1, 14) }, folder.Path));

        Assert.StartsWith("Policy:File is set (", undated.Message, StringComparison.Ordinal);
        Assert.Contains("Policy:AdoptedOn is not", undated.Message, StringComparison.Ordinal);
        Assert.StartsWith($"Policy:File is {Path.Combine(folder.Path, "nowhere.txt")}, which cannot be read", missing.Message, StringComparison.Ordinal);
    }
}
