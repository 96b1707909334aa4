using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Options;

namespace CadoxtonPolicyBot.Protocol.Authentication;

/// <summary>
/// Local mode's last check, once Kestrel has bound (the host calls <see cref="StartedAsync"/> after every hosted
/// service, the web server included, has started): every address it listens on is loopback, whatever configured it
/// (code, launch settings, a container's ASPNETCORE_HTTP_PORTS). Otherwise start-up fails, and the bot exits with
/// one line saying why. Requests are still judged one by one from their socket (<see cref="LoopbackCaller"/>).
/// </summary>
internal sealed class LocalModeGuard(IOptions<BotIdentityOptions> identity, IServer server) : IHostedLifecycleService
{
    public Task StartedAsync(CancellationToken cancellationToken)
    {
        if (identity.Value.HasAppId)
        {
            return Task.CompletedTask;
        }

        var addresses = server.Features.Get<IServerAddressesFeature>()?.Addresses ?? [];
        var open = addresses.FirstOrDefault(a => !LocalModeValidator.IsLoopbackUrl(a));
        return open is null
            ? Task.CompletedTask
            : throw new OptionsValidationException(BotProtocolOptions.SectionName, typeof(BotProtocolOptions),
                [$"MicrosoftAppId is empty (local mode, no authentication) but the bot is listening on {open}, which is not loopback: "
                    + "listen on 127.0.0.1 only (e.g. --urls http://127.0.0.1:3978), or set MicrosoftAppId."]);
    }

    public Task StartingAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppingAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppedAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
