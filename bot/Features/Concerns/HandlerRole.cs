namespace CadoxtonPolicyBot.Features.Concerns;

/// <summary>
/// What a configured concern handler is, for routing (Roles:ConcernHandlers:n:Role). Written as the names below
/// ("HeadTeacher", "DeputyOrDsl", "ChairOfGovernors"); the plain-English roles of earlier settings ("Head teacher",
/// "Deputy head and designated safeguarding lead", "Chair of governors") mean the same. Anything else is an
/// ordinary handler, routed in its place in the list.
/// </summary>
internal enum HandlerRole
{
    Handler,
    HeadTeacher,
    DeputyOrDsl,
    ChairOfGovernors,
}
