using System.Security.Cryptography;
using System.Text;
using CadoxtonPolicyBot.Infrastructure.Security;
using Microsoft.Extensions.Options;

namespace CadoxtonPolicyBot.Infrastructure.Roles;

/// <summary>
/// Seals the staff list kept in the database, so that someone who can write to the database but does not hold
/// DataProtection:KeyEncryptionKey cannot make a pupil staff for as long as Graph is unreachable. Only the rows of the
/// latest sealed read count, so an old member's row put back is ignored too.
/// </summary>
internal sealed class StaffListSeal(IOptions<KeyRingEncryptionOptions> keys)
{
    private readonly Lazy<byte[]> _key = new(() =>
        HKDF.DeriveKey(HashAlgorithmName.SHA256, keys.Value.KeyBytes(), 32, info: "CadoxtonPolicyBot staff list seal v1"u8.ToArray()));

    public string Compute(string groupId, string aadObjectId, DateTimeOffset readAt) =>
        Convert.ToBase64String(HMACSHA256.HashData(_key.Value, Encoding.UTF8.GetBytes($"{groupId}\n{aadObjectId}\n{readAt.UtcTicks}")));

    public bool IsValid(KnownStaffMember member) =>
        member is not null
        && CryptographicOperations.FixedTimeEquals(
            Encoding.ASCII.GetBytes(Compute(member.GroupId, member.AadObjectId, member.ReadAt)),
            Encoding.ASCII.GetBytes(member.Seal ?? string.Empty));
}
