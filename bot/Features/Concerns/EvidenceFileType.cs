using System.IO.Compression;
using System.Text;

namespace CadoxtonPolicyBot.Features.Concerns;

/// <summary>
/// What a file really is, from its bytes: a name or a declared type is whatever the sender says it is. Accepted as
/// evidence: pictures (PNG, JPEG, GIF, WebP, HEIC), PDF, plain UTF-8 text, and Word, Excel and PowerPoint documents
/// (OOXML, recognised by the parts inside the zip, and refused when they carry macros or embedded programs).
/// Anything else (programs, scripts that are not plain text, archives, HTML applications with binary parts) is refused.
/// </summary>
internal static class EvidenceFileType
{
    public static readonly EvidenceType Png = new("image/png", "png", "PNG picture");
    public static readonly EvidenceType Jpeg = new("image/jpeg", "jpg", "JPEG picture");
    public static readonly EvidenceType Gif = new("image/gif", "gif", "GIF picture");
    public static readonly EvidenceType WebP = new("image/webp", "webp", "WebP picture");
    public static readonly EvidenceType Heic = new("image/heic", "heic", "HEIC picture");
    public static readonly EvidenceType Pdf = new("application/pdf", "pdf", "PDF document");
    public static readonly EvidenceType Text = new("text/plain", "txt", "text file");
    public static readonly EvidenceType Word = new("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx", "Word document");
    public static readonly EvidenceType Excel = new("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx", "Excel workbook");
    public static readonly EvidenceType PowerPoint = new("application/vnd.openxmlformats-officedocument.presentationml.presentation", "pptx", "PowerPoint presentation");

    /// <summary>What the reporter is told can be sent.</summary>
    public const string AcceptedInWords = "pictures, PDFs, text files, or Word, Excel and PowerPoint documents";

    public static EvidenceType? Detect(ReadOnlySpan<byte> bytes)
    {
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]))
        {
            return Png;
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xD8, 0xFF]))
        {
            return Jpeg;
        }

        if (bytes.StartsWith("GIF87a"u8) || bytes.StartsWith("GIF89a"u8))
        {
            return Gif;
        }

        if (bytes.Length >= 12 && bytes.StartsWith("RIFF"u8) && bytes[8..12].SequenceEqual("WEBP"u8))
        {
            return WebP;
        }

        if (bytes.Length >= 12 && bytes[4..8].SequenceEqual("ftyp"u8) && IsHeifBrand(bytes[8..12]))
        {
            return Heic;
        }

        if (bytes.StartsWith("%PDF-"u8))
        {
            return Pdf;
        }

        if (bytes.StartsWith("PK\u0003\u0004"u8))
        {
            return OfficeDocument(bytes);
        }

        return IsPlainText(bytes) ? Text : null;
    }

    /// <summary>Human words for a MIME type this class decided ("PNG picture"); the type itself for anything older.</summary>
    public static string Describe(string contentType) =>
        new[] { Png, Jpeg, Gif, WebP, Heic, Pdf, Text, Word, Excel, PowerPoint }.FirstOrDefault(t => t.ContentType == contentType)?.Description ?? contentType;

    public static string ExtensionOf(string contentType) =>
        new[] { Png, Jpeg, Gif, WebP, Heic, Pdf, Text, Word, Excel, PowerPoint }.FirstOrDefault(t => t.ContentType == contentType)?.Extension ?? "bin";

    private static bool IsHeifBrand(ReadOnlySpan<byte> brand) =>
        brand.SequenceEqual("heic"u8) || brand.SequenceEqual("heix"u8) || brand.SequenceEqual("mif1"u8) || brand.SequenceEqual("heif"u8) || brand.SequenceEqual("msf1"u8);

    /// <summary>
    /// A Word, Excel or PowerPoint file by its parts (ECMA-376 Part 2: [Content_Types].xml plus the main part). Only the
    /// zip's directory is read, and [Content_Types].xml up to 256 KB: nothing else is decompressed. A document with a
    /// VBA project, an ActiveX control or an embedded object (all stored as .bin parts), or declared macro-enabled, is refused.
    /// </summary>
    private static EvidenceType? OfficeDocument(ReadOnlySpan<byte> bytes)
    {
        try
        {
            using var zip = new ZipArchive(new MemoryStream(bytes.ToArray(), writable: false), ZipArchiveMode.Read);
            var names = zip.Entries.Select(e => e.FullName).ToHashSet(StringComparer.OrdinalIgnoreCase);
            if (names.Any(n => n.EndsWith(".bin", StringComparison.OrdinalIgnoreCase) || n.Contains("..", StringComparison.Ordinal))
                || zip.GetEntry("[Content_Types].xml") is not { } types)
            {
                return null;
            }

            using (var reader = new StreamReader(types.Open(), Encoding.UTF8))
            {
                var buffer = new char[256 * 1024];
                var read = reader.ReadBlock(buffer, 0, buffer.Length);
                if (new string(buffer, 0, read).Contains("macroEnabled", StringComparison.OrdinalIgnoreCase))
                {
                    return null;
                }
            }

            return names.Contains("word/document.xml") ? Word
                : names.Contains("xl/workbook.xml") ? Excel
                : names.Contains("ppt/presentation.xml") ? PowerPoint
                : null;
        }
        catch (InvalidDataException)
        {
            return null;
        }
    }

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
