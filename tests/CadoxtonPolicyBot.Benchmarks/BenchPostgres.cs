using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using Npgsql;

namespace CadoxtonPolicyBot.Benchmarks;

/// <summary>
/// A private PostgreSQL server for a benchmark, as the tests start one (tests/…/Support/PostgresServer.cs): initdb in
/// the work folder, the server on 127.0.0.1 on a free port, stopped by its PID (SIGINT, a fast shutdown) on dispose.
/// Debian's postgresql package provides the binaries (./test.sh installs it).
/// </summary>
internal sealed class BenchPostgres : IDisposable
{
    private readonly Process _server;
    private readonly string _admin;
    private readonly string _data;

    private BenchPostgres(Process server, string admin, string data)
    {
        _server = server;
        _admin = admin;
        _data = data;
    }

    public static BenchPostgres Start(string work)
    {
        const string root = "/usr/lib/postgresql";
        var bin = Directory.GetDirectories(root).OrderByDescending(d => d, StringComparer.Ordinal).Select(d => Path.Combine(d, "bin"))
            .FirstOrDefault(d => File.Exists(Path.Combine(d, "initdb"))) ?? throw new InvalidOperationException("PostgreSQL binaries not found under /usr/lib/postgresql.");
        var data = Path.Combine(work, "pg");
        Directory.CreateDirectory(data);
        var asRoot = Environment.UserName == "root";
        if (asRoot)
        {
            // initdb refuses to run as root; the Debian package creates the "postgres" user for this.
            Run("chown", "-R", "postgres", work);
        }

        Run(asRoot, Path.Combine(bin, "initdb"), "-D", data, "-U", "postgres", "--auth=trust", "-E", "UTF8", "--locale=C.UTF-8", "--no-instructions");
        var port = FreePort().ToString(CultureInfo.InvariantCulture);
        string[] server = [Path.Combine(bin, "postgres"), "-D", data, "-p", port, "-h", "127.0.0.1", "-k", data, "-c", "max_connections=300"];
        var info = new ProcessStartInfo(asRoot ? "runuser" : server[0]) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var a in asRoot ? ["-u", "postgres", "--", .. server] : server[1..])
        {
            info.ArgumentList.Add(a);
        }

        var process = Process.Start(info) ?? throw new InvalidOperationException("postgres did not start.");
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var admin = $"Host=127.0.0.1;Port={port};Username=postgres;Database=postgres;Pooling=false;Timeout=5";
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (true)
        {
            try
            {
                using var connection = new NpgsqlConnection(admin);
                connection.Open();
                break;
            }
            catch (NpgsqlException) when (DateTime.UtcNow < deadline && !process.HasExited)
            {
                Thread.Sleep(200);
            }
        }

        return new BenchPostgres(process, admin, data);
    }

    public string CreateDatabase(string name)
    {
        using (var connection = new NpgsqlConnection(_admin))
        {
            connection.Open();
            using var command = new NpgsqlCommand($"CREATE DATABASE {name}", connection);
            command.ExecuteNonQuery();
        }

        return new NpgsqlConnectionStringBuilder(_admin) { Database = name, Pooling = true }.ConnectionString;
    }

    public void Dispose()
    {
        if (_server.HasExited)
        {
            return;
        }

        // The postmaster is runuser's child when we are root: stop it by the PID it wrote (SIGINT: a fast shutdown).
        var pidFile = Path.Combine(_data, "postmaster.pid");
        if (File.Exists(pidFile))
        {
            Run("kill", "-INT", File.ReadLines(pidFile).First().Trim());
        }

        if (!_server.WaitForExit(15_000))
        {
            _server.Kill(entireProcessTree: true);
        }

        _server.Dispose();
    }

    private static void Run(string file, params string[] arguments) => Run(false, file, arguments);

    private static void Run(bool asPostgres, string file, params string[] arguments)
    {
        var info = new ProcessStartInfo(asPostgres ? "runuser" : file) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var a in asPostgres ? ["-u", "postgres", "--", file, .. arguments] : arguments)
        {
            info.ArgumentList.Add(a);
        }

        using var process = Process.Start(info) ?? throw new InvalidOperationException($"{file} did not start.");
        var stderr = process.StandardError.ReadToEndAsync();
        _ = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0 && file != "kill")
        {
            throw new InvalidOperationException($"{file} exited {process.ExitCode}: {stderr.Result}");
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
