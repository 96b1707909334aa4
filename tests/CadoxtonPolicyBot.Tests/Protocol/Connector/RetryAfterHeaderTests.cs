using System.Net;
using System.Net.Http.Headers;
using CadoxtonPolicyBot.Protocol.Connector;
using Microsoft.Extensions.Time.Testing;

namespace CadoxtonPolicyBot.Tests.Protocol.Connector;

public sealed class RetryAfterHeaderTests
{
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 3, 2, 9, 0, 0, TimeSpan.Zero));

    [Fact]
    public void Retry_after_in_seconds_is_that_many_seconds()
    {
        using var response = new HttpResponseMessage(HttpStatusCode.TooManyRequests);
        response.Headers.RetryAfter = new RetryConditionHeaderValue(TimeSpan.FromSeconds(7));

        Assert.Equal(TimeSpan.FromSeconds(7), RetryAfterHeader.Read(response, _time));
    }

    [Fact]
    public void Retry_after_as_an_http_date_is_the_time_until_that_date()
    {
        using var response = new HttpResponseMessage(HttpStatusCode.TooManyRequests);
        response.Headers.TryAddWithoutValidation("Retry-After", "Mon, 02 Mar 2026 09:00:12 GMT");

        Assert.Equal(TimeSpan.FromSeconds(12), RetryAfterHeader.Read(response, _time));
    }

    [Fact]
    public void Retry_after_as_a_date_already_past_means_no_wait()
    {
        using var response = new HttpResponseMessage(HttpStatusCode.TooManyRequests);
        response.Headers.TryAddWithoutValidation("Retry-After", "Mon, 02 Mar 2026 08:59:00 GMT");

        Assert.Equal(TimeSpan.Zero, RetryAfterHeader.Read(response, _time));
    }

    [Fact]
    public void No_retry_after_leaves_the_wait_to_the_backoff()
    {
        using var response = new HttpResponseMessage(HttpStatusCode.ServiceUnavailable);

        Assert.Null(RetryAfterHeader.Read(response, _time));
    }
}
