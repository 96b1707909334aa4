using System.Collections.Frozen;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace CadoxtonPolicyBot.Turns;

/// <summary>Every feature's card verbs, looked up by the router. A verb declared twice stops the bot at start-up.</summary>
public sealed class CardVerbRegistry(IOptions<CardVerbOptions> options)
{
    private readonly FrozenDictionary<string, CardVerb> _verbs = options.Value.Verbs
        .GroupBy(v => v.Verb, StringComparer.Ordinal).ToFrozenDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);

    public bool TryGet(string verb, out CardVerb found) => _verbs.TryGetValue(verb, out found!);

    public static IServiceCollection AddCardVerbs<THandler>(IServiceCollection services, CardVerbTable<THandler> table)
        where THandler : class
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(table);
        services.TryAddScoped<THandler>();
        services.TryAddSingleton<CardVerbRegistry>();
        services.Configure<CardVerbOptions>(o => o.Verbs.AddRange(table));
        services.AddOptions<CardVerbOptions>().ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<CardVerbOptions>, DuplicateCardVerbs>());
        return services;
    }

    private sealed class DuplicateCardVerbs : IValidateOptions<CardVerbOptions>
    {
        public ValidateOptionsResult Validate(string? name, CardVerbOptions options)
        {
            var duplicates = options.Verbs.GroupBy(v => v.Verb, StringComparer.Ordinal).Where(g => g.Count() > 1)
                .Select(g => $"The card verb \"{g.Key}\" is declared more than once (by {string.Join(" and ", g.Select(v => v.Handler.Name))}).")
                .ToList();
            return duplicates.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(duplicates);
        }
    }
}

/// <summary>The card verbs the features declared (not a setting: built from their tables at start-up).</summary>
public sealed class CardVerbOptions
{
    public List<CardVerb> Verbs { get; } = [];
}
