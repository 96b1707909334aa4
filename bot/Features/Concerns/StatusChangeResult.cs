namespace CadoxtonPolicyBot.Features.Concerns;

internal abstract record StatusChangeResult
{
    public sealed record Changed(Concern Concern, string From) : StatusChangeResult;

    public sealed record NotAllowed(string Current) : StatusChangeResult;
}
