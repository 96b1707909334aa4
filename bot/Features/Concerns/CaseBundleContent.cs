using System.Net;
using System.Net.Http.Headers;

namespace CadoxtonPolicyBot.Features.Concerns;

/// <summary>
/// The case bundle as an upload body: its length is known beforehand (OneDrive's upload session wants the
/// Content-Range of the whole file), and the zip is written straight into the request, hashed on the way.
/// </summary>
internal sealed class CaseBundleContent : HttpContent
{
    private readonly CaseBundle _bundle;
    private readonly long _length;

    public CaseBundleContent(CaseBundle bundle, long length)
    {
        _bundle = bundle;
        _length = length;
        Headers.ContentType = new MediaTypeHeaderValue("application/zip");
        Headers.ContentRange = new ContentRangeHeaderValue(0, length - 1, length);
    }

    /// <summary>The SHA-256 of what was sent, once it has been.</summary>
    public string? Sha256 { get; private set; }

    protected override Task SerializeToStreamAsync(Stream stream, TransportContext? context) => SerializeToStreamAsync(stream, context, CancellationToken.None);

    protected override async Task SerializeToStreamAsync(Stream stream, TransportContext? context, CancellationToken cancellationToken)
    {
        await using var hashing = new HashingWriteStream(stream);
        await _bundle.WriteToAsync(hashing, cancellationToken);
        if (hashing.Length != _length)
        {
            throw new InvalidOperationException("The case bundle came out a different size from the one measured.");
        }

        Sha256 = hashing.Sha256();
    }

    protected override bool TryComputeLength(out long length)
    {
        length = _length;
        return true;
    }
}
