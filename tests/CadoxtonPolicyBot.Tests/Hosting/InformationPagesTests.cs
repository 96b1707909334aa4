using System.Net;
using CadoxtonPolicyBot.Hosting;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Configuration;

namespace CadoxtonPolicyBot.Tests.Hosting;

/// <summary>The pages the Teams app's developer links point at, served by the real app.</summary>
public sealed class InformationPagesTests : IClassFixture<InformationPagesTests.AppFactory>
{
    private readonly AppFactory _factory;

    public InformationPagesTests(AppFactory factory) => _factory = factory;

    [Fact]
    public async Task Home_page_says_what_the_bot_is_and_who_it_is_for()
    {
        var page = await GetPageAsync("/");

        Assert.Contains("<h1>Cadoxton Primary School social media policy bot</h1>", page.Html, StringComparison.Ordinal);
        Assert.Contains("It is for the school's staff, governors and the people who handle concerns", page.Text, StringComparison.Ordinal);
        Assert.Contains("Concerns are not anonymous", page.Text, StringComparison.Ordinal);
        Assert.Contains("<a href=\"/privacy\">", page.Html, StringComparison.Ordinal);
        Assert.Contains("<a href=\"/terms\">", page.Html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Privacy_notice_lists_what_is_stored_and_that_questions_are_not()
    {
        var page = await GetPageAsync("/privacy");

        Assert.Contains("<h1>Privacy notice for staff</h1>", page.Html, StringComparison.Ordinal);
        Assert.Contains("Conversation references: the ids Teams gives the app", page.Text, StringComparison.Ordinal);
        Assert.Contains("They contain no message text.", page.Text, StringComparison.Ordinal);
        Assert.Contains("Acknowledgement records: who acknowledged the policy", page.Text, StringComparison.Ordinal);
        Assert.Contains("which version of the policy you acknowledged", page.Text, StringComparison.Ordinal);
        Assert.Contains("Concern details and evidence are stored encrypted", page.Text, StringComparison.Ordinal);
        Assert.Contains("recorded in an audit trail", page.Text, StringComparison.Ordinal);
        Assert.Contains("are not stored and are not written to logs", page.Text, StringComparison.Ordinal);
        Assert.Contains("only if you choose to do that is the question kept", page.Text, StringComparison.Ordinal);
        Assert.Contains("contact the school's data protection officer", page.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Privacy_notice_states_the_configured_concern_retention_period()
    {
        var page = await GetPageAsync("/privacy");

        Assert.Contains($"deleted {AppFactory.RetentionYears} years after the case is closed", page.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Privacy_notice_names_every_retention_period_backups_logs_acknowledgements_and_leavers_chats()
    {
        var page = await GetPageAsync("/privacy");

        Assert.Contains($"Acknowledgement records are kept for {AppFactory.AcknowledgementRetentionYears} years after the round closes", page.Text, StringComparison.Ordinal);
        Assert.Contains("only by a deliberate step that is itself recorded", page.Text, StringComparison.Ordinal);
        Assert.Contains("When you leave the school's staff group they are deleted after 21 days", page.Text, StringComparison.Ordinal);
        Assert.Contains("Backups of the app's database are kept for 35 days", page.Text, StringComparison.Ordinal);
        Assert.Contains("are kept for 90 days", page.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Terms_say_the_policy_prevails_and_concerns_are_not_anonymous()
    {
        var page = await GetPageAsync("/terms");

        Assert.Contains("<h1>Terms of use</h1>", page.Html, StringComparison.Ordinal);
        Assert.Contains("The staff social media policy itself is what counts.", page.Text, StringComparison.Ordinal);
        Assert.Contains("The app is not the way to report a child at immediate risk.", page.Text, StringComparison.Ordinal);
        Assert.Contains("your identity is recorded with every concern you raise", page.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/privacy")]
    [InlineData("/terms")]
    public async Task Pages_allow_no_scripts_and_are_not_sniffed(string path)
    {
        using var client = _factory.CreateClient();

        using var response = await client.GetAsync(new Uri(path, UriKind.Relative));

        Assert.Equal("default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'none'", response.Headers.GetValues("Content-Security-Policy").Single());
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
    }

    [Fact]
    public void Text_that_looks_like_markup_is_encoded_not_interpreted()
    {
        // Every page's text passes through the HTML encoder, so an apostrophe or quote never reaches the markup raw.
        var html = InformationPages.Privacy(6);

        Assert.DoesNotContain("school's", html, StringComparison.Ordinal);
        Assert.DoesNotContain("\"can I post", html, StringComparison.Ordinal);
        Assert.Contains("school&#x27;s", html, StringComparison.Ordinal);
    }

    private async Task<(string Html, string Text)> GetPageAsync(string path)
    {
        using var client = _factory.CreateClient();

        using var response = await client.GetAsync(new Uri(path, UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html; charset=utf-8", response.Content.Headers.ContentType?.ToString());
        var html = await response.Content.ReadAsStringAsync();
        return (html, WebUtility.HtmlDecode(html));
    }

    /// <summary>The real app with no bot identity (local mode) and its own temporary SQLite database.</summary>
    public sealed class AppFactory : WebApplicationFactory<Program>
    {
        public const int RetentionYears = 7;
        public const int AcknowledgementRetentionYears = 8;

        private readonly string _databaseFile = Path.Combine(Path.GetTempPath(), $"cpb-pages-{Guid.NewGuid():N}.db");

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            // The database is chosen while the app is being built, before app configuration sources are read: as a
            // host setting, or the tests would share the developer's bot/App_Data database.
            builder.UseSetting("ConnectionStrings:Bot", $"Data Source={_databaseFile};Pooling=False");
            builder.ConfigureAppConfiguration((_, configuration) => configuration.AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["MicrosoftAppId"] = string.Empty,
                ["MicrosoftAppPassword"] = string.Empty,
                ["ConnectionStrings:Bot"] = $"Data Source={_databaseFile};Pooling=False",
                ["Concerns:RetentionYears"] = RetentionYears.ToString(System.Globalization.CultureInfo.InvariantCulture),
                ["Acknowledgements:RetentionYears"] = AcknowledgementRetentionYears.ToString(System.Globalization.CultureInfo.InvariantCulture),
                ["Roles:LeaverGracePeriod"] = "21.00:00:00",
            }));
        }

        protected override void Dispose(bool disposing)
        {
            base.Dispose(disposing);
            File.Delete(_databaseFile);
        }
    }
}
