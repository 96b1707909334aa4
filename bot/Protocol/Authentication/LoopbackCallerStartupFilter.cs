namespace CadoxtonPolicyBot.Protocol.Authentication;

/// <summary>
/// Puts the <see cref="LoopbackCaller"/> middleware first in the pipeline, ahead of the forwarded-headers middleware
/// that ASP.NET Core adds from its own startup filter: filters registered earlier wrap those registered later, so
/// this one is inserted at the front of the service collection (see <see cref="AuthenticationModule"/>).
/// </summary>
internal sealed class LoopbackCallerStartupFilter : IStartupFilter
{
    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
    {
        app.Use((http, nextMiddleware) =>
        {
            http.Features.Set(LoopbackCaller.FromSocket(http));
            return nextMiddleware(http);
        });
        next(app);
    };
}
