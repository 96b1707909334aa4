using CadoxtonPolicyBot.Infrastructure.Persistence;
using CadoxtonPolicyBot.Protocol;
using CadoxtonPolicyBot.Tests.Support;
using Microsoft.Extensions.Time.Testing;

namespace CadoxtonPolicyBot.Tests.Infrastructure;

/// <summary>The Teams locale remembered for proactive sends: whose it is, and what shape it must have to be stored.</summary>
public sealed class LocalePersistenceTests
{
    private const string Megan = "3c4d5e6f-0000-4000-8000-000000000021";
    private const string Alex = "3c4d5e6f-0000-4000-8000-000000000022";

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_colleague_who_speaks_after_a_welsh_speaker_in_a_channel_thread_without_a_locale_is_not_given_her_language(string provider)
    {
        using var database = TestDatabase.Create(provider);
        await using var db = await database.OpenMigratedAsync();
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 11, 24, 9, 0, 0, TimeSpan.Zero));
        var store = new EfConversationReferenceStore(db, time, new RecentlySavedReferences());
        var thread = new ConversationReference("https://smba.trafficmanager.net/emea/", "19:staffroom@thread.tacv2;messageid=1", "channel", "tenant-1",
            "29:1megan", Megan, "Megan", "28:bot", "Policy Bot", "msteams", "cy-GB");

        // Megan writes in the thread from a Welsh Teams; then Alex, from an activity that carries no locale.
        await store.SaveAsync(thread, CancellationToken.None);
        time.Advance(TimeSpan.FromMinutes(1));
        await store.SaveAsync(thread with { UserId = "29:1alex", UserAadObjectId = Alex, UserName = "Alex", Locale = null }, CancellationToken.None);
        // The bot opens Alex's 1:1 chat itself (no locale known there).
        time.Advance(TimeSpan.FromMinutes(1));
        await store.SaveAsync(new ConversationReference("https://smba.trafficmanager.net/emea/", "a:1alex", "personal", "tenant-1",
            "29:1alex", Alex, "Alex", "28:bot", "Policy Bot", "msteams"), CancellationToken.None);

        Assert.Null((await store.FindPersonalAsync(Alex, CancellationToken.None))!.Locale);
    }

    [Theory]
    [InlineData("cy-GB", "cy-GB")]
    [InlineData("cy", "cy")]
    [InlineData("en-GB", "en-GB")]
    [InlineData("zh-Hant-TW", "zh-Hant-TW")]
    [InlineData("cy-GB\u0000", null)]
    [InlineData("cy-GB; DROP", null)]
    [InlineData("cy-", null)]
    [InlineData("c", null)]
    [InlineData("", null)]
    [InlineData(null, null)]
    public void Only_a_locale_shaped_like_a_language_tag_is_kept_from_an_activity(string? sent, string? kept)
    {
        var activity = new Activity
        {
            Type = ActivityTypes.Message,
            ServiceUrl = "https://smba.trafficmanager.net/emea/",
            Conversation = new ConversationAccount { Id = "a:1megan", ConversationType = "personal" },
            From = new ChannelAccount { Id = "29:1megan", AadObjectId = Megan },
            Locale = sent,
        };

        Assert.Equal(kept, ConversationReference.FromActivity(activity).Locale);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_turn_whose_locale_holds_a_nul_is_still_remembered_on_both_databases_without_a_locale(string provider)
    {
        using var database = TestDatabase.Create(provider);
        await using var db = await database.OpenMigratedAsync();
        var store = new EfConversationReferenceStore(db, new FakeTimeProvider(new DateTimeOffset(2026, 11, 24, 9, 0, 0, TimeSpan.Zero)), new RecentlySavedReferences());
        var activity = new Activity
        {
            Type = ActivityTypes.Message,
            ServiceUrl = "https://smba.trafficmanager.net/emea/",
            Conversation = new ConversationAccount { Id = "a:1megan", ConversationType = "personal", TenantId = "tenant-1" },
            From = new ChannelAccount { Id = "29:1megan", AadObjectId = Megan },
            Locale = "cy\u0000",
        };

        await store.SaveAsync(ConversationReference.FromActivity(activity), CancellationToken.None);

        var found = await store.FindPersonalAsync(Megan, CancellationToken.None);
        Assert.Equal("a:1megan", found!.ConversationId);
        Assert.Null(found.Locale);
    }

    [Fact]
    public async Task Postgres_refuses_a_nul_in_text_which_is_why_the_locale_is_checked_before_it_is_stored()
    {
        using var database = TestDatabase.Create(DatabaseProvider.Postgres);
        await using var db = await database.OpenMigratedAsync();
        var store = new EfConversationReferenceStore(db, new FakeTimeProvider(new DateTimeOffset(2026, 11, 24, 9, 0, 0, TimeSpan.Zero)), new RecentlySavedReferences());
        var raw = new ConversationReference("https://smba.trafficmanager.net/emea/", "a:1megan", "personal", "tenant-1",
            "29:1megan", Megan, "Megan", "28:bot", "Policy Bot", "msteams", "cy\u0000");

        await Assert.ThrowsAnyAsync<Exception>(() => store.SaveAsync(raw, CancellationToken.None));
    }
}
