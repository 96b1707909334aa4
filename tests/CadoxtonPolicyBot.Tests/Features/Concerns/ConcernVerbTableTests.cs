using System.Reflection;
using System.Text.Json.Nodes;
using CadoxtonPolicyBot.Features.Concerns;
using CadoxtonPolicyBot.Infrastructure.Persistence;
using CadoxtonPolicyBot.Tests.Support;
using CadoxtonPolicyBot.Turns;
using Microsoft.EntityFrameworkCore;

namespace CadoxtonPolicyBot.Tests.Features.Concerns;

/// <summary>The concern verbs are declared in one table; the router, not the feature, refuses a presser without the role.</summary>
public sealed class ConcernVerbTableTests
{
    [Fact]
    public void Every_concern_verb_is_declared_once_and_only_the_handlers_buttons_need_the_concern_handler_role()
    {
        var declared = typeof(ConcernVerbs).GetFields(BindingFlags.Public | BindingFlags.Static).Select(f => (string)f.GetRawConstantValue()!).ToList();
        var table = ConcernCardActions.Verbs.ToList();

        Assert.Equal(declared.Order(StringComparer.Ordinal), table.Select(v => v.Verb).Order(StringComparer.Ordinal));
        Assert.Equal(
            [ConcernVerbs.Open, ConcernVerbs.SetStatus, ConcernVerbs.AddNote, ConcernVerbs.Export],
            table.Where(v => v.Requires == CardVerbRole.ConcernHandler).Select(v => v.Verb));
        Assert.All(table.Where(v => v.Requires != CardVerbRole.ConcernHandler), v => Assert.Equal(CardVerbRole.Anyone, v.Requires));
        Assert.All(table.Where(v => v.Requires == CardVerbRole.ConcernHandler), v =>
        {
            Assert.Equal(ConcernCardActions.NotAvailable, v.Refusal);
            Assert.NotNull(v.OnRefused);
        });
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_non_handler_is_refused_by_the_table_before_the_feature_reads_the_button_and_the_refusal_is_audited(string provider)
    {
        await using var harness = await ConcernsHarness.CreateAsync(provider);
        // A button that names no concern: the feature would say so, but only to someone who may press it at all.
        var noConcern = new JsonObject { ["note"] = "made up" };

        var byStaff = await harness.TurnAsync(Inbound.Execute(ConcernsHarness.OtherStaff, ConcernVerbs.AddNote, noConcern));
        var byHandler = await harness.TurnAsync(Inbound.Execute(ConcernsHarness.HeadTeacher, ConcernVerbs.AddNote, noConcern.DeepClone().AsObject()));

        Assert.Equal(ConcernCardActions.NotAvailable, byStaff.InvokeMessage());
        Assert.Equal("That button does not name a concern. Nothing was changed.", byHandler.InvokeMessage());
        await using var db = harness.Database.Open();
        var audit = await db.Set<ConcernAuditEntry>().OrderBy(a => a.Sequence).ToListAsync();
        var denied = Assert.Single(audit);
        Assert.Equal(AuditActions.Denied, denied.Action);
        Assert.Equal(ConcernsHarness.OtherStaff, denied.ActorAadObjectId);
        Assert.Null(denied.ConcernReference);
        Assert.Equal($"verb={ConcernVerbs.AddNote}", denied.Details);
        Assert.False(await db.Set<ConcernNote>().AnyAsync());
    }
}
