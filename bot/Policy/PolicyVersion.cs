using System.Security.Cryptography;
using System.Text;

namespace CadoxtonPolicyBot.Policy;

/// <summary>The policy version is the SHA-256 of its text, so an answer can be tied to the exact wording it quoted.</summary>
public sealed record PolicyVersion(string Sha256Hex)
{
    public static PolicyVersion Of(ReadOnlySpan<byte> policyBytes) =>
        new(Convert.ToHexStringLower(SHA256.HashData(policyBytes)));

    public static PolicyVersion Of(string policyText) => Of(Encoding.UTF8.GetBytes(policyText));

    /// <summary>The first 12 hex digits: enough to tell versions apart in a card footer or a log line.</summary>
    public string Abbreviated => Sha256Hex[..12];

    public override string ToString() => Sha256Hex;
}
