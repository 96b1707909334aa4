namespace CadoxtonPolicyBot.Protocol;

/// <summary>
/// The answer to an invoke the bot will not serve, in the shape its name requires, so that Teams shows
/// <c>message</c> where the user pressed: an Adaptive Card error for adaptiveCard/action, a message for a dialog.
/// </summary>
public static class InvokeRefusal
{
    public static InvokeResponse For(Activity invoke, string message)
    {
        ArgumentNullException.ThrowIfNull(invoke);
        return invoke.Name switch
        {
            "adaptiveCard/action" => new InvokeResponse(StatusCodes.Status200OK, new
            {
                statusCode = StatusCodes.Status403Forbidden,
                type = "application/vnd.microsoft.error",
                value = new { code = "Forbidden", message },
            }),
            "task/fetch" or "task/submit" => new InvokeResponse(StatusCodes.Status200OK, new { task = new { type = "message", value = message } }),
            // Anything else (fileConsent/invoke, ...) has no place to show words: a plain 403.
            _ => new InvokeResponse(StatusCodes.Status403Forbidden, null),
        };
    }
}
