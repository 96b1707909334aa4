namespace CadoxtonPolicyBot.Policy;

/// <summary>
/// Dates in Welsh ("dydd Iau 1 Hydref 2026"), written out here because the app runs without culture data
/// (InvariantGlobalization), so .NET's own cy-GB names are not available.
/// </summary>
public static class WelshCalendar
{
    // Indexed by DayOfWeek: Sunday first.
    private static readonly string[] Days = ["dydd Sul", "dydd Llun", "dydd Mawrth", "dydd Mercher", "dydd Iau", "dydd Gwener", "dydd Sadwrn"];

    private static readonly string[] Months =
        ["Ionawr", "Chwefror", "Mawrth", "Ebrill", "Mai", "Mehefin", "Gorffennaf", "Awst", "Medi", "Hydref", "Tachwedd", "Rhagfyr"];

    /// <summary>"1 Hydref 2026".</summary>
    public static string Date(DateOnly date) =>
        string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{date.Day} {Months[date.Month - 1]} {date.Year}");

    /// <summary>"dydd Iau 1 Hydref 2026".</summary>
    public static string DayAndDate(DateOnly date) => $"{Days[(int)date.DayOfWeek]} {Date(date)}";

    /// <summary>"ar ddydd Iau 1 Hydref 2026": "ar" softens the "d" of "dydd" that follows it.</summary>
    public static string On(string dayAndDate)
    {
        ArgumentNullException.ThrowIfNull(dayAndDate);
        return "ar " + (dayAndDate.StartsWith("dydd ", StringComparison.Ordinal) ? "d" + dayAndDate : dayAndDate);
    }
}
