using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Npgsql;

namespace CadoxtonPolicyBot.Tests.Support;

/// <summary>
/// A real PostgreSQL server for the tests: the one named by CADOXTON_TEST_POSTGRES if set, else a private
/// cluster this process creates (initdb) in a temporary folder and starts on 127.0.0.1, stopped by PID when
/// the test run ends. Debian's postgresql package provides the binaries (the test command installs it).
/// </summary>
public sealed class PostgresServer : IDisposable
{
    private static readonly Lazy<PostgresServer> Shared = new(Start, LazyThreadSafetyMode.ExecutionAndPublication);
    private readonly Process? _process;
    private readonly string? _dataDir;

    private PostgresServer(string adminConnectionString, Process? process, string? dataDir)
    {
        AdminConnectionString = adminConnectionString;
        _process = process;
        _dataDir = dataDir;
    }

    public string AdminConnectionString { get; }

    public static PostgresServer Instance => Shared.Value;

    /// <summary>A new, empty database on the server; its connection string.</summary>
    public string CreateDatabase()
    {
        var name = "cpb_" + Guid.NewGuid().ToString("N")[..16];
        using (var connection = new NpgsqlConnection(AdminConnectionString))
        {
            connection.Open();
            using var command = new NpgsqlCommand($"CREATE DATABASE {name}", connection);
            command.ExecuteNonQuery();
        }

        return new NpgsqlConnectionStringBuilder(AdminConnectionString) { Database = name, Pooling = false }.ConnectionString;
    }

    /// <summary>
    /// A private server of its own, started now and stopped on dispose: for a test that needs a second, empty server
    /// (a restore into a fresh server). Never the one named by CADOXTON_TEST_POSTGRES.
    /// </summary>
    public static PostgresServer StartFresh() => StartPrivate();

    public void Dispose() => Stop();

    private static PostgresServer Start()
    {
        var external = Environment.GetEnvironmentVariable("CADOXTON_TEST_POSTGRES");
        return string.IsNullOrWhiteSpace(external) ? StartPrivate() : new PostgresServer(external, null, null);
    }

    private static PostgresServer StartPrivate()
    {
        var bin = FindBinDirectory();
        var dataDir = Path.Combine(Path.GetTempPath(), "cpb-pg-" + Guid.NewGuid().ToString("N")[..8]);
        Directory.CreateDirectory(dataDir);
        var asRoot = Environment.UserName == "root";
        if (asRoot)
        {
            // initdb refuses to run as root; the Debian package creates the "postgres" user for exactly this.
            Run(false, "chown", "postgres", dataDir);
        }

        Run(asRoot, Path.Combine(bin, "initdb"), "-D", dataDir, "-U", "postgres", "--auth=trust", "-E", "UTF8", "--locale=C.UTF-8", "--no-instructions");
        var port = FreePort();
        // A watchdog shell starts the server and stops it (and removes its folder) as soon as this test process is
        // gone, however it ended: the test runner may end the process without running any exit handler.
        var postgres = new ProcessStartInfo("bash")
        {
            RedirectStandardError = true,
            RedirectStandardOutput = true,
        };
        postgres.Environment["CPB_PG_DATA"] = dataDir;
        postgres.Environment["CPB_TEST_PID"] = Environment.ProcessId.ToString(System.Globalization.CultureInfo.InvariantCulture);
        postgres.ArgumentList.Add("-c");
        postgres.ArgumentList.Add(Watchdog);
        postgres.ArgumentList.Add("postgres-watchdog");
        if (asRoot)
        {
            foreach (var a in new[] { "runuser", "-u", "postgres", "--" })
            {
                postgres.ArgumentList.Add(a);
            }
        }

        postgres.ArgumentList.Add(Path.Combine(bin, "postgres"));
        foreach (var a in new[] { "-D", dataDir, "-p", port.ToString(System.Globalization.CultureInfo.InvariantCulture), "-h", "127.0.0.1", "-k", dataDir, "-c", "fsync=off", "-c", "max_connections=200" })
        {
            postgres.ArgumentList.Add(a);
        }

        var process = Process.Start(postgres) ?? throw new InvalidOperationException("PostgreSQL did not start.");
        process.ErrorDataReceived += (_, _) => { };
        process.OutputDataReceived += (_, _) => { };
        process.BeginErrorReadLine();
        process.BeginOutputReadLine();
        var admin = $"Host=127.0.0.1;Port={port};Username=postgres;Database=postgres;Pooling=false;Timeout=5";
        var server = new PostgresServer(admin, process, dataDir);
        AppDomain.CurrentDomain.ProcessExit += (_, _) => server.Stop();
        server.WaitUntilReady();
        return server;
    }

