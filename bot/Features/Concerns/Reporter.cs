namespace CadoxtonPolicyBot.Features.Concerns;

/// <summary>The reporter as Teams authenticated them: never from typed text.</summary>
internal sealed record Reporter(string AadObjectId, string Name);
