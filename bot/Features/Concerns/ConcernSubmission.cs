namespace CadoxtonPolicyBot.Features.Concerns;

/// <summary>What a reporter filled in on the form, already checked.</summary>
internal sealed record ConcernSubmission(
    string WhatHappened,
    string Platform,
    string? Link,
    string? WhenSeen,
    string ConcernsWhom,
    string? SubjectAadObjectId,
    IReadOnlyList<int> Sections,
    bool ReporterIsSubject);
