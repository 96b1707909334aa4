using System.Globalization;

namespace CadoxtonPolicyBot.Policy;

/// <summary>A version of the policy as a person reads it: the date the school adopted it, and its hash for the record.</summary>
/// <param name="AdoptedOn">Unknown for records made before adoption dates were kept.</param>
public sealed record PolicyEdition(string Version, DateOnly? AdoptedOn)
{
    /// <summary>The first 12 hex digits of the SHA-256: enough to tell versions apart on a card.</summary>
    public string ShortVersion => Version.Length > 12 ? Version[..12] : Version;

    /// <summary>"the policy of 1 September 2026", or "policy version 3af501750f98" when the date is not known.</summary>
    public string Name => AdoptedOn is { } adopted
        ? "the policy of " + adopted.ToString("d MMMM yyyy", CultureInfo.InvariantCulture)
        : "policy version " + ShortVersion;

    /// <summary>"the policy of 1 September 2026 (version 3af501750f98)".</summary>
    public override string ToString() => AdoptedOn is null ? Name : $"{Name} (version {ShortVersion})";

    /// <summary>"y polisi a fabwysiadwyd ar 1 Medi 2026" (the policy adopted on …), or "fersiwn 3af501750f98 o'r polisi".</summary>
    public string WelshName => AdoptedOn is { } adopted
        ? "y polisi a fabwysiadwyd ar " + WelshCalendar.Date(adopted)
        : "fersiwn " + ShortVersion + " o'r polisi";

    /// <summary>"y polisi a fabwysiadwyd ar 1 Medi 2026 (fersiwn 3af501750f98)".</summary>
    public string ToWelshString() => AdoptedOn is null ? WelshName : $"{WelshName} (fersiwn {ShortVersion})";
}
