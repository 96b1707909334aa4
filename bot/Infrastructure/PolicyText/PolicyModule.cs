using System.Globalization;
using CadoxtonPolicyBot.Policy;
using CadoxtonPolicyBot.Policy.Answers;

namespace CadoxtonPolicyBot.Infrastructure.PolicyText;

public static class PolicyModule
{
    /// <summary>
    /// Loads the policy once, before anything starts, and checks it against every section and wording the answers,
    /// the cards and the check questions rely on. Features call this too; the first call loads, later ones return.
    /// </summary>
    /// <exception cref="PolicyTextException">The configured text cannot be used; the message says why and what to do.</exception>
    public static IHostApplicationBuilder AddPolicy(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        if (builder.Services.Any(d => d.ServiceType == typeof(PolicyDocument)))
        {
            return builder;
        }

        var options = new PolicyOptions();
        builder.Configuration.GetSection(PolicyOptions.SectionName).Bind(options);
        builder.Services.AddOptions<PolicyOptions>().BindConfiguration(PolicyOptions.SectionName);
        builder.Services.AddSingleton(Load(options, builder.Environment.ContentRootPath));
        return builder;
    }

    internal static PolicyDocument Load(PolicyOptions options, string contentRoot)
    {
        if (string.IsNullOrWhiteSpace(options.File))
        {
            return PolicyDocument.Load(PolicyDocument.EmbeddedText(), options.AdoptedOn ?? PolicyDocument.EmbeddedAdoptedOn,
                "the policy embedded in the bot", PolicyAnswerEngine.Requirements);
        }

        var path = Path.GetFullPath(options.File, contentRoot);
        if (options.AdoptedOn is not { } adoptedOn)
        {
            throw new PolicyTextException(
                $"Policy:File is set ({path}) but Policy:AdoptedOn is not: give the date the school adopted that text, e.g. Policy__AdoptedOn=2027-01-14. The bot has not started.");
        }

        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new PolicyTextException(string.Create(CultureInfo.InvariantCulture,
                $"Policy:File is {path}, which cannot be read ({ex.GetType().Name}: {ex.Message}). The bot has not started."), ex);
        }

        return PolicyDocument.Load(bytes, adoptedOn, path, PolicyAnswerEngine.Requirements);
    }
}
