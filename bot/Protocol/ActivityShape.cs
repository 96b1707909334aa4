using System.Text.Json.Nodes;

namespace CadoxtonPolicyBot.Protocol;

/// <summary>
/// What an activity must look like before anything reads it: the fields the bot relies on have the JSON type and the
/// size it expects, and the serviceUrl is a URL the connector can be called at. A body that fails is malformed (400,
/// nothing done); a well-formed activity a feature cannot use is the turn's business (it apologises).
/// The limits are the database columns the values end up in, and far above anything Teams sends.
/// </summary>
public static class ActivityShape
{
    /// <summary>Teams conversation ids are well under 200 characters; the column holding them is 512.</summary>
    public const int MaxConversationIdLength = 512;

    public const int MaxAccountIdLength = 256;

    /// <summary>Entra object ids and tenant ids are GUIDs (36 characters); the columns are 64.</summary>
    public const int MaxDirectoryIdLength = 64;

    public const int MaxServiceUrlLength = 512;

    /// <summary>
    /// People handled from one conversationUpdate. Teams announces a bulk add in batches; anyone beyond this is still
    /// found by the features' own roster checks (the round schedule reads the team's members), just not at once.
    /// </summary>
    public const int MaxMembersPerUpdate = 100;

    private const int MaxShortFieldLength = 64;
    private const int MaxNameLength = 256;

    /// <summary>Null when the activity is usable; otherwise why not, in words safe to log (never the content).</summary>
    public static string? FindProblem(Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        if (string.IsNullOrEmpty(activity.Type) || activity.Type.Length > MaxShortFieldLength)
        {
            return "type is missing or too long";
        }

        if (!IsConnectorUrl(activity.ServiceUrl))
        {
            return "serviceUrl is not an absolute http(s) URL";
        }

        if (string.IsNullOrEmpty(activity.Conversation?.Id))
        {
            return "conversation.id is missing";
        }

        if (activity.Conversation.Id.Length > MaxConversationIdLength)
        {
            return $"conversation.id is longer than {MaxConversationIdLength} characters";
        }

        return TooLong(activity.Id, MaxConversationIdLength, "id")
            ?? TooLong(activity.ReplyToId, MaxConversationIdLength, "replyToId")
            ?? TooLong(activity.ChannelId, MaxShortFieldLength, "channelId")
            ?? TooLong(activity.Name, MaxNameLength, "name")
            ?? TooLong(activity.Action, MaxShortFieldLength, "action")
            ?? TooLong(activity.Locale, MaxShortFieldLength, "locale")
            ?? TooLong(activity.Conversation.ConversationType, 32, "conversation.conversationType")
            ?? TooLong(activity.Conversation.TenantId, MaxDirectoryIdLength, "conversation.tenantId")
            ?? AccountProblem(activity.From, "from")
            ?? AccountProblem(activity.Recipient, "recipient")
            ?? ChannelDataProblem(activity.ChannelData)
            ?? MembersProblem(activity.MembersAdded, "membersAdded")
            ?? MembersProblem(activity.MembersRemoved, "membersRemoved");
    }

    /// <summary>
    /// Keeps the first <see cref="MaxMembersPerUpdate"/> of membersAdded and membersRemoved; returns how many were
    /// dropped. Every member costs the features database work, so a flood is cut here rather than in each of them.
    /// </summary>
    public static int CapMembers(Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        return Cap(activity.MembersAdded) + Cap(activity.MembersRemoved);

        static int Cap(List<ChannelAccount>? members)
        {
            if (members is null || members.Count <= MaxMembersPerUpdate)
            {
                return 0;
            }

            var dropped = members.Count - MaxMembersPerUpdate;
            members.RemoveRange(MaxMembersPerUpdate, dropped);
            return dropped;
        }
    }

    /// <summary>An absolute http or https URL with a host and no credentials in it: what a Bot Connector serviceUrl is.</summary>
    public static bool IsConnectorUrl(string? serviceUrl) =>
        serviceUrl is { Length: > 0 and <= MaxServiceUrlLength }
        // "/v3" is an absolute file: URI on Linux, so the scheme is what tells a URL from a path.
        && Uri.TryCreate(serviceUrl, UriKind.Absolute, out var uri)
        && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp)
        && uri.Host.Length > 0
        && uri.UserInfo.Length == 0;

    private static string? AccountProblem(ChannelAccount? account, string path) =>
        account is null
            ? null
            : TooLong(account.Id, MaxAccountIdLength, path + ".id")
                ?? TooLong(account.AadObjectId, MaxDirectoryIdLength, path + ".aadObjectId")
                ?? TooLong(account.Name, MaxNameLength, path + ".name");

    private static string? MembersProblem(List<ChannelAccount>? members, string path)
    {
        if (members is null)
        {
            return null;
        }

        // Checked on the members that will be read: those past the cap are dropped unread.
        foreach (var member in members.Take(MaxMembersPerUpdate))
        {
            if (member is null)
            {
                return $"{path} holds a null member";
            }

            if (AccountProblem(member, path + "[]") is { } problem)
            {
                return problem;
            }
        }

        return null;
    }

    /// <summary>channelData is free-form, but the ids the bot reads from it must be strings when present.</summary>
    private static string? ChannelDataProblem(JsonObject? channelData)
    {
        if (channelData is null)
        {
            return null;
        }

        foreach (var section in (string[])["tenant", "team", "channel"])
        {
            var node = channelData[section];
            if (node is null)
            {
                continue;
            }

            if (node is not JsonObject obj)
            {
                return $"channelData.{section} is not an object";
            }

            if (obj["id"] is { } id && !(id is JsonValue value && value.TryGetValue<string>(out var text) && text.Length <= MaxConversationIdLength))
            {
                return $"channelData.{section}.id is not a string of at most {MaxConversationIdLength} characters";
            }
        }

        return channelData["tenant"]?["id"] is JsonValue tenant && tenant.GetValue<string>().Length > MaxDirectoryIdLength
            ? "channelData.tenant.id is too long"
            : null;
    }

    private static string? TooLong(string? value, int max, string path) =>
        value is not null && value.Length > max ? $"{path} is longer than {max} characters" : null;
}
