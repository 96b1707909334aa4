using System.Text.RegularExpressions;

namespace CadoxtonPolicyBot.Tests.Ship;

/// <summary>
/// .dockerignore at the repository root (the build context of deploy/Dockerfile), read with Docker's own matching
/// rules (Go's filepath.Match with ** for any number of folders; a later ! line re-includes): build output, local
/// databases and keys stay out of the image build, and everything the Dockerfile copies stays in.
/// </summary>
public sealed class DockerIgnoreTests
{
    [Theory]
    [InlineData("bot/bin/Release/net10.0/CadoxtonPolicyBot.dll")]
    [InlineData("bot/obj/project.assets.json")]
    [InlineData("bot/App_Data/concerns-encryption.key")]
    [InlineData("bot/App_Data/cadoxton-policy-bot.db")]
    [InlineData("tests/CadoxtonPolicyBot.Tests/bin/Release/x.dll")]
    [InlineData("bot/appsettings.Local.json")]
    [InlineData("deploy/main.local.bicepparam")]
    [InlineData(".git/HEAD")]
    public void Build_output_local_data_and_keys_stay_out_of_the_image_build(string path) =>
        Assert.True(IsExcluded(path), $"{path} would be sent to the image build");

    [Fact]
    public void Everything_the_dockerfile_copies_is_sent()
    {
        var copied = File.ReadAllLines(RepositoryPaths.Combine("deploy", "Dockerfile"))
            .Where(l => l.StartsWith("COPY ", StringComparison.Ordinal) && !l.Contains("--from=", StringComparison.Ordinal))
            .SelectMany(l => l["COPY ".Length..].Split(' ', StringSplitOptions.RemoveEmptyEntries).SkipLast(1))
            .ToList();

        Assert.NotEmpty(copied);
        Assert.All(copied, source => Assert.False(IsExcluded(source.TrimEnd('/') + (source.EndsWith('/') ? "/Program.cs" : string.Empty)), $"{source} is excluded"));
    }

    private static bool IsExcluded(string path)
    {
        var excluded = false;
        foreach (var raw in File.ReadAllLines(RepositoryPaths.Combine(".dockerignore")))
        {
            var line = raw.Trim();
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            var negate = line.StartsWith('!');
            var pattern = (negate ? line[1..] : line).TrimEnd('/');
            // A pattern that names a folder excludes everything under it too.
            if (Matches(pattern, path) || Matches(pattern + "/**", path))
            {
                excluded = !negate;
            }
        }

        return excluded;
    }

    private static bool Matches(string pattern, string path)
    {
        var regex = "^" + Regex.Escape(pattern)
            .Replace(@"\*\*/", "(?:.*/)?", StringComparison.Ordinal)
            .Replace(@"/\*\*", "(?:/.*)?", StringComparison.Ordinal)
            .Replace(@"\*", "[^/]*", StringComparison.Ordinal)
            .Replace(@"\?", "[^/]", StringComparison.Ordinal) + "$";
        return Regex.IsMatch(path, regex, RegexOptions.None, TimeSpan.FromSeconds(1));
    }
}
