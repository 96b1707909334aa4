using CadoxtonPolicyBot.Features.Acknowledgements;
using CadoxtonPolicyBot.Protocol;
using CadoxtonPolicyBot.Protocol.Connector;
using CadoxtonPolicyBot.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static CadoxtonPolicyBot.Tests.Features.Acknowledgements.AckHarness;

namespace CadoxtonPolicyBot.Tests.Features.Acknowledgements;

/// <summary>Two instances of the bot on one database, as App Service runs them during a deployment or scaled out.</summary>
public sealed class TwoInstanceDeliveryTests
{
    private static List<Person> Staff(int count) => Enumerable.Range(0, count)
        .Select(i => new Person($"cccccccc-0000-4000-8000-{i:000000000000}", $"29:s{i}", $"Staff {i}", $"s{i}@cadoxton.example"))
        .ToList();

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Two_instances_draining_one_outbox_at_once_send_each_person_exactly_one_card(string provider)
    {
        using var database = TestDatabase.Create(provider);
        var connector = new RecordingConnector();
        var people = Staff(40);
        await using var first = await CreateAsync(provider, sharedDatabase: database, connector: connector);
        await using var second = await CreateAsync(provider, sharedDatabase: database, connector: connector);
        await first.LaunchAsync(people);

        // Both run passes side by side until neither finds anything due.
        while ((await Task.WhenAll(first.DeliverAsync(), second.DeliverAsync())).Sum() > 0)
        {
        }

        var rows = await first.DbAsync(db => db.Set<RoundRecipient>().ToListAsync());
        Assert.All(rows, r => Assert.Equal(DeliveryState.Sent, r.State));
        Assert.All(people, p => Assert.Equal(1, connector.SendsTo("a:new-" + p.AadObjectId)));
        Assert.Equal(people.Count, connector.Sends.Count);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task When_one_instance_dies_mid_send_the_other_finishes_the_round_and_nobody_gets_two_cards(string provider)
    {
        using var database = TestDatabase.Create(provider);
        var connector = new RecordingConnector();
        var people = Staff(16);
        await using var survivor = await CreateAsync(provider, sharedDatabase: database, connector: connector);
        await using (var doomed = await CreateAsync(provider, sharedDatabase: database, connector: connector))
        {
            await doomed.LaunchAsync(people);
            var sent = 0;
            connector.BeforeSend = _ => Interlocked.Increment(ref sent) == 5 ? throw new OperationCanceledException("process killed") : Task.CompletedTask;
            await Assert.ThrowsAnyAsync<OperationCanceledException>(doomed.DeliverAsync);
        }

        connector.BeforeSend = null;
        // The survivor keeps going; the dead instance's leases run out and its rows are sent by the survivor.
        survivor.Time.Advance(TimeSpan.FromMinutes(6));
        while (await survivor.DeliverAsync() > 0)
        {
        }

        var rows = await survivor.DbAsync(db => db.Set<RoundRecipient>().ToListAsync());
        Assert.All(people, p => Assert.InRange(connector.SendsTo("a:new-" + p.AadObjectId), 0, 1));
        var unconfirmed = rows.Count(r => r.State == DeliveryState.Unconfirmed);
        Assert.InRange(unconfirmed, 1, 4);
        Assert.Equal(people.Count - unconfirmed, rows.Count(r => r.State == DeliveryState.Sent));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Two_instances_draw_from_one_tenant_budget_so_together_they_send_at_the_rate_of_one(string provider)
    {
        using var database = TestDatabase.Create(provider);
        await using var first = await CreateAsync(provider, sharedDatabase: database);
        await using var second = await CreateAsync(provider, sharedDatabase: database);
        var limiters = new[] { first.Services.GetRequiredService<TeamsRateLimiter>(), second.Services.GetRequiredService<TeamsRateLimiter>() };
        var start = first.Time.GetUtcNow();

        // 60 reservations, alternately and concurrently from the two instances (both clocks stand still).
        var slots = await Task.WhenAll(Enumerable.Range(0, 60).Select(async i =>
            start + await limiters[i % 2].ReserveAsync("conv-" + i, CancellationToken.None)));

        var ordered = slots.Order().ToList();
        var interval = TimeSpan.FromSeconds(1.0 / 30);
        Assert.Equal(60, ordered.Distinct().Count());
        Assert.All(ordered.Zip(ordered.Skip(1)), pair => Assert.True(pair.Second - pair.First >= interval - TimeSpan.FromMilliseconds(0.01)));
        // 60 requests at 30 a second: the last waits about two seconds, as it would with one instance.
        Assert.InRange(ordered[^1] - start, TimeSpan.FromSeconds(1.9), TimeSpan.FromSeconds(2));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_429_seen_by_one_instance_pauses_the_other_too(string provider)
    {
        using var database = TestDatabase.Create(provider);
        await using var first = await CreateAsync(provider, sharedDatabase: database);
        await using var second = await CreateAsync(provider, sharedDatabase: database);

        await first.Services.GetRequiredService<TeamsRateLimiter>().PauseAsync(TimeSpan.FromSeconds(12), CancellationToken.None);
        var wait = await second.Services.GetRequiredService<TeamsRateLimiter>().ReserveAsync("x", CancellationToken.None);

        Assert.InRange(wait, TimeSpan.FromSeconds(12) - TimeSpan.FromMilliseconds(1), TimeSpan.FromSeconds(12));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_429_answer_from_teams_puts_the_row_back_and_pauses_every_instance(string provider)
    {
        using var database = TestDatabase.Create(provider);
        var connector = new RecordingConnector();
        await using var first = await CreateAsync(provider, sharedDatabase: database, connector: connector);
        await using var second = await CreateAsync(provider, sharedDatabase: database, connector: connector);
        await first.LaunchAsync([Alex]);
        connector.Script("a:new-" + Alex.AadObjectId, ConnectorResult.Failure<ResourceResponse>(ConnectorOutcome.Throttled, 429, null, TimeSpan.FromSeconds(20)));

        await first.DeliverAsync();
        var wait = await second.Services.GetRequiredService<TeamsRateLimiter>().ReserveAsync("other", CancellationToken.None);

        Assert.Equal(DeliveryState.Pending, (await first.DbAsync(db => db.Set<RoundRecipient>().SingleAsync())).State);
        // 20 s from the first instance's clock at the 429, which its pass had moved on by a second or two.
        Assert.InRange(wait, TimeSpan.FromSeconds(19), TimeSpan.FromSeconds(25));
    }
}
