using System.Collections;
using CadoxtonPolicyBot.Protocol;

namespace CadoxtonPolicyBot.Turns;

/// <summary>
/// A feature's card verbs in one declarative table: each verb, the role it requires and the handler method, instead
/// of role checks written inline. Register it with <see cref="CardVerbRegistry.AddCardVerbs{THandler}"/>.
/// </summary>
/// <param name="refusal">What a presser without the role is told; nothing is changed.</param>
public sealed class CardVerbTable<THandler>(string refusal) : IEnumerable<CardVerb>
    where THandler : class
{
    private readonly List<CardVerb> _verbs = [];

    public void Add(string verb, CardVerbRole requires, Func<THandler, ITurnContext, CardActionRequest, CancellationToken, Task<CardActionResult>> handle)
    {
        ArgumentNullException.ThrowIfNull(handle);
        _verbs.Add(new CardVerb(verb, requires, typeof(THandler), (handler, turn, action, ct) => handle((THandler)handler, turn, action, ct),
            requires == CardVerbRole.Anyone ? null : refusal));
    }

    public IEnumerator<CardVerb> GetEnumerator() => _verbs.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
