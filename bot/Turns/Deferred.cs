namespace CadoxtonPolicyBot.Turns;

/// <summary>
/// A scoped service resolved on first use. Every message asks every command whether it matches, so commands take
/// their heavier dependencies (stores, database contexts) this way: asking costs nothing, handling pays as usual.
/// </summary>
public sealed class Deferred<T>(IServiceProvider services)
    where T : notnull
{
    private T? _value;

    public T Value => _value ??= services.GetRequiredService<T>();
}
