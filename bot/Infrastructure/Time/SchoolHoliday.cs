namespace CadoxtonPolicyBot.Infrastructure.Time;

/// <summary>One school holiday (section "School", list "Holidays"): first and last day, both included.</summary>
public sealed class SchoolHoliday
{
    /// <summary>What staff call it, e.g. "Autumn half term".</summary>
    public string Name { get; set; } = "School holiday";

    public DateOnly? Start { get; set; }

    public DateOnly? End { get; set; }

    public bool Contains(DateOnly day) => Start <= day && day <= End;
}
