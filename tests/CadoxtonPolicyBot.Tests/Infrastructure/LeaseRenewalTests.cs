using System.Collections.Concurrent;
using CadoxtonPolicyBot.Infrastructure.Coordination;
using CadoxtonPolicyBot.Infrastructure.Persistence;
using CadoxtonPolicyBot.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace CadoxtonPolicyBot.Tests.Infrastructure;

/// <summary>
/// A pass of single-instance work that outlasts its lease (a large round against Teams' and Graph's limits): the
/// lease is renewed while the pass runs, so no second instance starts the same work, and a pass whose lease is lost
/// stops. On a real database of each provider, with the clock moved by the test.
/// </summary>
public sealed class LeaseRenewalTests
{
    private static readonly DateTimeOffset Start = new(2026, 9, 7, 9, 0, 0, TimeSpan.Zero);

    // Interval 15 minutes: the lease lasts 30 and is renewed every 7.5 while a pass runs.
    private static readonly TimeSpan Quarter = TimeSpan.FromMinutes(7.5);

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

    private static async Task<Lease> LeaseRowAsync(TestDatabase database)
    {
        await using var db = database.Open();
        return await db.Set<Lease>().AsNoTracking().SingleAsync(l => l.Name == LongJob.Name);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_pass_running_four_times_longer_than_its_lease_keeps_it_and_the_other_instance_never_starts_the_work(string provider)
    {
        using var database = await MigratedAsync(provider);
        var clock = new ObservedClock(Start);
        await using var a = Instance(database, clock);
        await using var b = Instance(database, clock);
        using var first = new LongJob(a.GetRequiredService<ILeases>(), clock);
        using var second = new LongJob(b.GetRequiredService<ILeases>(), clock);

        var pass = first.RunIfHolderAsync(CancellationToken.None);
        await first.Started.WaitAsync(TimeSpan.FromSeconds(30));
        // Two hours of pass, four lease times: the other instance tries at every renewal, as its own schedule would.
        for (var renewal = 1; renewal <= 16; renewal++)
        {
            await clock.WaitForTimersAsync(renewal);
            clock.Advance(Quarter);
            await clock.WaitForTimersAsync(renewal + 1);
            Assert.Equal(clock.GetUtcNow() + TimeSpan.FromMinutes(30), (await LeaseRowAsync(database)).ExpiresAt);
            Assert.False(await second.RunIfHolderAsync(CancellationToken.None));
        }

        first.Finish();
        Assert.True(await pass.WaitAsync(TimeSpan.FromSeconds(30)));
        Assert.Equal(a.GetRequiredService<ILeases>().Holder, (await LeaseRowAsync(database)).Holder);
        Assert.Equal((1, 0), (first.Passes, second.Passes));
        Assert.Empty(first.Failures);
        Assert.False(first.SawCancellation);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_pass_whose_lease_another_instance_took_is_cancelled_at_the_next_renewal(string provider)
    {
        using var database = await MigratedAsync(provider);
        var clock = new ObservedClock(Start);
        await using var a = Instance(database, clock);
        await using var b = Instance(database, clock);
        using var first = new LongJob(a.GetRequiredService<ILeases>(), clock);
        var other = b.GetRequiredService<ILeases>();

        var pass = first.RunIfHolderAsync(CancellationToken.None);
        await first.Started.WaitAsync(TimeSpan.FromSeconds(30));
        await clock.WaitForTimersAsync(1);
        // The first instance stalled (a frozen process, a database it could not reach) until its lease ran out, and the
        // other instance took the lease, as it may once it has expired.
        await using (var db = database.Open())
        {
            await db.Set<Lease>().ExecuteUpdateAsync(s => s.SetProperty(l => l.ExpiresAt, Start));
        }

        Assert.True(await other.TryHoldAsync(LongJob.Name, TimeSpan.FromMinutes(30), CancellationToken.None));
        clock.Advance(Quarter);

        Assert.False(await pass.WaitAsync(TimeSpan.FromSeconds(30)));
        Assert.True(first.SawCancellation);
        var lost = Assert.IsType<LeaseLostException>(Assert.Single(first.Failures));
        Assert.Null(lost.InnerException);
        Assert.Equal(other.Holder, (await LeaseRowAsync(database)).Holder);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_pass_whose_lease_cannot_be_renewed_stops_while_a_quarter_of_the_lease_is_left(string provider)
    {
        using var database = await MigratedAsync(provider);
        var clock = new ObservedClock(Start);
        await using var a = Instance(database, clock);
        var leases = new FailingLeases(a.GetRequiredService<ILeases>());
        using var first = new LongJob(leases, clock);

        var pass = first.RunIfHolderAsync(CancellationToken.None);
        await first.Started.WaitAsync(TimeSpan.FromSeconds(30));
        leases.Failing = true;
        // Renewals at 09:07:30 and 09:15 fail and the pass goes on (the lease runs to 09:30); the one at 09:22:30 fails too,
        // and with a quarter left the pass is stopped.
        for (var renewal = 1; renewal <= 2; renewal++)
        {
            await clock.WaitForTimersAsync(renewal);
            clock.Advance(Quarter);
            await clock.WaitForTimersAsync(renewal + 1);
            Assert.False(pass.IsCompleted);
        }

        clock.Advance(Quarter);

        Assert.False(await pass.WaitAsync(TimeSpan.FromSeconds(30)));
        Assert.True(first.SawCancellation);
        var lost = Assert.IsType<LeaseLostException>(Assert.Single(first.Failures));
        Assert.IsType<InvalidOperationException>(lost.InnerException);
        var row = await LeaseRowAsync(database);
        Assert.Equal(leases.Holder, row.Holder);
        Assert.True(row.ExpiresAt > clock.GetUtcNow(), "the pass stopped before its lease ran out");
    }

    /// <summary>
    /// A pass that runs until the test lets it finish, or until its cancellation token fires. Every instance's job has
    /// the same lease name, as one scheduled service's would.
    /// </summary>
    private sealed class LongJob(ILeases leases, TimeProvider time) : SingleInstanceService(leases, time)
    {
        public const string Name = "long-job";
        private readonly TaskCompletionSource _started = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private readonly TaskCompletionSource _finish = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private int _passes;
        private volatile bool _sawCancellation;

        public Task Started => _started.Task;

        public int Passes => Volatile.Read(ref _passes);

        public bool SawCancellation => _sawCancellation;

        public ConcurrentQueue<Exception> Failures { get; } = new();

        protected override string LeaseName => Name;

        protected override TimeSpan Interval => TimeSpan.FromMinutes(15);

        public void Finish() => _finish.TrySetResult();

        protected override async Task RunOnceAsync(CancellationToken cancellationToken)
        {
            Interlocked.Increment(ref _passes);
            _started.TrySetResult();
            try
            {
                await _finish.Task.WaitAsync(cancellationToken);
            }
            catch (OperationCanceledException)
            {
                _sawCancellation = true;
                throw;
            }
        }

        protected override void PassFailed(Exception exception) => Failures.Enqueue(exception);
    }

    /// <summary>The real leases, until the database "goes away" for this instance: then every call fails as EF Core's would.</summary>
    private sealed class FailingLeases(ILeases inner) : ILeases
    {
        public volatile bool Failing;

        public string Holder => inner.Holder;

        public Task<bool> TryHoldAsync(string name, TimeSpan ttl, CancellationToken cancellationToken) =>
            Failing ? throw new InvalidOperationException("The database cannot be reached.") : inner.TryHoldAsync(name, ttl, cancellationToken);

        public Task ReleaseAsync(string name, CancellationToken cancellationToken) => inner.ReleaseAsync(name, cancellationToken);
    }

    /// <summary>
    /// A fake clock that counts the timers made on it, so the test moves time on only once the renewal loop is
    /// waiting for it (each renewal ends by starting the next wait), not after a guessed real-time pause.
    /// </summary>
    private sealed class ObservedClock(DateTimeOffset start) : TimeProvider
    {
        private readonly FakeTimeProvider _fake = new(start);
        private int _timers;

        public override DateTimeOffset GetUtcNow() => _fake.GetUtcNow();

        public override long GetTimestamp() => _fake.GetTimestamp();

        public override long TimestampFrequency => _fake.TimestampFrequency;

        public override TimeZoneInfo LocalTimeZone => _fake.LocalTimeZone;

        public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
        {
            var timer = _fake.CreateTimer(callback, state, dueTime, period);
            Interlocked.Increment(ref _timers);
            return timer;
        }

        public void Advance(TimeSpan by) => _fake.Advance(by);

        public async Task WaitForTimersAsync(int count)
        {
            var deadline = DateTime.UtcNow.AddSeconds(30);
            while (Volatile.Read(ref _timers) < count)
            {
                Assert.True(DateTime.UtcNow < deadline, $"{Volatile.Read(ref _timers)} timer(s) started on the clock, not {count}");
                await Task.Delay(5);
            }
        }
    }
}
