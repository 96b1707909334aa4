using System.Net;

namespace CadoxtonPolicyBot.Protocol.Authentication;

/// <summary>
/// Whether the request came straight from this machine, as the socket saw it. Recorded by
/// <see cref="LoopbackCallerStartupFilter"/> before any other middleware, so that X-Forwarded-For (which
/// ASPNETCORE_FORWARDEDHEADERS_ENABLED=true makes ASP.NET Core copy into Connection.RemoteIpAddress) cannot make a
/// remote caller look local. Local mode's unauthenticated turns depend on this answer alone.
/// With that variable set the framework adds the forwarded-headers middleware for any proxy
/// (https://learn.microsoft.com/aspnet/core/host-and-deploy/proxy-load-balancer); LocalModeTests shows it rewriting the
/// address of a caller at 203.0.113.7 to 127.0.0.1.
/// </summary>
public sealed class LoopbackCaller
{
    /// <summary>Headers a proxy adds. A loopback socket carrying one is a proxy on this machine relaying someone else.</summary>
    internal static readonly string[] ForwardingHeaders = ["X-Forwarded-For", "Forwarded", "X-Forwarded-Host", "X-Original-For", "X-Real-IP"];

    private LoopbackCaller(bool socketIsLocal) => SocketIsLocal = socketIsLocal;

    /// <summary>The socket's peer is loopback and no proxy header came with the request.</summary>
    public bool SocketIsLocal { get; }

    /// <summary>False when nothing was recorded: a request the filter did not see is not trusted as local.</summary>
    public static bool IsLocal(HttpContext http) => http?.Features.Get<LoopbackCaller>()?.SocketIsLocal == true;

    internal static LoopbackCaller FromSocket(HttpContext http)
    {
        var socketIsLoopback = http.Connection.RemoteIpAddress is { } address && IPAddress.IsLoopback(address);
        var relayed = ForwardingHeaders.Any(h => http.Request.Headers.ContainsKey(h));
        return new LoopbackCaller(socketIsLoopback && !relayed);
    }
}
