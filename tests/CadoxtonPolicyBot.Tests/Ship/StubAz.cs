using System.Text.Json;
using System.Text.Json.Nodes;

namespace CadoxtonPolicyBot.Tests.Ship;

/// <summary>
/// A stand-in for the Azure CLI (and any other command a script calls out to, such as dotnet or openssl): an executable
/// named <c>az</c> in a folder put first on PATH, which records every call's arguments (and the content of any
/// <c>@file</c> argument or small file an argument names, as it was at the time of the call) and answers from rules
/// the test sets, first match wins. A rule matches when the call starts
/// with its command words and contains each of its extra arguments. A call no rule answers fails with exit code 97, so
/// a script cannot silently depend on a call the test did not expect.
/// </summary>
internal sealed class StubAz : IDisposable
{
    private readonly TemporaryDirectory _directory = new("stub-az-");
    private readonly List<JsonObject> _rules = [];

    public StubAz(params string[] commandNames)
    {
        Bin = Path.Combine(_directory.Path, "bin");
        Directory.CreateDirectory(Bin);
        foreach (var name in commandNames.Length == 0 ? ["az"] : commandNames)
        {
            var path = Path.Combine(Bin, name);
            File.WriteAllText(path, Script.Replace("{name}", name, StringComparison.Ordinal));
            if (!OperatingSystem.IsWindows())
            {
                File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
            }
        }

        SaveRules();
    }

    public string Bin { get; }

    public string Folder => _directory.Path;

    /// <summary>Answer calls of <paramref name="command"/> that contain <paramref name="with"/> with this output.</summary>
    /// <param name="times">Answer only this many calls, then let later rules answer (0: every call).</param>
    /// <param name="writeTo">Write <paramref name="fileContent"/> to the path given after this option (e.g. --file), as
    /// the real command would; with <paramref name="fileName"/>, the option names a folder and the file goes in it.</param>
    public StubAz On(
        string command,
        string stdout = "",
        int exitCode = 0,
        string[]? with = null,
        string? program = null,
        string stderr = "",
        int times = 0,
        string? writeTo = null,
        string? fileName = null,
        string fileContent = "")
    {
        var rule = new JsonObject
        {
            ["program"] = program ?? "az",
            ["command"] = new JsonArray([.. command.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(w => (JsonNode)w)]),
            ["with"] = new JsonArray([.. (with ?? []).Select(w => (JsonNode)w)]),
            ["stdout"] = stdout,
            ["stderr"] = stderr,
            ["exit"] = exitCode,
            ["times"] = times,
        };
        if (writeTo is not null)
        {
            rule["write"] = new JsonObject { ["option"] = writeTo, ["file"] = fileName, ["content"] = fileContent };
        }

        _rules.Add(rule);
        SaveRules();
        return this;
    }

    /// <summary>Forgets every rule (the recorded calls stay), for a second run against a changed world.</summary>
    public StubAz Reset()
    {
        _rules.Clear();
        SaveRules();
        return this;
    }

    /// <summary>Every call so far, in order: the program name, then its arguments.</summary>
    public IReadOnlyList<StubCall> Calls
    {
        get
        {
            var log = Path.Combine(_directory.Path, "calls.jsonl");
            return File.Exists(log)
                ? [.. File.ReadAllLines(log).Select(line => JsonSerializer.Deserialize<StubCall>(line, JsonOptions)!)]
                : [];
        }
    }

    /// <summary>Calls of the program whose arguments start with the command words.</summary>
    public IReadOnlyList<StubCall> CallsOf(string command, string program = "az")
    {
        var words = command.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return [.. Calls.Where(c => c.Program == program && c.Args.Take(words.Length).SequenceEqual(words))];
    }

    /// <summary>
    /// Runs a repository script with this stub first on PATH. Each call records the environment variables named in
    /// <paramref name="recordEnvironment"/>, for scripts that hand a value to az that way.
    /// </summary>
    public Task<ToolResult> RunAsync(
        string script,
        IEnumerable<string> arguments,
        IReadOnlyDictionary<string, string>? environment = null,
        params string[] recordEnvironment)
    {
        var env = new Dictionary<string, string>(environment ?? new Dictionary<string, string>())
        {
            ["PATH"] = $"{Bin}:{Environment.GetEnvironmentVariable("PATH")}",
            ["STUB_AZ_DIR"] = _directory.Path,
            ["STUB_AZ_RECORD_ENV"] = string.Join(',', recordEnvironment),
        };
        return ExternalTool.RunAsync("bash", [RepositoryPaths.Combine(script.Split('/')), .. arguments], RepositoryPaths.Root, env);
    }

    private void SaveRules() =>
        File.WriteAllText(Path.Combine(_directory.Path, "rules.json"), new JsonArray([.. _rules.Select(r => r.DeepClone())]).ToJsonString());

    public void Dispose() => _directory.Dispose();

    private static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web);

    private const string Script = """
        #!/usr/bin/env python3
        import json, os, sys
        folder = os.environ["STUB_AZ_DIR"]
        args = sys.argv[1:]
        files = {}
        for a in args:
            path = a[1:] if a.startswith("@") else a
            if os.path.isfile(path) and os.path.getsize(path) < 65536:
                with open(path, encoding="utf-8", errors="replace") as f:
                    files[a] = f.read()
        env = {k: os.environ.get(k) for k in os.environ.get("STUB_AZ_RECORD_ENV", "").split(",") if k}
        with open(os.path.join(folder, "calls.jsonl"), "a", encoding="utf-8") as log:
            log.write(json.dumps({"program": "{name}", "args": args, "files": files, "environment": env}) + "\n")
        rules_path = os.path.join(folder, "rules.json")
        with open(rules_path, encoding="utf-8") as f:
            rules = json.load(f)
        for i, rule in enumerate(rules):
            words = rule["command"]
            if rule["program"] == "{name}" and args[:len(words)] == words and all(w in args for w in rule["with"]):
                if rule["times"] > 0:
                    rule["times"] -= 1
                    if rule["times"] == 0:
                        rule["times"] = -1
                    with open(rules_path, "w", encoding="utf-8") as f:
                        json.dump(rules, f)
                elif rule["times"] < 0:
                    continue
                write = rule.get("write")
                if write and write["option"] in args:
                    path = args[args.index(write["option"]) + 1]
                    if write.get("file"):
                        os.makedirs(path, exist_ok=True)
                        path = os.path.join(path, write["file"])
                    with open(path, "w", encoding="utf-8") as f:
                        f.write(write["content"])
                sys.stdout.write(rule["stdout"])
                sys.stderr.write(rule["stderr"])
                sys.exit(rule["exit"])
        sys.stderr.write("stub {name}: no canned answer for: " + " ".join(args) + "\n")
        sys.exit(97)
        """;
}

/// <summary>One recorded call: the program, its arguments, and the content of any file an argument named.</summary>
internal sealed record StubCall(
    string Program,
    IReadOnlyList<string> Args,
    IReadOnlyDictionary<string, string> Files,
    IReadOnlyDictionary<string, string?> Environment)
{
    /// <summary>The value after an option, e.g. "--scope".</summary>
    public string? Option(string name)
    {
        var index = Args.ToList().IndexOf(name);
        return index >= 0 && index + 1 < Args.Count ? Args[index + 1] : null;
    }

    public override string ToString() => $"{Program} {string.Join(' ', Args)}";
}
