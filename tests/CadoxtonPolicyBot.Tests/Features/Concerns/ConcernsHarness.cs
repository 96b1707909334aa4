using CadoxtonPolicyBot.Infrastructure.Graph;
using System.Security.Cryptography;
using CadoxtonPolicyBot.Features.Concerns;
using CadoxtonPolicyBot.Infrastructure.Persistence;
using CadoxtonPolicyBot.Infrastructure.Roles;
using CadoxtonPolicyBot.Protocol;
using CadoxtonPolicyBot.Protocol.Connector;
using CadoxtonPolicyBot.Tests.Support;
using CadoxtonPolicyBot.Turns;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Time.Testing;

namespace CadoxtonPolicyBot.Tests.Features.Concerns;

/// <summary>
/// The concerns feature wired as the app wires it (AddConcerns, roles, the turn router) on a real database, with a
/// fake clock, a recording connector and a fixed key: every test builds one. Local mode (no app id), so files are
/// fetched from, and case bundles uploaded to, servers on this machine only, through the real guarded client.
/// </summary>
internal sealed class ConcernsHarness : IAsyncDisposable
{
    public const string HeadTeacher = "11111111-0000-4000-8000-000000000001";
    public const string Deputy = "11111111-0000-4000-8000-000000000002";
    public const string ChairOfGovernors = "11111111-0000-4000-8000-000000000003";
    public const string Reporter = "22222222-0000-4000-8000-000000000001";
    public const string OtherStaff = "22222222-0000-4000-8000-000000000002";
    public const string ServiceUrl = "https://smba.trafficmanager.net/uk/";

    public static readonly string Key = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));

    private readonly ServiceProvider _services;

    private ConcernsHarness(TestDatabase database, ServiceProvider services, FakeTimeProvider time, RecordingConnector connector)
    {
        Database = database;
        _services = services;
        Time = time;
        Connector = connector;
    }

    public TestDatabase Database { get; }

    public FakeTimeProvider Time { get; }

    public RecordingConnector Connector { get; }

    public IServiceProvider Services => _services;

    /// <param name="provider">The database provider.</param>
    /// <param name="settings">Settings over the harness's own.</param>
    /// <param name="existing">A database the test prepared (and migrated) itself; the harness then owns it.</param>
    public static async Task<ConcernsHarness> CreateAsync(string provider, IDictionary<string, string?>? settings = null, TestDatabase? existing = null)
    {
        var database = existing ?? TestDatabase.Create(provider);
        await (await database.OpenMigratedAsync()).DisposeAsync();
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 3, 2, 9, 0, 0, TimeSpan.Zero));
        var connector = new RecordingConnector();
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        var config = new Dictionary<string, string?>
        {
            ["Concerns:EncryptionKey"] = Key,
            ["Roles:HeadTeacherIds:0"] = HeadTeacher,
            ["Roles:ConcernHandlers:0:AadObjectId"] = HeadTeacher,
            ["Roles:ConcernHandlers:0:Role"] = "HeadTeacher",
            ["Roles:ConcernHandlers:1:AadObjectId"] = Deputy,
            ["Roles:ConcernHandlers:1:Role"] = "DeputyOrDsl",
            ["Roles:ConcernHandlers:2:AadObjectId"] = ChairOfGovernors,
            ["Roles:ConcernHandlers:2:Role"] = "ChairOfGovernors",
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            config[key] = value;
        }

        builder.Configuration.AddInMemoryCollection(config);
        builder.Services.AddLogging();
        builder.Services.AddSingleton<TimeProvider>(time);
        builder.Services.AddScoped<BotDbContext>(_ => database.Open());
        builder.Services.AddSingleton<RecentlySavedReferences>();
        builder.Services.AddScoped<IConversationReferenceStore, EfConversationReferenceStore>();
        builder.Services.AddSingleton<IConnectorClient>(connector);
        builder.Services.AddScoped<ProactiveMessenger>();
        builder.AddStaffRoles();
        // Local mode: no app registration, so no Graph client; the features say what they cannot do without it.
        builder.Services.AddOptions<CadoxtonPolicyBot.Protocol.BotIdentityOptions>();
        builder.Services.AddOptions<CadoxtonPolicyBot.Protocol.Connector.BotCredentialOptions>();
        builder.AddMicrosoftGraph();
        builder.AddTurnPipeline();
        builder.AddConcerns();
        var services = builder.Services.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true });
        return new ConcernsHarness(database, services, time, connector);
    }

    public AsyncServiceScope Scope() => _services.CreateAsyncScope();

    /// <summary>Runs one activity through the real turn router, in a scope of its own, as the endpoint does.</summary>
    public async Task<TestTurn> TurnAsync(Activity activity)
    {
        var turn = new TestTurn(activity, Connector);
        await using var scope = Scope();
        await scope.ServiceProvider.GetRequiredService<IConversationReferenceStore>().SaveAsync(turn.Reference, CancellationToken.None);
        await scope.ServiceProvider.GetRequiredService<IBot>().OnTurnAsync(turn, CancellationToken.None);
        return turn;
    }

    public async Task<T> WithAsync<T>(Func<IServiceProvider, Task<T>> action)
    {
        await using var scope = Scope();
        return await action(scope.ServiceProvider);
    }

    public async ValueTask DisposeAsync()
    {
        await _services.DisposeAsync();
        Database.Dispose();
    }
}