    private void WaitUntilReady()
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (true)
        {
            try
            {
                using var connection = new NpgsqlConnection(AdminConnectionString);
                connection.Open();
                return;
            }
            catch (NpgsqlException) when (DateTime.UtcNow < deadline && _process is { HasExited: false })
            {
                Thread.Sleep(200);
            }
        }
    }

    /// <summary>
    /// Starts the server ("$@"), waits while both this test process and the server live, then asks the postmaster for
    /// a fast shutdown (SIGINT, by the PID it wrote) and removes the data folder.
    /// </summary>
    private const string Watchdog = """
        "$@" &
        child=$!
        while kill -0 "$CPB_TEST_PID" 2>/dev/null && kill -0 "$child" 2>/dev/null && [ ! -f "$CPB_PG_DATA/stop" ]; do sleep 0.5; done
        if [ -f "$CPB_PG_DATA/postmaster.pid" ]; then kill -INT "$(head -1 "$CPB_PG_DATA/postmaster.pid")" 2>/dev/null; fi
        wait "$child" 2>/dev/null
        rm -rf "$CPB_PG_DATA"
        """;

    private void Stop()
    {
        if (_process is not { HasExited: false } || _dataDir is null)
        {
            return;
        }

        // The watchdog sees the stop file, shuts the server down by its PID and removes the folder.
        try
        {
            File.WriteAllText(Path.Combine(_dataDir, "stop"), string.Empty);
        }
        catch (IOException)
        {
        }

        if (!_process.WaitForExit(15_000))
        {
            _process.Kill(entireProcessTree: true);
            _process.WaitForExit(5_000);
        }
    }

    /// <summary>Runs a program to completion, as the postgres user when we are root.</summary>
    private static void Run(bool asPostgresUser, string fileName, params string[] arguments)
    {
        var info = new ProcessStartInfo(asPostgresUser ? "runuser" : fileName) { RedirectStandardOutput = true, RedirectStandardError = true };
        if (asPostgresUser)
        {
            foreach (var a in new[] { "-u", "postgres", "--", fileName })
            {
                info.ArgumentList.Add(a);
            }
        }

        foreach (var a in arguments)
        {
            info.ArgumentList.Add(a);
        }

        using var process = Process.Start(info) ?? throw new InvalidOperationException($"{fileName} did not start.");
        var stderr = process.StandardError.ReadToEndAsync();
        var stdout = process.StandardOutput.ReadToEndAsync();
        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{fileName} exited {process.ExitCode}: {stdout.Result} {stderr.Result}");
        }
    }

    private static string FindBinDirectory()
    {
        const string root = "/usr/lib/postgresql";
        var bin = Directory.Exists(root)
            ? Directory.GetDirectories(root).OrderByDescending(d => d, StringComparer.Ordinal).Select(d => Path.Combine(d, "bin"))
                .FirstOrDefault(d => File.Exists(Path.Combine(d, "initdb")))
            : null;
        return bin ?? throw new InvalidOperationException(
            "PostgreSQL server binaries were not found under /usr/lib/postgresql. Run ./test.sh (it installs Debian's postgresql) or set CADOXTON_TEST_POSTGRES.");
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
