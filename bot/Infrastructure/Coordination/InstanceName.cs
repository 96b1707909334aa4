using System.Globalization;

namespace CadoxtonPolicyBot.Infrastructure.Coordination;

/// <summary>Names this process among the instances sharing the database: readable in the leases table, unique per start.</summary>
public sealed class InstanceName
{
    public string Value { get; } = string.Create(CultureInfo.InvariantCulture,
        $"{Clip(Environment.MachineName, 64)}/{Environment.ProcessId}/{Guid.NewGuid().ToString("N")[..8]}");

    private static string Clip(string value, int length) => value.Length <= length ? value : value[..length];
}
