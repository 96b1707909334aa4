namespace CadoxtonPolicyBot.Features.Concerns;

/// <summary>The ids of the form's inputs and data keys.</summary>
internal static class ConcernForm
{
    public const int MaxText = 4000;
    public const int MaxLink = 2000;
    public const string Token = "formToken";
    public const string WhatHappened = "whatHappened";
    public const string Platform = "platform";
    public const string Link = "link";
    public const string WhenSeen = "whenSeen";
    public const string ConcernsWhom = "concernsWhom";
    public const string Subject = "subjectAadObjectId";
    public const string Sections = "sections";
    public const string ReporterIsSubject = "reporterIsSubject";
    public const string ConcernId = "concernId";
    public const string To = "to";
    public const string Outcome = "outcome";
    public const string Note = "note";
}
