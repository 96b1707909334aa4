using System.Net;
using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Options;
using Polly;
using Polly.Timeout;

namespace CadoxtonPolicyBot.Protocol.Connector;

/// <summary>
/// The retry pipeline of the connector HttpClient: a total time bound, around bounded retries that honour
/// Retry-After, around a per-attempt time bound.
/// </summary>
internal static partial class ConnectorResilience
{
    public const string PipelineName = "bot-connector";

    public static void Configure(ResiliencePipelineBuilder<HttpResponseMessage> pipeline, IServiceProvider services)
    {
        var options = services.GetRequiredService<IOptions<BotConnectorOptions>>().Value;
        var timeProvider = services.GetRequiredService<TimeProvider>();
        var logger = services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(ConnectorResilience).FullName!);

        pipeline.AddTimeout(options.TotalTimeout);
        if (options.MaxRetries > 0)
        {
            // POSTs are retried too. Teams' rate-limit guidance tells bots to retry every bot API on these codes: 429 and 412
            // are refusals before the activity is accepted and 503 means it was not served, so nothing was posted. A 502/504
            // can, rarely, hide a message that did get through; a duplicated answer is a smaller harm than a lost one.
            pipeline.AddRetry(new HttpRetryStrategyOptions
            {
                MaxRetryAttempts = options.MaxRetries,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                Delay = options.BaseDelay,
                MaxDelay = options.MaxDelay,
                ShouldRetryAfterHeader = false,
                ShouldHandle = args => ValueTask.FromResult(ShouldRetry(args.Outcome, options, timeProvider, args.Context.CancellationToken)),
                // Null falls back to the exponential backoff with jitter above.
                DelayGenerator = args => ValueTask.FromResult(args.Outcome.Result is { } response ? RetryAfterHeader.Read(response, timeProvider) : null),
                OnRetry = args =>
                {
                    LogRetrying(logger, args.AttemptNumber + 1, (int?)args.Outcome.Result?.StatusCode, args.Outcome.Exception?.GetType().Name, args.RetryDelay);
                    return ValueTask.CompletedTask;
                },
            });
        }

        pipeline.AddTimeout(options.AttemptTimeout);
    }

    internal static bool IsRetryableStatus(HttpStatusCode status) => status is HttpStatusCode.TooManyRequests
        or HttpStatusCode.PreconditionFailed or HttpStatusCode.BadGateway or HttpStatusCode.ServiceUnavailable or HttpStatusCode.GatewayTimeout;

    private static bool ShouldRetry(Outcome<HttpResponseMessage> outcome, BotConnectorOptions options, TimeProvider timeProvider, CancellationToken cancellationToken)
    {
        if (cancellationToken.IsCancellationRequested || ConnectorRetries.AreSuppressed)
        {
            return false;
        }

        if (outcome.Exception is not null)
        {
            // Network failures and an attempt that ran out of time; a token failure or the caller's cancellation are final.
            return outcome.Exception is HttpRequestException or TimeoutRejectedException;
        }

        var response = outcome.Result!;
        if (!IsRetryableStatus(response.StatusCode))
        {
            return false;
        }

        // A wait longer than we are prepared to hold the call open ends here: the caller gets Throttled and the Retry-After.
        return RetryAfterHeader.Read(response, timeProvider) is not { } wait || wait <= options.MaxDelay;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Bot Connector call attempt {Attempt} failed (status {StatusCode}, {ExceptionType}); retrying in {Delay}")]
    private static partial void LogRetrying(ILogger logger, int attempt, int? statusCode, string? exceptionType, TimeSpan delay);
}
