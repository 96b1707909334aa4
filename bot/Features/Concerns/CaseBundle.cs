using System.Globalization;
using System.IO.Compression;

namespace CadoxtonPolicyBot.Features.Concerns;

/// <summary>
/// One concern's case bundle, ready to write: the small JSON parts already made, the evidence files still encrypted
/// in the database. <see cref="WriteToAsync"/> streams the zip, decrypting one evidence file at a time, and writes
/// the same bytes every time it is called (fixed entry times, fixed order), so the size can be measured by writing
/// it once to nowhere and then the bundle written again into the upload, without ever holding it whole.
/// </summary>
internal sealed class CaseBundle(
    ConcernStore store,
    DateTimeOffset exportedAt,
    IReadOnlyList<CaseBundle.Part> parts,
    IReadOnlyList<CaseBundle.EvidenceEntry> evidence)
{
    internal sealed record Part(string Path, byte[] Bytes);

    internal sealed record EvidenceEntry(string Path, ConcernEvidence Evidence);

    public IReadOnlyList<string> Paths => [.. evidence.Select(e => e.Path), .. parts.Select(p => p.Path)];

    public async Task WriteToAsync(Stream output, CancellationToken cancellationToken)
    {
        await using var zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true);
        foreach (var (path, file) in evidence)
        {
            var bytes = await store.ReadContentAsync(file, cancellationToken);
            // Pictures, PDFs and Office files are compressed already; storing them as they are costs nothing.
            await WriteEntryAsync(zip, path, bytes, file.ContentType == EvidenceFileType.Text.ContentType ? CompressionLevel.Optimal : CompressionLevel.NoCompression, cancellationToken);
        }

        foreach (var (path, bytes) in parts)
        {
            await WriteEntryAsync(zip, path, bytes, CompressionLevel.Optimal, cancellationToken);
        }
    }

    /// <summary>The bundle's size in bytes: written once to nowhere.</summary>
    public async Task<long> MeasureAsync(CancellationToken cancellationToken)
    {
        await using var counter = new HashingWriteStream(Stream.Null);
        await WriteToAsync(counter, cancellationToken);
        return counter.Length;
    }

    public static string FileName(Concern concern)
    {
        ArgumentNullException.ThrowIfNull(concern);
        return string.Create(CultureInfo.InvariantCulture, $"{concern.Reference}-case-bundle.zip");
    }

    private async Task WriteEntryAsync(ZipArchive zip, string path, byte[] bytes, CompressionLevel level, CancellationToken cancellationToken)
    {
        var entry = zip.CreateEntry(path, level);
        entry.LastWriteTime = exportedAt;
        await using var stream = await entry.OpenAsync(cancellationToken);
        await stream.WriteAsync(bytes, cancellationToken);
    }
}
