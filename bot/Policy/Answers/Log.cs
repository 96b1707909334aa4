using Microsoft.Extensions.Logging;

namespace CadoxtonPolicyBot.Policy.Answers;

/// <summary>Policy answer events: verdicts and section ids only, never what the user typed.</summary>
internal static partial class Log
{
    [LoggerMessage(EventId = 1001, Level = LogLevel.Information, Message = "Policy answer given: {Verdict}, sections {Sections}")]
    public static partial void AnswerGiven(ILogger logger, string verdict, string sections);
}
