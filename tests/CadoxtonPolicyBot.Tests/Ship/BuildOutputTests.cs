using System.Text.Json;
using CadoxtonPolicyBot.Policy;

namespace CadoxtonPolicyBot.Tests.Ship;

/// <summary>The app carries only what runs: no design-time packages in the bot, no web host or database in the policy kernel.</summary>
public sealed class BuildOutputTests
{
    private static readonly string[] DesignTime = ["Microsoft.CodeAnalysis", "Microsoft.Build", "Microsoft.EntityFrameworkCore.Design", "Mono.TextTemplating", "Humanizer"];

    [Fact]
    public void The_bots_dependencies_hold_no_roslyn_msbuild_or_ef_core_design()
    {
        // The bot's own dependency manifest, as its build and publish write it (copied beside the tests).
        using var deps = JsonDocument.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "CadoxtonPolicyBot.deps.json")));
        var libraries = deps.RootElement.GetProperty("libraries").EnumerateObject().Select(l => l.Name).ToList();

        Assert.Contains(libraries, l => l.StartsWith("Microsoft.EntityFrameworkCore.Sqlite/", StringComparison.Ordinal));
        Assert.DoesNotContain(libraries, l => DesignTime.Any(d => l.StartsWith(d, StringComparison.Ordinal)));
    }

    [Fact]
    public void The_policy_kernel_and_answer_engine_reference_neither_asp_net_core_nor_ef_core()
    {
        var references = typeof(PolicyDocument).Assembly.GetReferencedAssemblies().Select(a => a.Name!).ToList();

        Assert.Contains("Microsoft.Extensions.Logging.Abstractions", references);
        Assert.DoesNotContain(references, r => r.StartsWith("Microsoft.AspNetCore", StringComparison.Ordinal) || r.StartsWith("Microsoft.EntityFrameworkCore", StringComparison.Ordinal));
    }
}
