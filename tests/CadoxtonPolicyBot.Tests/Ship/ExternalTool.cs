using System.Diagnostics;
using System.Text;

namespace CadoxtonPolicyBot.Tests.Ship;

/// <param name="Output">Standard output and standard error together, in the order they arrived.</param>
/// <param name="StandardOutput">Standard output alone: what a script prints for its caller to read (an id, say).</param>
internal sealed record ToolResult(int ExitCode, string Output, string StandardOutput)
{
    public override string ToString() => $"exit code {ExitCode}:{Environment.NewLine}{Output}";
}

/// <summary>Runs a command-line tool to completion, capturing stdout and stderr together, and kills it on timeout.</summary>
internal static class ExternalTool
{
    public static async Task<ToolResult> RunAsync(
        string fileName,
        IEnumerable<string> arguments,
        string workingDirectory,
        IReadOnlyDictionary<string, string>? environment = null,
        TimeSpan? timeout = null)
    {
        var startInfo = new ProcessStartInfo(fileName)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            startInfo.ArgumentList.Add(argument);
        }

        foreach (var (name, value) in environment ?? new Dictionary<string, string>())
        {
            startInfo.Environment[name] = value;
        }

        var output = new StringBuilder();
        var standardOutput = new StringBuilder();
        using var process = new Process { StartInfo = startInfo };
        process.OutputDataReceived += (_, e) =>
        {
            Append(output, e.Data);
            Append(standardOutput, e.Data);
        };
        process.ErrorDataReceived += (_, e) => Append(output, e.Data);
        try
        {
            process.Start();
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            throw new InvalidOperationException($"Cannot start `{fileName}`: {e.Message}. Is it installed and on PATH?", e);
        }

        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        using var cancellation = new CancellationTokenSource(timeout ?? TimeSpan.FromMinutes(2));
        try
        {
            await process.WaitForExitAsync(cancellation.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"`{fileName} {string.Join(' ', startInfo.ArgumentList)}` did not finish in time:{Environment.NewLine}{Snapshot(output)}");
        }

        // WaitForExitAsync returns once the output streams are drained, so the captured text is complete here.
        // The two streams are read on their own threads, so a line of progress on stderr can land after the last line
        // of stdout in Output: what a script returns is read from StandardOutput.
        return new ToolResult(process.ExitCode, Snapshot(output), Snapshot(standardOutput));
    }

    private static void Append(StringBuilder output, string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (output)
        {
            output.AppendLine(line);
        }
    }

    private static string Snapshot(StringBuilder output)
    {
        lock (output)
        {
            return output.ToString();
        }
    }
}
