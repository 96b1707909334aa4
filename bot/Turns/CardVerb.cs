using CadoxtonPolicyBot.Protocol;

namespace CadoxtonPolicyBot.Turns;

/// <summary>Who may press a card button. Checked by the router on every press, from the authenticated presser.</summary>
public enum CardVerbRole
{
    Anyone,
    HeadTeacher,
    ConcernHandler,
}

/// <summary>One card verb: the role it requires, what a presser without it is told, and the handler that acts.</summary>
/// <param name="Handler">The scoped service the router resolves for the press.</param>
/// <param name="OnRefused">What the feature records of a refused press (an audit entry), if anything.</param>
public sealed record CardVerb(
    string Verb,
    CardVerbRole Requires,
    Type Handler,
    Func<object, ITurnContext, CardActionRequest, CancellationToken, Task<CardActionResult>> Handle,
    string? Refusal,
    Func<object, ITurnContext, CardActionRequest, CancellationToken, Task>? OnRefused = null);
