using System.Text.RegularExpressions;
using CadoxtonPolicyBot.Turns;
using Microsoft.Extensions.Hosting;

namespace CadoxtonPolicyBot.Tests.Ship;

/// <summary>The README's "Background services" table lists every hosted service the bot has, and nothing else.</summary>
public sealed partial class BackgroundServicesReadmeTests
{
    [Fact]
    public void The_readme_lists_every_background_service_of_the_bot_and_no_other()
    {
        var inCode = typeof(TurnRouter).Assembly.GetTypes()
            .Where(t => t is { IsClass: true, IsAbstract: false } && typeof(IHostedService).IsAssignableFrom(t))
            .Select(t => t.Name)
            .Order(StringComparer.Ordinal);

        Assert.Equal(inCode, ReadmeTable().Order(StringComparer.Ordinal));
    }

    private static IEnumerable<string> ReadmeTable()
    {
        var readme = File.ReadAllText(RepositoryPaths.Combine("README.md"));
        var start = readme.IndexOf("### Background services", StringComparison.Ordinal);
        Assert.True(start >= 0, "README.md has no \"Background services\" section.");
        var section = readme[start..];
        var end = section.IndexOf("\n#", 1, StringComparison.Ordinal);
        return ServiceRow().Matches(end < 0 ? section : section[..end]).Select(m => m.Groups["name"].Value);
    }

    [GeneratedRegex(@"^\| `(?<name>\w+)` \|", RegexOptions.Multiline)]
    private static partial Regex ServiceRow();
}
