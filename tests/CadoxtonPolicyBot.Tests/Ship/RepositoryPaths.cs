namespace CadoxtonPolicyBot.Tests.Ship;

/// <summary>Finds files in the repository the tests run from, whatever the test runner's working directory.</summary>
internal static class RepositoryPaths
{
    private static readonly Lazy<string> LazyRoot = new(FindRoot);

    public static string Root => LazyRoot.Value;

    public static string Combine(params string[] relative) => Path.Combine([Root, .. relative]);

    public static string ToolsDirectory => Combine("tests", "tools");

    /// <summary>Fails the calling test with the command that installs the node tools when they are missing.</summary>
    public static string RequireNodeTools()
    {
        var nodeModules = Path.Combine(ToolsDirectory, "node_modules");
        Assert.True(
            Directory.Exists(nodeModules),
            $"The node test tools are not installed ({nodeModules} is missing). Run `npm ci --prefix tests/tools` from the repository root first.");
        return ToolsDirectory;
    }

    private static string FindRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "CadoxtonPolicyBot.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException($"No CadoxtonPolicyBot.sln above {AppContext.BaseDirectory}.");
    }
}
