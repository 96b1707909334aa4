namespace CadoxtonPolicyBot.Tests.Protocol.Authentication;

/// <summary>A metadata server, the app that trusts it, and the signing keys a test made; stopped and disposed together.</summary>
public sealed class BotTestEnvironment : IAsyncDisposable
{
    private BotTestEnvironment(OpenIdMetadataServer metadata, BotAppFactory app)
    {
        Metadata = metadata;
        App = app;
    }

    public OpenIdMetadataServer Metadata { get; }

    public BotAppFactory App { get; }

    public DateTimeOffset Now => App.Time.GetUtcNow();

    public static async Task<BotTestEnvironment> StartAsync(Func<OpenIdMetadataServer, BotAppFactory>? createApp = null)
    {
        var metadata = await OpenIdMetadataServer.StartAsync();
        return new BotTestEnvironment(metadata, createApp?.Invoke(metadata) ?? new BotAppFactory(metadata));
    }

    public TestSigningKey NewKey(string kid, params string[]? endorsements) => Metadata.NewKey(kid, endorsements);

    public async ValueTask DisposeAsync()
    {
        await App.DisposeAsync();
        await Metadata.DisposeAsync();
    }
}
