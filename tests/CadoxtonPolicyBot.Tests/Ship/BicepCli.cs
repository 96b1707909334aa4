using System.Reflection;

namespace CadoxtonPolicyBot.Tests.Ship;

/// <summary>
/// The Bicep CLI restored from the Azure.Bicep.CommandLine.linux-x64 NuGet package (its build props set BicepPath,
/// which the test project records in an assembly attribute), and the strict reading of its output: the CLI exits 0
/// on warnings, so any line that reports a warning or an error counts as a failure.
/// </summary>
internal static class BicepCli
{
    public static string Path
    {
        get
        {
            var recorded = typeof(BicepCli).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
                .SingleOrDefault(a => a.Key == "BicepPath")?.Value;
            Assert.False(string.IsNullOrEmpty(recorded), "BicepPath was not recorded: is Azure.Bicep.CommandLine.linux-x64 referenced by the test project?");
            // The package's props join the folder and the file name with a backslash.
            var path = System.IO.Path.GetFullPath(recorded!.Replace('\\', '/'));
            Assert.True(File.Exists(path), $"The Bicep CLI is not at {path}: run `dotnet restore`.");
            return path;
        }
    }

    public static Task<ToolResult> RunAsync(string workingDirectory, params string[] arguments) =>
        ExternalTool.RunAsync(Path, arguments, workingDirectory);

    /// <summary>Lines of output that report a diagnostic at warning or error level, or a failed exit code.</summary>
    public static IReadOnlyList<string> Problems(ToolResult result)
    {
        var problems = result.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Where(line => line.Contains("Warning", StringComparison.OrdinalIgnoreCase) || line.Contains("Error", StringComparison.OrdinalIgnoreCase))
            .ToList();
        if (result.ExitCode != 0)
        {
            problems.Add($"exit code {result.ExitCode}");
        }

        return problems;
    }
}
