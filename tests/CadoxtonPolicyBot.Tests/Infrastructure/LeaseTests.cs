using System.Collections.Concurrent;
using CadoxtonPolicyBot.Infrastructure.Coordination;
using CadoxtonPolicyBot.Infrastructure.Persistence;
using CadoxtonPolicyBot.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace CadoxtonPolicyBot.Tests.Infrastructure;

/// <summary>The leases that make scheduled work run in one instance of the bot, on a real database of each provider.</summary>
public sealed class LeaseTests
{
    private static readonly TimeSpan Ttl = TimeSpan.FromMinutes(30);

    /// <summary>One "instance" of the bot as far as leases go: its own services and holder name, on the shared database.</summary>
    private static ServiceProvider Instance(TestDatabase database, TimeProvider time)
    {
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton(time);
        services.AddScoped<BotDbContext>(_ => database.Open());
        services.AddLeases();
        return services.BuildServiceProvider();
    }

    private static async Task<TestDatabase> MigratedAsync(string provider)
    {
        var database = TestDatabase.Create(provider);
        await using var db = await database.OpenMigratedAsync();
        return database;
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_lease_is_held_by_one_instance_renewed_by_it_and_taken_over_by_the_other_once_it_expires(string provider)
    {
        using var database = await MigratedAsync(provider);
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 9, 7, 9, 0, 0, TimeSpan.Zero));
        await using var a = Instance(database, time);
        await using var b = Instance(database, time);
        var first = a.GetRequiredService<ILeases>();
        var second = b.GetRequiredService<ILeases>();

        Assert.True(await first.TryHoldAsync("job", Ttl, CancellationToken.None));
        Assert.False(await second.TryHoldAsync("job", Ttl, CancellationToken.None));
        time.Advance(TimeSpan.FromMinutes(20));
        Assert.True(await first.TryHoldAsync("job", Ttl, CancellationToken.None)); // renewed until 09:50
        time.Advance(TimeSpan.FromMinutes(20));
        Assert.False(await second.TryHoldAsync("job", Ttl, CancellationToken.None)); // 09:40: still the first's

