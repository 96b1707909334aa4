using System.ComponentModel.DataAnnotations;

namespace CadoxtonPolicyBot.Features.PolicyAnswers;

/// <summary>Settings of the policy answers in chat (section "PolicyAnswers").</summary>
public sealed class PolicyAnswersOptions
{
    public const string SectionName = "PolicyAnswers";

    /// <summary>How long a "depends" question waits for its deciding answer before the user must ask again.</summary>
    [Range(1, 24 * 60)]
    public int FollowUpMinutes { get; set; } = 30;
}
