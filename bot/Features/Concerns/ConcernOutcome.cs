namespace CadoxtonPolicyBot.Features.Concerns;

internal static class ConcernOutcome
{
    public const string NoAction = "no_action";
    public const string Informal = "informal";
    public const string Disciplinary = "disciplinary";
    public const string Referred = "referred";

    public static readonly IReadOnlyList<(string Value, string Title)> All =
    [
        (NoAction, "No action"),
        (Informal, "Informal action"),
        (Disciplinary, "Disciplinary"),
        (Referred, "Referred on"),
    ];

    public static bool IsKnown(string? value) => All.Any(o => o.Value == value);

    public static string Title(string? value) => All.FirstOrDefault(o => o.Value == value).Title ?? string.Empty;
}
