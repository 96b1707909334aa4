using System.Xml.Linq;
using CadoxtonPolicyBot.Infrastructure.Persistence;
using Microsoft.AspNetCore.DataProtection.Repositories;
using Microsoft.EntityFrameworkCore;

namespace CadoxtonPolicyBot.Features.PolicyAnswers;

/// <summary>
/// Keeps the Data Protection key ring in the bot's own database. The default (a folder on the local disk) would give
/// each App Service instance its own keys and lose them on redeploy, so a question protected on one instance could
/// not be read on another; the database is already shared by all instances, on SQLite and PostgreSQL alike.
/// </summary>
internal sealed class DatabaseXmlRepository(IServiceScopeFactory scopes) : IXmlRepository
{
    // Data Protection calls this synchronously, from a singleton, outside any request: hence a scope of our own.
    public IReadOnlyCollection<XElement> GetAllElements()
    {
        using var scope = scopes.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<BotDbContext>();
        return [.. db.Set<DataProtectionKeyRecord>().AsNoTracking().OrderBy(k => k.Id).Select(k => k.Xml).AsEnumerable().Select(XElement.Parse)];
    }

    public void StoreElement(XElement element, string friendlyName)
    {
        ArgumentNullException.ThrowIfNull(element);
        using var scope = scopes.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<BotDbContext>();
        db.Set<DataProtectionKeyRecord>().Add(new DataProtectionKeyRecord { FriendlyName = friendlyName, Xml = element.ToString(SaveOptions.DisableFormatting) });
        db.SaveChanges();
    }
}
