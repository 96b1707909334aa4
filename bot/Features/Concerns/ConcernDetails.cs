namespace CadoxtonPolicyBot.Features.Concerns;

/// <summary>The content of a concern, encrypted as one document.</summary>
internal sealed record ConcernDetails(
    string ReporterName,
    string ReporterUserPrincipalName,
    string WhatHappened,
    string Platform,
    string? Link,
    string? WhenSeen,
    string ConcernsWhom,
    string? SubjectAadObjectId,
    IReadOnlyList<int> Sections,
    bool ReporterIsSubject);
