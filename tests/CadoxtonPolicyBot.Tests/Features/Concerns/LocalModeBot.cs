using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using CadoxtonPolicyBot.Features.Concerns;
using CadoxtonPolicyBot.Protocol;
using CadoxtonPolicyBot.Tests.Support;

namespace CadoxtonPolicyBot.Tests.Features.Concerns;

/// <summary>
/// The whole bot in local mode (no MicrosoftAppId): it accepts unauthenticated calls from this machine, as the Agents
/// Playground makes them, and talks to nothing but this machine.
/// </summary>
internal static class LocalModeBot
{
    public static Task<BotTestHost> StartAsync(string provider, Dictionary<string, string?>? settings = null)
    {
        var all = ConcernHttpTests.Roles();
        all["MicrosoftAppId"] = string.Empty;
        all["MicrosoftAppPassword"] = string.Empty;
        foreach (var (key, value) in settings ?? [])
        {
            all[key] = value;
        }

        return BotTestHost.StartAsync(provider, all);
    }

    /// <summary>Posts as the Playground does: no token.</summary>
    public static async Task<HttpResponseMessage> PostAnonymouslyAsync(this BotTestHost bot, Activity activity)
    {
        using var http = new HttpClient { BaseAddress = bot.BaseAddress };
        using var content = new StringContent(JsonSerializer.Serialize(activity, ProtocolJson.Options), Encoding.UTF8);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        return await http.PostAsync("/api/messages", content);
    }

    public static async Task<JsonNode> InvokeAnonymouslyAsync(this BotTestHost bot, Activity activity)
    {
        using var response = await bot.PostAnonymouslyAsync(activity);
        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        return JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
    }

    /// <summary>"report a concern", consent, form, submit, in local mode: the concern's id and reference.</summary>
    public static async Task<(Guid Id, string Reference)> ReportAsync(BotTestHost bot, string reporter)
    {
        var before = bot.Connector.Messages.Count;
        using (var asked = await bot.PostAnonymouslyAsync(bot.Message("report a concern", reporter)))
        {
            Assert.Equal(System.Net.HttpStatusCode.OK, asked.StatusCode);
        }

        await bot.Connector.WaitForMessagesAsync(before + 1);
        var form = await bot.InvokeAnonymouslyAsync(bot.Execute(ConcernVerbs.Continue, [], reporter));
        var token = form["value"]!["actions"]!.AsArray().Select(a => a!["data"]?[ConcernForm.Token]?.GetValue<string>()).First(t => t is not null)!;
        var prompt = await bot.InvokeAnonymouslyAsync(bot.Execute(ConcernVerbs.Submit, new JsonObject
        {
            [ConcernForm.Token] = token,
            [ConcernForm.WhatHappened] = "A post on a parents' group names a Year 4 pupil",
            [ConcernForm.Platform] = "Facebook",
            [ConcernForm.ConcernsWhom] = "school",
        }, reporter));
        var id = Guid.Parse(prompt["value"]!["actions"]![0]!["data"]![ConcernForm.ConcernId]!.GetValue<string>());
        var reference = prompt["value"]!["body"]![0]!["text"]!.GetValue<string>()["Your concern is recorded as ".Length..].TrimEnd('.');
        return (id, reference);
    }
}
