using CadoxtonPolicyBot.Infrastructure.Persistence;
using CadoxtonPolicyBot.Protocol;
using CadoxtonPolicyBot.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;

namespace CadoxtonPolicyBot.Tests.Infrastructure;

public sealed class PersistenceTests
{
    private const string AddMigration = "Run: dotnet run --project bot/DesignTime -- migrations add NAME";

    [Fact]
    public void The_model_has_no_changes_missing_from_the_sqlite_migrations()
    {
        using var db = new SqliteBotDbContext(new DbContextOptionsBuilder<SqliteBotDbContext>().UseSqlite("Data Source=:memory:").Options);
        Assert.False(db.Database.HasPendingModelChanges(), AddMigration);
    }

    [Fact]
    public void The_model_has_no_changes_missing_from_the_postgres_migrations()
    {
        using var db = new PostgresBotDbContext(new DbContextOptionsBuilder<PostgresBotDbContext>().UseNpgsql("Host=127.0.0.1;Database=design").Options);
        Assert.False(db.Database.HasPendingModelChanges(), AddMigration);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Migrations_create_every_table_on_an_empty_database(string provider)
    {
        using var database = TestDatabase.Create(provider);
        await using var db = await database.OpenMigratedAsync();

        Assert.Empty(await db.Database.GetPendingMigrationsAsync());
        Assert.Equal(0, await db.ConversationReferences.CountAsync());
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_conversation_reference_is_saved_once_and_found_by_the_users_entra_id(string provider)
    {
        using var database = TestDatabase.Create(provider);
        await using var db = await database.OpenMigratedAsync();
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 11, 24, 9, 0, 0, TimeSpan.Zero));
        var store = new EfConversationReferenceStore(db, time, new RecentlySavedReferences());
        var reference = new ConversationReference("https://smba.trafficmanager.net/emea/", "a:1personal", "personal", "tenant-1",
            "29:1alex", "3c4d5e6f-0000-4000-8000-000000000020", "Alex", "28:bot", "Policy Bot", "msteams");

        await store.SaveAsync(reference, CancellationToken.None);
        await store.SaveAsync(reference with { ServiceUrl = "https://smba.trafficmanager.net/uk/" }, CancellationToken.None);

        Assert.Equal(1, await db.ConversationReferences.CountAsync());
        var found = await store.FindPersonalAsync("3c4d5e6f-0000-4000-8000-000000000020", CancellationToken.None);
        Assert.NotNull(found);
        Assert.Equal("a:1personal", found.ConversationId);
        Assert.Equal("https://smba.trafficmanager.net/uk/", found.ServiceUrl);
        Assert.Null(await store.FindPersonalAsync("someone-else", CancellationToken.None));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_personal_chat_keeps_the_last_teams_locale_seen_from_the_person_when_a_later_save_has_none(string provider)
    {
        using var database = TestDatabase.Create(provider);
        await using var db = await database.OpenMigratedAsync();
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 11, 24, 9, 0, 0, TimeSpan.Zero));
        var store = new EfConversationReferenceStore(db, time, new RecentlySavedReferences());
        const string megan = "3c4d5e6f-0000-4000-8000-000000000021";
        var personal = new ConversationReference("https://smba.trafficmanager.net/emea/", "a:1megan", "personal", "tenant-1",
            "29:1megan", megan, "Megan", "28:bot", "Policy Bot", "msteams");

        // Opened by the bot itself (no locale known), then Megan writes from a Welsh Teams, then the bot refreshes the chat.
        await store.SaveAsync(personal, CancellationToken.None);
        Assert.Null((await store.FindPersonalAsync(megan, CancellationToken.None))!.Locale);
        await store.SaveAsync(personal with { Locale = "cy-GB" }, CancellationToken.None);
        time.Advance(TimeSpan.FromHours(2));
        await store.SaveAsync(personal with { ServiceUrl = "https://smba.trafficmanager.net/uk/" }, CancellationToken.None);

        Assert.Equal("cy-GB", (await store.FindPersonalAsync(megan, CancellationToken.None))!.Locale);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Someone_heard_only_in_a_channel_is_written_to_privately_in_the_locale_they_used_there(string provider)
    {
        using var database = TestDatabase.Create(provider);
        await using var db = await database.OpenMigratedAsync();
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 11, 24, 9, 0, 0, TimeSpan.Zero));
        var store = new EfConversationReferenceStore(db, time, new RecentlySavedReferences());
        const string megan = "3c4d5e6f-0000-4000-8000-000000000021";

        await store.SaveAsync(new ConversationReference("https://smba.trafficmanager.net/emea/", "19:staffroom@thread.tacv2", "channel", "tenant-1",
            "29:1megan", megan, "Megan", "28:bot", "Policy Bot", "msteams", "cy-GB"), CancellationToken.None);
        time.Advance(TimeSpan.FromMinutes(1));
        await store.SaveAsync(new ConversationReference("https://smba.trafficmanager.net/emea/", "a:1megan", "personal", "tenant-1",
            "29:1megan", megan, "Megan", "28:bot", "Policy Bot", "msteams"), CancellationToken.None);

        var found = await store.FindPersonalAsync(megan, CancellationToken.None);
        Assert.Equal("a:1megan", found!.ConversationId);
        Assert.Equal("cy-GB", found.Locale);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Dates_survive_a_round_trip_in_utc(string provider)
    {
        using var database = TestDatabase.Create(provider);
        var when = new DateTimeOffset(2026, 9, 1, 8, 30, 15, TimeSpan.FromHours(1));
        await using (var db = await database.OpenMigratedAsync())
        {
            db.ConversationWelcomes.Add(new ConversationWelcome { ConversationId = "a:1", WelcomedAt = when });
            await db.SaveChangesAsync();
        }

        await using var reopened = database.Open();
        var row = await reopened.ConversationWelcomes.SingleAsync();
        Assert.Equal(when.UtcDateTime, row.WelcomedAt.UtcDateTime);
    }
}
