using System.Text;

namespace CadoxtonPolicyBot.Features.Concerns;

/// <summary>
/// What a file really is, from its first bytes: a name or a declared type is whatever the sender says it is.
/// Pictures (PNG, JPEG, GIF, WebP, HEIC), PDF and plain UTF-8 text are accepted as evidence.
/// </summary>
internal static class EvidenceFileType
{
    public static (string ContentType, string Extension)? Detect(ReadOnlySpan<byte> bytes)
    {
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]))
        {
            return ("image/png", "png");
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xD8, 0xFF]))
        {
            return ("image/jpeg", "jpg");
        }

        if (bytes.StartsWith("GIF87a"u8) || bytes.StartsWith("GIF89a"u8))
        {
            return ("image/gif", "gif");
        }

        if (bytes.Length >= 12 && bytes.StartsWith("RIFF"u8) && bytes[8..12].SequenceEqual("WEBP"u8))
        {
            return ("image/webp", "webp");
        }

        if (bytes.Length >= 12 && bytes[4..8].SequenceEqual("ftyp"u8) && IsHeifBrand(bytes[8..12]))
        {
            return ("image/heic", "heic");
        }

        if (bytes.StartsWith("%PDF-"u8))
        {
            return ("application/pdf", "pdf");
        }

        return IsPlainText(bytes) ? ("text/plain", "txt") : null;
    }

    private static bool IsHeifBrand(ReadOnlySpan<byte> brand) =>
        brand.SequenceEqual("heic"u8) || brand.SequenceEqual("heix"u8) || brand.SequenceEqual("mif1"u8) || brand.SequenceEqual("heif"u8) || brand.SequenceEqual("msf1"u8);

    private static bool IsPlainText(ReadOnlySpan<byte> bytes)
    {
        if (bytes.IsEmpty)
        {
            return false;
        }

        string text;
        try
        {
            text = new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            return false;
        }

        foreach (var c in text)
        {
            if (char.IsControl(c) && c is not ('\n' or '\r' or '\t' or '\f'))
            {
                return false;
            }
        }

        return true;
    }
}
