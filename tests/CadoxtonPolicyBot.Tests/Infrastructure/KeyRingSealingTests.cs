using System.Security.Cryptography;
using System.Text;
using System.Xml.Linq;
using CadoxtonPolicyBot.Features.PolicyAnswers;
using CadoxtonPolicyBot.Infrastructure.Security;
using CadoxtonPolicyBot.Tests.Support;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.AspNetCore.DataProtection.Repositories;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CadoxtonPolicyBot.Tests.Infrastructure;

/// <summary>
/// The Data Protection key ring in the database is authenticated whole, not only its secrets (issue 12.9): a database
/// writer can neither plant a key of their own nor edit one, and a ring written before sealing is still read. Each test
/// runs the real app twice on one SQLite database with one DataProtection:KeyEncryptionKey, as a restart would.
/// </summary>
public sealed class KeyRingSealingTests : IDisposable
{
    private const string Purpose = "KeyRingSealingTests";
    private readonly string _keyEncryptionKey = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));
    private readonly TestDatabase _database = TestDatabase.Create("Sqlite");

    public void Dispose() => _database.Dispose();

    [Fact]
    public async Task A_key_planted_in_the_database_by_someone_without_the_key_encryption_key_is_never_used()
    {
        byte[] before;
        await using (var bot = await StartAsync())
        {
            before = Protector(bot).Protect("before"u8.ToArray());
        }

        // What an attacker with write access can do: a valid key of their own, secret in plain text, activated last.
        var planted = PlainKeyRing(encryptor: null);
        var plantedId = KeyIdOf(planted.Protector.Protect("x"u8.ToArray()));
        await InsertRowsAsync(planted.Repository.Elements);

        await using (var bot = await StartAsync())
        {
            var after = Protector(bot).Protect("after"u8.ToArray());

            Assert.NotEqual(plantedId, KeyIdOf(after));
            Assert.Equal(KeyIdOf(before), KeyIdOf(after));
            Assert.Equal("before"u8.ToArray(), Protector(bot).Unprotect(before));
        }
    }

    [Fact]
    public async Task An_edited_key_ring_element_is_rejected_so_an_edit_of_its_dates_cannot_pass()
    {
        byte[] protectedBefore;
        await using (var bot = await StartAsync())
        {
            protectedBefore = Protector(bot).Protect("secret"u8.ToArray());
        }

        await using (var db = _database.Open())
        {
            var row = await db.Set<DataProtectionKeyRecord>().SingleAsync();
            var element = XElement.Parse(row.Xml);
            Assert.Equal(SealedXmlRepository.SealedElementName, element.Name.LocalName);
            Assert.DoesNotContain("expirationDate", row.Xml, StringComparison.Ordinal);
            var bytes = Convert.FromBase64String(element.Value);
            bytes[^1] ^= 0x01;
            element.Value = Convert.ToBase64String(bytes);
            row.Xml = element.ToString(SaveOptions.DisableFormatting);
            await db.SaveChangesAsync();
        }

        await using (var bot = await StartAsync())
        {
            Assert.ThrowsAny<CryptographicException>(() => Protector(bot).Unprotect(protectedBefore));
        }
    }

    [Fact]
    public async Task A_ring_written_before_sealing_is_still_read_and_is_sealed_at_its_first_read()
    {
        var legacy = PlainKeyRing(encryptor: new KeyRingEncryptor(new KeyRingEncryptionOptions { KeyEncryptionKey = _keyEncryptionKey }));
        var protectedByLegacy = legacy.Protector.Protect("from the old version"u8.ToArray());
        await InsertRowsAsync(legacy.Repository.Elements);

        await using (var bot = await StartAsync())
        {
            Assert.Equal("from the old version"u8.ToArray(), Protector(bot).Unprotect(protectedByLegacy));
        }

        await using var db = _database.Open();
        var rows = await db.Set<DataProtectionKeyRecord>().AsNoTracking().ToListAsync();
        Assert.Contains(rows, r => XElement.Parse(r.Xml).Name.LocalName == SealedXmlRepository.SealedElementName);
    }

    private Task<BotTestHost> StartAsync() => BotTestHost.StartAsync(settings: new Dictionary<string, string?>(_database.AppSettings())
    {
        ["DataProtection:KeyEncryptionKey"] = _keyEncryptionKey,
    });

    private static IDataProtector Protector(BotTestHost bot) => bot.Services.GetRequiredService<IDataProtectionProvider>().CreateProtector(Purpose);

    /// <summary>Data Protection's payload header: a 4-byte magic number, then the 16-byte id of the key that protected it.</summary>
    private static Guid KeyIdOf(byte[] payload) => new(payload.AsSpan(4, 16));

    /// <summary>A key ring made by Data Protection itself, as the bot's earlier versions (or an attacker) would write it.</summary>
    private static (IDataProtector Protector, ListRepository Repository) PlainKeyRing(KeyRingEncryptor? encryptor)
    {
        var repository = new ListRepository();
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddDataProtection().SetApplicationName("CadoxtonPolicyBot");
        services.Configure<KeyManagementOptions>(o =>
        {
            o.XmlRepository = repository;
            o.XmlEncryptor = encryptor;
        });
        var provider = services.BuildServiceProvider();
        return (provider.GetRequiredService<IDataProtectionProvider>().CreateProtector(Purpose), repository);
    }

    private async Task InsertRowsAsync(IEnumerable<XElement> elements)
    {
        await using var db = await _database.OpenMigratedAsync();
        foreach (var element in elements)
        {
            db.Set<DataProtectionKeyRecord>().Add(new DataProtectionKeyRecord { FriendlyName = "inserted", Xml = element.ToString(SaveOptions.DisableFormatting) });
        }

        await db.SaveChangesAsync();
    }

    private sealed class ListRepository : IXmlRepository
    {
        public List<XElement> Elements { get; } = [];

        public IReadOnlyCollection<XElement> GetAllElements() => [.. Elements];

        public void StoreElement(XElement element, string friendlyName) => Elements.Add(element);
    }
}
