namespace CadoxtonPolicyBot.Features.Concerns;

internal abstract record SubmitResult
{
    public sealed record Recorded(Concern Concern) : SubmitResult;

    public sealed record AlreadySubmitted(string? Reference) : SubmitResult;

    public sealed record UnknownForm : SubmitResult;
}
