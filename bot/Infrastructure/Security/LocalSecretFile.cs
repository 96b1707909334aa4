using System.Security.Cryptography;

namespace CadoxtonPolicyBot.Infrastructure.Security;

/// <summary>
/// Local mode only: a 256-bit key made once and kept in App_Data beside the SQLite file, so that trying the bot
/// needs no set-up. A deployment sets its keys from Key Vault instead and never reaches this.
/// </summary>
public static class LocalSecretFile
{
    /// <summary>The base64 key in App_Data/<paramref name="fileName"/>, created on first use, readable by the owner only.</summary>
    public static string ReadOrCreateKey(string contentRoot, string fileName, out string path)
    {
        var folder = Path.Combine(contentRoot, "App_Data");
        Directory.CreateDirectory(folder);
        path = Path.Combine(folder, fileName);
        if (!File.Exists(path))
        {
            File.WriteAllText(path, Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)));
            if (!OperatingSystem.IsWindows())
            {
                File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite);
            }
        }

        return File.ReadAllText(path).Trim();
    }
}
