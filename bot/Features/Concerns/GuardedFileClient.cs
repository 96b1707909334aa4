using System.Net;
using System.Net.Sockets;
using CadoxtonPolicyBot.Protocol;
using Microsoft.Extensions.Options;

namespace CadoxtonPolicyBot.Features.Concerns;

/// <summary>
/// The one HTTP client that fetches evidence files and uploads case bundles. Every connection is checked where it is
/// made (<see cref="SocketsHttpHandler.ConnectCallback"/>): the host's name is resolved here and the address actually
/// connected to must pass <see cref="NetworkAddressRule"/>, so a name that resolves (or re-resolves) to an internal
/// address is refused. No redirect is followed, no proxy is used (the check would then apply to the proxy), and each
/// transfer is one attempt: nothing is retried.
/// </summary>
internal sealed partial class GuardedFileClient(IHttpClientFactory httpClients, ILogger<GuardedFileClient> logger)
{
    public const string HttpClientName = "concern-files";

    public static void Register(IServiceCollection services)
    {
        services.AddHttpClient(HttpClientName, http => http.Timeout = TimeSpan.FromMinutes(2))
            .ConfigurePrimaryHttpMessageHandler(provider =>
            {
                var rule = provider.GetRequiredService<IOptions<BotIdentityOptions>>().Value.HasAppId ? NetworkAddressRule.PublicOnly : NetworkAddressRule.ThisMachineOnly;
                return new SocketsHttpHandler
                {
                    AllowAutoRedirect = false,
                    UseProxy = false,
                    UseCookies = false,
                    ConnectTimeout = TimeSpan.FromSeconds(15),
                    PooledConnectionLifetime = TimeSpan.FromMinutes(2),
                    ConnectCallback = (context, cancellationToken) => ConnectAsync(context.DnsEndPoint, rule, cancellationToken),
                };
            })
            // The default request logging would write the URL, and a SharePoint downloadUrl carries its own access token.
            .RemoveAllLoggers();
        services.AddSingleton<GuardedFileClient>();
    }

    /// <summary>GETs the file once. Null content when the answer is not 200 (a redirect included) or the body passes <paramref name="maxBytes"/>.</summary>
    public async Task<FileTransfer> DownloadAsync(Uri url, long maxBytes, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(url);
        try
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, url);
            using var response = await httpClients.CreateClient(HttpClientName).SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken);
            var status = (int)response.StatusCode;
            if (response.StatusCode != HttpStatusCode.OK)
            {
                LogRefusedAnswer(logger, status);
                return new FileTransfer(FileTransferOutcome.Failed, status, null);
            }

            if (response.Content.Headers.ContentLength > maxBytes)
            {
                return new FileTransfer(FileTransferOutcome.TooLarge, status, null);
            }

            var bytes = await ReadCappedAsync(response.Content, maxBytes, cancellationToken);
            return bytes is null ? new FileTransfer(FileTransferOutcome.TooLarge, status, null) : new FileTransfer(FileTransferOutcome.Done, status, bytes);
        }
        catch (HttpRequestException ex)
        {
            LogUnreachable(logger, ex.HttpRequestError);
            return new FileTransfer(FileTransferOutcome.Failed, 0, null);
        }
        catch (TaskCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            LogUnreachable(logger, HttpRequestError.Unknown);
            return new FileTransfer(FileTransferOutcome.Failed, 0, null);
        }
    }

    /// <summary>PUTs <paramref name="content"/> once; the status code, or 0 when no answer came.</summary>
    public async Task<int> UploadAsync(Uri url, HttpContent content, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(url);
        try
        {
            using var request = new HttpRequestMessage(HttpMethod.Put, url) { Content = content };
            using var response = await httpClients.CreateClient(HttpClientName).SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken);
            return (int)response.StatusCode;
        }
        catch (HttpRequestException ex)
        {
            LogUnreachable(logger, ex.HttpRequestError);
            return 0;
        }
        catch (TaskCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            LogUnreachable(logger, HttpRequestError.Unknown);
            return 0;
        }
    }

    /// <summary>Resolves, checks every address, connects, and checks the address connected to.</summary>
    internal static async ValueTask<Stream> ConnectAsync(DnsEndPoint endpoint, NetworkAddressRule rule, CancellationToken cancellationToken)
    {
        var addresses = IPAddress.TryParse(endpoint.Host, out var literal)
            ? [literal]
            : await Dns.GetHostAddressesAsync(endpoint.Host, cancellationToken);
        // A name with any internal address is refused whole: a file host never has one, a rebinding trick always does.
        if (addresses.Length == 0 || !addresses.All(rule.Allows))
        {
            throw new HttpRequestException(HttpRequestError.ConnectionError, "The file host's address is not one the bot may connect to.");
        }

        var socket = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
        try
        {
            await socket.ConnectAsync(addresses, endpoint.Port, cancellationToken);
            if (socket.RemoteEndPoint is not IPEndPoint connected || !rule.Allows(connected.Address))
            {
                throw new HttpRequestException(HttpRequestError.ConnectionError, "The file host's address is not one the bot may connect to.");
            }

            return new NetworkStream(socket, ownsSocket: true);
        }
        catch
        {
            socket.Dispose();
            throw;
        }
    }

    private static async Task<byte[]?> ReadCappedAsync(HttpContent content, long maxBytes, CancellationToken cancellationToken)
    {
        await using var stream = await content.ReadAsStreamAsync(cancellationToken);
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        while (true)
        {
            var wanted = (int)Math.Min(chunk.Length, maxBytes + 1 - buffer.Length);
            var read = await stream.ReadAsync(chunk.AsMemory(0, wanted), cancellationToken);
            if (read == 0)
            {
                return buffer.ToArray();
            }

            buffer.Write(chunk, 0, read);
            if (buffer.Length > maxBytes)
            {
                return null;
            }
        }
    }

    [LoggerMessage(EventId = 6041, Level = LogLevel.Warning, Message = "File transfer answered {StatusCode}: not taken (only 200 is, and redirects are not followed)")]
    private static partial void LogRefusedAnswer(ILogger logger, int statusCode);

    [LoggerMessage(EventId = 6042, Level = LogLevel.Warning, Message = "File transfer not completed: {Error}")]
    private static partial void LogUnreachable(ILogger logger, HttpRequestError error);
}
