using CadoxtonPolicyBot.Cards;
using CadoxtonPolicyBot.Protocol;

namespace CadoxtonPolicyBot.Turns;

/// <summary>Other invokes by name (e.g. fileConsent/invoke).</summary>
public interface IInvokeHandler
{
    bool CanHandle(string invokeName);

    /// <summary>
    /// For invokes several features share (fileConsent/invoke carries the feature's own context in its value):
    /// the router calls this one; by default it is <see cref="CanHandle(string)"/>.
    /// </summary>
    bool CanHandle(string invokeName, Activity activity) => CanHandle(invokeName);

    Task<InvokeResponse> HandleAsync(ITurnContext turn, CancellationToken cancellationToken);
}
