using CadoxtonPolicyBot.Infrastructure.Roles;

namespace CadoxtonPolicyBot.Features.Concerns;

/// <summary>
/// Who a concern goes to, as schools do it: the handlers in their configured order, leaving out anyone the concern is
/// about; a concern about the head teacher goes only to the chair of governors. The first of these receives it;
/// each later one only if it is not opened in time (escalation).
/// </summary>
internal static class ConcernRouting
{
    /// <param name="handlers">The configured handlers, in routing order.</param>
    /// <param name="isSubject">Whether a person is whom the concern is about.</param>
    /// <param name="subjectIsHeadTeacher">Whether the concern is about a head teacher (a configured head teacher, or a handler with that role).</param>
    public static IReadOnlyList<ConcernHandler> EligibleHandlers(IReadOnlyList<ConcernHandler> handlers, Func<string, bool> isSubject, bool subjectIsHeadTeacher)
    {
        ArgumentNullException.ThrowIfNull(handlers);
        ArgumentNullException.ThrowIfNull(isSubject);
        var others = handlers.Where(h => !isSubject(h.AadObjectId))
            .DistinctBy(h => h.AadObjectId, StringComparer.OrdinalIgnoreCase)
            .ToList();
        if (!subjectIsHeadTeacher)
        {
            return others;
        }

        var chairs = others.Where(h => HandlerRoles.Parse(h.Role) == HandlerRole.ChairOfGovernors).ToList();
        // No chair configured: the concern must still reach someone, so it follows the order past the head teacher.
        return chairs.Count > 0 ? chairs : others;
    }
}
