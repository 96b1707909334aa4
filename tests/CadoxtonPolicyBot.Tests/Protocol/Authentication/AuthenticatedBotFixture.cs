namespace CadoxtonPolicyBot.Tests.Protocol.Authentication;

/// <summary>A metadata server publishing a Teams-endorsed key and a key endorsed for another channel, and the app that trusts it.</summary>
public sealed class AuthenticatedBotFixture : IAsyncLifetime
{
    public OpenIdMetadataServer Metadata { get; private set; } = null!;

    public BotAppFactory App { get; private set; } = null!;

    public TestSigningKey TeamsKey { get; private set; } = null!;

    public TestSigningKey WebChatKey { get; private set; } = null!;

    public DateTimeOffset Now => App.Time.GetUtcNow();

    public async Task InitializeAsync()
    {
        Metadata = await OpenIdMetadataServer.StartAsync();
        TeamsKey = Metadata.NewKey("teams-key", "msteams", "skype");
        WebChatKey = Metadata.NewKey("webchat-key", "webchat");
        Metadata.Publish("botframework", TeamsKey, WebChatKey);
        App = new BotAppFactory(Metadata);
        App.StartServer();
    }

    public async Task DisposeAsync()
    {
        await App.DisposeAsync();
        await Metadata.DisposeAsync();
    }
}
