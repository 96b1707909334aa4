using System.Collections;
using CadoxtonPolicyBot.Protocol;

namespace CadoxtonPolicyBot.Turns;

/// <summary>
/// A feature's card verbs in one declarative table: each verb, the role it requires and the handler method, instead
/// of role checks written inline. Register it with <see cref="CardVerbRegistry.AddCardVerbs{THandler}"/>.
/// </summary>
/// <param name="refusal">What a presser without the role is told; nothing is changed.</param>
/// <param name="onRefused">
/// Optional: what the feature records of a refused press (Concerns audits it). It runs after the refusal is decided and
/// cannot change it; no handler method runs.
/// </param>
public sealed class CardVerbTable<THandler>(string refusal, Func<THandler, ITurnContext, CardActionRequest, CancellationToken, Task>? onRefused = null)
    : IEnumerable<CardVerb>
    where THandler : class
{
    private readonly List<CardVerb> _verbs = [];

    public void Add(string verb, CardVerbRole requires, Func<THandler, ITurnContext, CardActionRequest, CancellationToken, Task<CardActionResult>> handle)
    {
        ArgumentNullException.ThrowIfNull(handle);
        var restricted = requires != CardVerbRole.Anyone;
        _verbs.Add(new CardVerb(verb, requires, typeof(THandler), (handler, turn, action, ct) => handle((THandler)handler, turn, action, ct),
            restricted ? refusal : null,
            restricted && onRefused is not null ? (handler, turn, action, ct) => onRefused((THandler)handler, turn, action, ct) : null));
    }

    public IEnumerator<CardVerb> GetEnumerator() => _verbs.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
