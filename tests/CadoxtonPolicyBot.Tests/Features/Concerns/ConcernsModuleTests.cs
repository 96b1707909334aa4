using CadoxtonPolicyBot.Infrastructure.Graph;
using CadoxtonPolicyBot.Features.Concerns;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace CadoxtonPolicyBot.Tests.Features.Concerns;

public sealed class ConcernsModuleTests
{
    private static ServiceProvider Build(Dictionary<string, string?> settings, string? contentRoot = null)
    {
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings { ContentRootPath = contentRoot ?? Path.GetTempPath() });
        builder.Configuration.AddInMemoryCollection(settings);
        builder.Services.AddOptions<CadoxtonPolicyBot.Protocol.BotIdentityOptions>().Bind(builder.Configuration);
        builder.Services.AddOptions<CadoxtonPolicyBot.Protocol.Connector.BotCredentialOptions>();
        builder.AddMicrosoftGraph();
        builder.AddConcerns();
        return builder.Services.BuildServiceProvider();
    }

    [Theory]
    [InlineData(10L * 1024 * 1024, "10 MB")]
    [InlineData(1536L * 1024, "1.5 MB")]
    [InlineData(512L * 1024, "512 KB")]
    [InlineData(900L, "900 bytes")]
    public void The_evidence_size_limit_is_told_in_words_people_read_never_as_0_MB(long bytes, string expected) =>
        Assert.Equal(expected, ConcernCards.SizeLimit(bytes));

    [Fact]
    public void A_deployed_bot_without_an_encryption_key_refuses_to_start()
    {
        using var services = Build(new() { ["MicrosoftAppId"] = "3f1c2b4a-5d6e-4f70-8a9b-0c1d2e3f4a5b" });

        var error = Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<IOptions<ConcernsOptions>>().Value);
        Assert.Contains("EncryptionKey", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void In_local_mode_a_key_is_made_once_in_app_data_and_reused()
    {
        var root = Directory.CreateTempSubdirectory("cpb-local-key-").FullName;
        try
        {
            string first;
            using (var services = Build([], root))
            {
                first = services.GetRequiredService<IOptions<ConcernsOptions>>().Value.EncryptionKey;
            }

            using var again = Build([], root);
            Assert.Equal(first, again.GetRequiredService<IOptions<ConcernsOptions>>().Value.EncryptionKey);
            Assert.Equal(32, Convert.FromBase64String(first).Length);
            Assert.True(File.Exists(Path.Combine(root, "App_Data", LocalEncryptionKey.FileName)));
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }

    [Fact]
    public async Task Without_an_app_registration_the_upn_is_left_empty_rather_than_guessed()
    {
        using var services = Build(new() { ["Concerns:EncryptionKey"] = ConcernsHarness.Key });

        var upn = await services.GetRequiredService<IDirectoryLookup>().FindUserPrincipalNameAsync(Guid.NewGuid().ToString(), CancellationToken.None);

        Assert.Null(upn);
    }
}

public sealed class EvidenceFileTypeTests
{
    [Theory]
    [InlineData(new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0 }, "image/png")]
    [InlineData(new byte[] { 0xFF, 0xD8, 0xFF, 0xE0, 0 }, "image/jpeg")]
    [InlineData(new byte[] { 0x47, 0x49, 0x46, 0x38, 0x39, 0x61, 0 }, "image/gif")]
    [InlineData(new byte[] { 0x52, 0x49, 0x46, 0x46, 1, 0, 0, 0, 0x57, 0x45, 0x42, 0x50, 0 }, "image/webp")]
    [InlineData(new byte[] { 0, 0, 0, 24, 0x66, 0x74, 0x79, 0x70, 0x68, 0x65, 0x69, 0x63, 0 }, "image/heic")]
    [InlineData(new byte[] { 0x25, 0x50, 0x44, 0x46, 0x2D, 0x31 }, "application/pdf")]
    [InlineData(new byte[] { 0x48, 0x69, 0x0A, 0xC3, 0xA9 }, "text/plain")]
    public void Files_are_typed_by_their_first_bytes(byte[] bytes, string expected) =>
        Assert.Equal(expected, EvidenceFileType.Detect(bytes)?.ContentType);

    [Theory]
    [InlineData(new byte[] { 0x4D, 0x5A, 0x90, 0x00 })]
    [InlineData(new byte[] { 0x50, 0x4B, 0x03, 0x04, 0x14, 0x00 })]
    [InlineData(new byte[] { 0xC3, 0x28 })]
    [InlineData(new byte[0])]
    public void Executables_archives_and_binary_data_are_refused(byte[] bytes) =>
        Assert.Null(EvidenceFileType.Detect(bytes));
}
