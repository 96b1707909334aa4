namespace CadoxtonPolicyBot.Tests.Ship;

public sealed class DockerfileTests
{
    private static readonly string DockerfilePath = RepositoryPaths.Combine("deploy", "Dockerfile");

    [Fact]
    public async Task Dockerfile_passes_dockerfilelint()
    {
        var tools = RepositoryPaths.RequireNodeTools();

        var result = await ExternalTool.RunAsync(
            "node", [Path.Combine(tools, "node_modules", "dockerfilelint", "bin", "dockerfilelint"), DockerfilePath], tools);

        Assert.True(result.ExitCode == 0, result.ToString());
    }

    [Fact]
    public void Image_is_built_in_stages_and_runs_as_a_non_root_user()
    {
        var instructions = Instructions();

        Assert.True(instructions.Count(i => i.StartsWith("FROM ", StringComparison.Ordinal)) >= 2, "expected a multi-stage build");
        var finalStage = instructions.Skip(instructions.FindLastIndex(i => i.StartsWith("FROM ", StringComparison.Ordinal))).ToList();
        var user = finalStage.Last(i => i.StartsWith("USER ", StringComparison.Ordinal));
        Assert.DoesNotContain(user["USER ".Length..].Trim(), new[] { "root", "0", "0:0" });
        Assert.True(
            finalStage.FindIndex(i => i.StartsWith("USER ", StringComparison.Ordinal)) < finalStage.FindIndex(i => i.StartsWith("ENTRYPOINT ", StringComparison.Ordinal)),
            "USER must come before ENTRYPOINT");
    }

    [Fact]
    public void Health_check_probes_healthz_with_a_tool_the_image_installs()
    {
        var instructions = Instructions();

        var healthCheck = instructions.Single(i => i.StartsWith("HEALTHCHECK ", StringComparison.Ordinal));
        Assert.Contains("/healthz", healthCheck, StringComparison.Ordinal);
        Assert.Contains("curl", healthCheck, StringComparison.Ordinal);
        Assert.Contains(instructions, i => i.StartsWith("RUN apt-get update", StringComparison.Ordinal) && i.Contains("install -y --no-install-recommends curl", StringComparison.Ordinal));
    }

    /// <summary>Dockerfile instructions with continuation lines joined and comments dropped.</summary>
    private static List<string> Instructions()
    {
        var instructions = new List<string>();
        var current = string.Empty;
        foreach (var raw in File.ReadAllLines(DockerfilePath))
        {
            var line = raw.Trim();
            if (line.StartsWith('#') || line.Length == 0)
            {
                continue;
            }

            current += line.TrimEnd('\\').Trim() + " ";
            if (!line.EndsWith('\\'))
            {
                instructions.Add(string.Join(' ', current.Split(' ', StringSplitOptions.RemoveEmptyEntries)));
                current = string.Empty;
            }
        }

        return instructions;
    }
}
