using CadoxtonPolicyBot.Infrastructure.Roles;
using CadoxtonPolicyBot.Infrastructure.Security;
using CadoxtonPolicyBot.Protocol;

namespace CadoxtonPolicyBot.Turns;

/// <summary>
/// The bot serves the school's staff only (<see cref="IStaffDirectory"/>). Anyone else who reaches it, e.g. a pupil in
/// Hwb's shared tenant, gets one polite line (in Welsh too when Teams speaks Welsh to them) and nothing more: no answer,
/// no card, no concern, no welcome; the refusal is audited and their conversation is not stored. For staff, the people
/// a conversationUpdate announces are narrowed to staff too, so no feature hears of a pupil joining a team.
/// </summary>
internal sealed class StaffGate(IStaffDirectory staff, ISecurityAudit audit) : IActivityGate
{
    internal const string Refusal =
        "This bot is for Cadoxton Primary School staff only, so I can't help you with this. If you work at the school, please ask the school office to add you to the staff group.";

    internal const string RefusalCymraeg =
        "Mae'r bot hwn ar gyfer staff Ysgol Gynradd Cadoxton yn unig, felly alla i ddim eich helpu chi gyda hyn. Os ydych chi'n gweithio yn yr ysgol, gofynnwch i swyddfa'r ysgol eich ychwanegu at grŵp y staff.";

    public int Order => 0;

    public async Task<bool> AdmitAsync(ITurnContext turn, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        if (staff.ServesEveryone)
        {
            return true;
        }

        var activity = turn.Activity;
        if (staff.IsStaff(activity.From?.AadObjectId))
        {
            KeepStaffMembersOnly(activity);
            return true;
        }

        await audit.RecordRefusalAsync(RefusalReason.NotStaff, activity.Type ?? "unknown", activity.TenantId, activity.From?.AadObjectId, cancellationToken);
        switch (activity.Type)
        {
            case ActivityTypes.Message:
                await turn.SendAsync(activity.CreateReply(Line(activity)), cancellationToken);
                break;
            case ActivityTypes.Invoke:
                turn.InvokeResponse = InvokeRefusal.For(activity, Line(activity));
                break;
            case ActivityTypes.InstallationUpdate when activity.Action is "add" && activity.IsPersonalChat:
                // Someone installed the bot for themselves: the line instead of the welcome, once, in their own chat.
                await turn.SendAsync(activity.CreateReply(Line(activity)), cancellationToken);
                break;
            default:
                // conversationUpdate, reactions, typing, uninstalls: nothing is said and nothing is done.
                break;
        }

        return false;
    }

    internal static string Line(Activity activity) =>
        activity.Locale?.StartsWith("cy", StringComparison.OrdinalIgnoreCase) == true ? $"{RefusalCymraeg} / {Refusal}" : Refusal;

    /// <summary>membersAdded keeps the bot itself and staff: members-added handlers (round joiners) never see anyone else.</summary>
    private void KeepStaffMembersOnly(Activity activity)
    {
        var botId = activity.Recipient?.Id;
        activity.MembersAdded?.RemoveAll(m =>
            !string.Equals(m.Id, botId, StringComparison.OrdinalIgnoreCase) && !staff.IsStaff(m.AadObjectId));
    }
}
