using CadoxtonPolicyBot.Infrastructure.Security;
using CadoxtonPolicyBot.Protocol;
using Microsoft.Extensions.Options;

namespace CadoxtonPolicyBot.Hosting;

/// <summary>
/// Serves only the school's own Microsoft 365 tenant (MicrosoftAppTenantId). A user of another organisation can reach
/// the bot through a shared channel or an external chat; the token proves the Bot Connector sent the activity, not
/// which organisation it came from. Such an activity is refused before anything is stored or routed: one polite line
/// for a message, an error for an invoke, nothing for conversationUpdate, installationUpdate and the rest; and the
/// refusal is audited (when, activity type, the foreign tenant id, the user's Entra object id, never the text).
/// Both tenant fields are checked when present, and an activity that names no tenant is refused too.
/// Local mode (no MicrosoftAppId) has no tenant: the filter is off there.
/// </summary>
internal sealed class TenantFilter(IOptions<BotIdentityOptions> identity, ISecurityAudit audit) : IActivityGate
{
    internal const string Refusal =
        "Sorry, this bot serves Cadoxton Primary School's own Microsoft 365 organisation only, so I can't help here.";

    internal const string RefusalCymraeg =
        "Mae'n ddrwg gen i, dim ond sefydliad Microsoft 365 Ysgol Gynradd Cadoxton ei hun y mae'r bot hwn yn ei wasanaethu, felly alla i ddim helpu yma.";

    public int Order => -100;

    public async Task<bool> AdmitAsync(ITurnContext turn, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        var school = identity.Value.HasAppId ? identity.Value.MicrosoftAppTenantId : null;
        if (string.IsNullOrWhiteSpace(school))
        {
            return true;
        }

        var activity = turn.Activity;
        var named = new[] { activity.Conversation?.TenantId, activity.ChannelDataTenantId }.Where(t => t is not null).ToList();
        if (named.Count > 0 && named.All(t => string.Equals(t, school.Trim(), StringComparison.OrdinalIgnoreCase)))
        {
            return true;
        }

        var foreign = named.FirstOrDefault(t => !string.Equals(t, school.Trim(), StringComparison.OrdinalIgnoreCase));
        await audit.RecordRefusalAsync(RefusalReason.ForeignTenant, activity.Type ?? "unknown", foreign, activity.From?.AadObjectId, cancellationToken);
        var line = Line(activity);
        switch (activity.Type)
        {
            case ActivityTypes.Message:
                await turn.SendAsync(activity.CreateReply(line), cancellationToken);
                break;
            case ActivityTypes.Invoke:
                turn.InvokeResponse = InvokeRefusal.For(activity, line);
                break;
        }

        return false;
    }

    private static string Line(Activity activity) =>
        activity.Locale?.StartsWith("cy", StringComparison.OrdinalIgnoreCase) == true ? $"{RefusalCymraeg} / {Refusal}" : Refusal;
}
