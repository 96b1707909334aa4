using System.Collections.Concurrent;
using System.Text.Json;
using Microsoft.Extensions.Options;

namespace CadoxtonPolicyBot.Protocol.Authentication;

/// <summary>
/// Caches the signing keys of each OpenID metadata document. Keys are re-read when older than
/// <see cref="BotProtocolOptions.SigningKeyRefreshInterval"/>, and once more when a token names a kid we do not know
/// (the connector rotates keys without notice), but such refreshes are rate-limited so that a flood of forged kids
/// cannot turn the bot into an amplifier against the metadata endpoint.
/// </summary>
internal sealed partial class OpenIdSigningKeys(
    SigningKeyDocuments documents,
    IOptions<BotProtocolOptions> options,
    TimeProvider time,
    ILogger<OpenIdSigningKeys> logger) : IDisposable
{
    internal static readonly TimeSpan UnknownKeyRefreshInterval = TimeSpan.FromMinutes(5);

    /// <summary>After a failed fetch, callers use what is cached rather than queue up on a dead endpoint.</summary>
    internal static readonly TimeSpan RetryAfterFailure = TimeSpan.FromSeconds(30);

    private readonly ConcurrentDictionary<string, KeySetEntry> _entries = new(StringComparer.Ordinal);

    public async Task<SigningKey?> FindAsync(Uri metadataUrl, string kid, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(metadataUrl);
        var entry = _entries.GetOrAdd(metadataUrl.AbsoluteUri, static _ => new KeySetEntry());
        var refreshed = await RefreshAsync(entry, metadataUrl, IsDue, forUnknownKid: false, cancellationToken);
        if (entry.State.Keys.TryGetValue(kid, out var key))
        {
            return key;
        }

        // A refresh made a moment ago in this very call already answered the question.
        if (!refreshed)
        {
            await RefreshAsync(entry, metadataUrl, (state, now) => !state.Keys.ContainsKey(kid) && MayRefreshForUnknownKid(state, now), forUnknownKid: true, cancellationToken);
        }

        return entry.State.Keys.GetValueOrDefault(kid);
    }

    public void Dispose()
    {
        foreach (var entry in _entries.Values)
        {
            entry.Dispose();
        }
    }

    private bool IsDue(KeySetState state, DateTimeOffset now) =>
        (state.FailedAt is not { } failed || now - failed >= RetryAfterFailure)
        && (state.LoadedAt is not { } loaded || now - loaded >= options.Value.SigningKeyRefreshInterval);

    private static bool MayRefreshForUnknownKid(KeySetState state, DateTimeOffset now) =>
        state.UnknownKidRefreshAt is not { } last || now - last >= UnknownKeyRefreshInterval;

    /// <returns>Whether a fetch was attempted.</returns>
    private async Task<bool> RefreshAsync(
        KeySetEntry entry, Uri metadataUrl, Func<KeySetState, DateTimeOffset, bool> needed, bool forUnknownKid, CancellationToken cancellationToken)
    {
        if (!needed(entry.State, time.GetUtcNow()))
        {
            return false;
        }

        await entry.Gate.WaitAsync(cancellationToken);
        try
        {
            // Someone else may have refreshed while we waited for the gate.
            var now = time.GetUtcNow();
            var state = entry.State;
            if (!needed(state, now))
            {
                return false;
            }

            if (forUnknownKid)
            {
                // Recorded before the fetch so that callers who give up mid-fetch still count against the limit.
                entry.State = state = state with { UnknownKidRefreshAt = now };
            }

            try
            {
                var keys = await documents.FetchAsync(metadataUrl, cancellationToken);
                entry.State = state with { Keys = keys, LoadedAt = time.GetUtcNow(), FailedAt = null };
                LogKeysLoaded(logger, keys.Count, metadataUrl);
            }
            catch (Exception ex) when (ex is HttpRequestException or JsonException or InvalidDataException
                || (ex is OperationCanceledException && !cancellationToken.IsCancellationRequested))
            {
                // The previous keys stay in use: a metadata outage must not lock out tokens signed with known keys.
                entry.State = state with { FailedAt = now };
                LogKeysFailed(logger, ex, metadataUrl, state.Keys.Count);
            }

            return true;
        }
        finally
        {
            entry.Gate.Release();
        }
    }

    private sealed record KeySetState(
        IReadOnlyDictionary<string, SigningKey> Keys, DateTimeOffset? LoadedAt, DateTimeOffset? FailedAt, DateTimeOffset? UnknownKidRefreshAt)
    {
        public static readonly KeySetState Empty = new(new Dictionary<string, SigningKey>(), null, null, null);
    }

    /// <summary>One metadata URL: an immutable state snapshot (read without locking) and the gate that serialises fetches.</summary>
    private sealed class KeySetEntry : IDisposable
    {
        private volatile KeySetState _state = KeySetState.Empty;

        public SemaphoreSlim Gate { get; } = new(1, 1);

        public KeySetState State
        {
            get => _state;
            set => _state = value;
        }

        public void Dispose() => Gate.Dispose();
    }

    [LoggerMessage(EventId = 110, Level = LogLevel.Information, Message = "Loaded {KeyCount} signing keys from {MetadataUrl}")]
    private static partial void LogKeysLoaded(ILogger logger, int keyCount, Uri metadataUrl);

    [LoggerMessage(EventId = 111, Level = LogLevel.Warning, Message = "Could not refresh signing keys from {MetadataUrl}; still using {KeyCount} cached keys")]
    private static partial void LogKeysFailed(ILogger logger, Exception exception, Uri metadataUrl, int keyCount);
}
