using System.Diagnostics.Metrics;
using CadoxtonPolicyBot.Policy.Answers;

namespace CadoxtonPolicyBot.Features.PolicyAnswers;

/// <summary>How many answers of each verdict staff were given: the verdict only, never the question.</summary>
public sealed class PolicyAnswerMetrics
{
    public const string MeterName = "CadoxtonPolicyBot.PolicyAnswers";

    private readonly Counter<long> _answers;

    public PolicyAnswerMetrics(IMeterFactory meters)
    {
        ArgumentNullException.ThrowIfNull(meters);
        _answers = meters.Create(MeterName).CreateCounter<long>("cadoxton.answers", "{answer}", "Policy answers given in Teams, by verdict.");
    }

    public void Answered(Verdict verdict) => _answers.Add(1, new KeyValuePair<string, object?>("verdict", verdict.ToWireName()));
}