        // The first instance dies (no more renewals); at 09:50 its lease has run out.
        time.Advance(TimeSpan.FromMinutes(10));
        Assert.True(await second.TryHoldAsync("job", Ttl, CancellationToken.None));
        Assert.False(await first.TryHoldAsync("job", Ttl, CancellationToken.None));
        await using var db = database.Open();
        Assert.Equal(second.Holder, (await db.Set<Lease>().SingleAsync()).Holder);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_lease_given_up_at_a_graceful_stop_is_taken_at_once_by_the_other_instance(string provider)
    {
        using var database = await MigratedAsync(provider);
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 9, 7, 9, 0, 0, TimeSpan.Zero));
        await using var a = Instance(database, time);
        await using var b = Instance(database, time);
        Assert.True(await a.GetRequiredService<ILeases>().TryHoldAsync("job", Ttl, CancellationToken.None));

        await a.GetRequiredService<ILeases>().ReleaseAsync("job", CancellationToken.None);

        Assert.True(await b.GetRequiredService<ILeases>().TryHoldAsync("job", Ttl, CancellationToken.None));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Instances_racing_for_a_new_or_expired_lease_never_both_get_it(string provider)
    {
        using var database = await MigratedAsync(provider);
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 9, 7, 9, 0, 0, TimeSpan.Zero));
        var instances = Enumerable.Range(0, 4).Select(_ => Instance(database, time)).ToList();
        try
        {
            for (var round = 0; round < 5; round++)
            {
                // Every instance tries at once, several times each: a fresh lease in the first round, an expired one after.
                var winners = new ConcurrentBag<string>();
                await Task.WhenAll(instances.SelectMany(i => Enumerable.Range(0, 3).Select(async _ =>
                {
                    var leases = i.GetRequiredService<ILeases>();
                    if (await leases.TryHoldAsync("race", Ttl, CancellationToken.None))
                    {
                        winners.Add(leases.Holder);
                    }
                })));

                Assert.Single(winners.Distinct());
                time.Advance(Ttl);
            }
        }
        finally
        {
            foreach (var instance in instances)
            {
                await instance.DisposeAsync();
            }
        }
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_scheduled_job_in_two_running_instances_runs_once_per_interval_and_moves_when_its_instance_stops(string provider)
    {
        using var database = await MigratedAsync(provider);
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 9, 7, 9, 0, 0, TimeSpan.Zero));
        await using var a = Instance(database, time);
        await using var b = Instance(database, time);
        var runs = new ConcurrentQueue<string>();
        using var first = new CountingJob(a.GetRequiredService<ILeases>(), time, runs);
        using var second = new CountingJob(b.GetRequiredService<ILeases>(), time, runs);

        await first.StartAsync(CancellationToken.None);
        await second.StartAsync(CancellationToken.None);
        await first.Attempts(1);
        await second.Attempts(1);
        for (var interval = 1; interval <= 6; interval++)
        {
            time.Advance(CountingJob.Every);
            await first.Attempts(interval + 1);
            await second.Attempts(interval + 1);
        }

        // Seven passes (at start and after each of six intervals), every one in the same instance.
        Assert.Equal(7, runs.Count);
        var holder = Assert.Single(runs.Distinct());

        // The holder is stopped (a deployment's old instance): the other takes the job at its next pass.
        var (stopping, other) = holder == first.Name ? (first, second) : (second, first);
        await stopping.StopAsync(CancellationToken.None);
        var attempts = other.AttemptCount;
        time.Advance(CountingJob.Every);
        await other.Attempts(attempts + 1);

        Assert.Equal(8, runs.Count);
        Assert.Equal(other.Name, runs.Last());
        await other.StopAsync(CancellationToken.None);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_scheduled_job_whose_instance_was_killed_is_taken_over_when_the_lease_runs_out(string provider)
    {
        using var database = await MigratedAsync(provider);
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 9, 7, 9, 0, 0, TimeSpan.Zero));
        await using var a = Instance(database, time);
        await using var b = Instance(database, time);
        var runs = new ConcurrentQueue<string>();
        using var killed = new CountingJob(a.GetRequiredService<ILeases>(), time, runs);
        using var survivor = new CountingJob(b.GetRequiredService<ILeases>(), time, runs);

        Assert.True(await killed.RunIfHolderAsync(CancellationToken.None));
        // Killed now: it never renews nor gives the lease up. The survivor keeps trying every interval.
        var ranAt = new List<bool>();
        for (var i = 0; i < 3; i++)
        {
            time.Advance(CountingJob.Every);
            ranAt.Add(await survivor.RunIfHolderAsync(CancellationToken.None));
        }

        // The lease lasts two intervals: refused at +15 min, and taken at +30 min, when it ran out.
        Assert.Equal([false, true, true], ranAt);
        Assert.Equal([killed.Name, survivor.Name, survivor.Name], runs.ToArray());
    }

    /// <summary>A job that records which instance ran it, and counts its passes (run or not) so the test can keep step.</summary>
    private sealed class CountingJob(ILeases leases, TimeProvider time, ConcurrentQueue<string> runs) : SingleInstanceService(leases, time)
    {
        public static readonly TimeSpan Every = TimeSpan.FromMinutes(15);
        private int _attempts;

        public string Name { get; } = leases.Holder;

        public int AttemptCount => Volatile.Read(ref _attempts);

        protected override string LeaseName => "counting-job";

        protected override TimeSpan Interval => Every;

        protected override Task RunOnceAsync(CancellationToken cancellationToken)
        {
            runs.Enqueue(Name);
            return Task.CompletedTask;
        }

        protected override void PassFailed(Exception exception) => throw new InvalidOperationException("A pass failed", exception);

        /// <summary>Waits until this instance has made <paramref name="count"/> passes and is sleeping until the next.</summary>
        public async Task Attempts(int count)
        {
            var deadline = DateTime.UtcNow.AddSeconds(20);
            while (AttemptCount < count)
            {
                Assert.True(DateTime.UtcNow < deadline, $"{Name} made {AttemptCount} passes, not {count}");
                await Task.Delay(5);
            }

            // Let it reach its delay on the fake clock before the test moves the clock on.
            await Task.Delay(50);
        }

        internal override async Task<bool> RunIfHolderAsync(CancellationToken cancellationToken)
        {
            try
            {
                return await base.RunIfHolderAsync(cancellationToken);
            }
            finally
            {
                Interlocked.Increment(ref _attempts);
            }
        }
    }
}
