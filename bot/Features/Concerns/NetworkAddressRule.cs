using System.Net;
using System.Net.Sockets;

namespace CadoxtonPolicyBot.Features.Concerns;

/// <summary>
/// Which network addresses a file transfer may connect to. Deployed: public internet addresses only (never this
/// machine, the private network, link-local metadata services, CGNAT, IPv6 unique-local, or an address hidden inside
/// an IPv6 form). Local mode: this machine only.
/// </summary>
internal sealed class NetworkAddressRule
{
    // Azure's platform address (DNS, health probes, the wire server): public-looking, but the host's own service.
    private static readonly IPAddress AzurePlatform = IPAddress.Parse("168.63.129.16");

    private NetworkAddressRule(bool loopbackOnly) => LoopbackOnly = loopbackOnly;

    public static NetworkAddressRule PublicOnly { get; } = new(false);

    public static NetworkAddressRule ThisMachineOnly { get; } = new(true);

    public bool LoopbackOnly { get; }

    public bool Allows(IPAddress address)
    {
        ArgumentNullException.ThrowIfNull(address);
        var plain = Unwrap(address);
        return LoopbackOnly ? IPAddress.IsLoopback(plain) : IsPublic(plain);
    }

    /// <summary>An IPv4 address written as IPv6 (mapped ::ffff:a.b.c.d, or the deprecated compatible ::a.b.c.d) is judged as IPv4.</summary>
    private static IPAddress Unwrap(IPAddress address)
    {
        if (address.IsIPv4MappedToIPv6)
        {
            return address.MapToIPv4();
        }

        if (address.AddressFamily == AddressFamily.InterNetworkV6)
        {
            var bytes = address.GetAddressBytes();
            if (bytes.AsSpan(0, 12).IndexOfAnyExcept((byte)0) < 0 && !address.Equals(IPAddress.IPv6Loopback) && !address.Equals(IPAddress.IPv6None))
            {
                return new IPAddress(bytes.AsSpan(12, 4));
            }
        }

        return address;
    }

    private static bool IsPublic(IPAddress address) => address.AddressFamily switch
    {
        AddressFamily.InterNetwork => IsPublicV4(address.GetAddressBytes()),
        AddressFamily.InterNetworkV6 => IsPublicV6(address),
        _ => false,
    };

    private static bool IsPublicV4(ReadOnlySpan<byte> b)
    {
        if (new IPAddress(b).Equals(AzurePlatform))
        {
            return false;
        }

        return b[0] switch
        {
            0 or 10 or 127 => false,                    // "this network", private, loopback
            100 when (b[1] & 0xC0) == 64 => false,      // 100.64.0.0/10 carrier-grade NAT
            169 when b[1] == 254 => false,              // link-local, including 169.254.169.254 (instance metadata)
            172 when (b[1] & 0xF0) == 16 => false,      // 172.16.0.0/12 private
            192 when b[1] == 168 => false,              // private
            192 when b[1] == 0 && b[2] is 0 or 2 => false, // IETF protocol assignments, TEST-NET-1
            192 when b[1] == 88 && b[2] == 99 => false, // 6to4 relay anycast
            198 when (b[1] & 0xFE) == 18 => false,      // 198.18.0.0/15 benchmarking
            198 when b[1] == 51 && b[2] == 100 => false, // TEST-NET-2
            203 when b[1] == 0 && b[2] == 113 => false, // TEST-NET-3
            >= 224 => false,                            // multicast, reserved, broadcast
            _ => true,
        };
    }

    private static bool IsPublicV6(IPAddress address)
    {
        if (address.IsIPv6LinkLocal || address.IsIPv6SiteLocal || address.IsIPv6Multicast || address.IsIPv6UniqueLocal
            || address.Equals(IPAddress.IPv6Loopback) || address.Equals(IPAddress.IPv6None))
        {
            return false;
        }

        var b = address.GetAddressBytes();
        // 64:ff9b::/96 NAT64 and 2002::/16 6to4 carry an IPv4 address: judge that one.
        if (b[0] == 0x00 && b[1] == 0x64 && b[2] == 0xFF && b[3] == 0x9B && b.AsSpan(4, 8).IndexOfAnyExcept((byte)0) < 0)
        {
            return IsPublicV4(b.AsSpan(12, 4));
        }

        if (b[0] == 0x20 && b[1] == 0x02)
        {
            return IsPublicV4(b.AsSpan(2, 4));
        }

        // 2001::/32 Teredo and 2001:db8::/32 documentation; 100::/64 discard. Only 2000::/3 is global unicast at all.
        if ((b[0] == 0x20 && b[1] == 0x01 && (b[2], b[3]) is (0x00, 0x00) or (0x0D, 0xB8)) || (b[0] == 0x01 && b[1] == 0x00))
        {
            return false;
        }

        return (b[0] & 0xE0) == 0x20;
    }
}
