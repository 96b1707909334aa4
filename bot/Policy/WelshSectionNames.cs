namespace CadoxtonPolicyBot.Policy;

/// <summary>
/// The numbered Procedure items' short names in Welsh, for a choice on a Welsh card (the concern form). Keyed by the
/// same ids as <see cref="PolicyOutline"/>'s English short names, whose words are checked against the text at start-up;
/// an item a revision added has none, and its English title stands in.
/// </summary>
public static class WelshSectionNames
{
    private static readonly Dictionary<string, string> ShortNames = new(StringComparer.Ordinal)
    {
        ["1"] = "Defnydd preifat o TG yr ysgol",
        ["2"] = "Dyfeisiau personol yn ystod gwersi neu amser gwaith",
        ["3"] = "Gwybodaeth gyfrinachol",
        ["4"] = "Postiadau difrïol, enllibus, gwahaniaethol, bygythiol neu sarhaus",
        ["5"] = "Monitro TG yr ysgol",
        ["6"] = "Lluniau o staff neu ddisgyblion yn yr ysgol neu ar dripiau",
        ["7"] = "Lluniau o'r ysgol neu ei thir, a dangos pwy yw disgyblion",
        ["8"] = "Sgwrs bersonol gyda disgyblion",
        ["9"] = "Postiadau o gartref neu yn eich amser eich hun",
    };

    /// <summary>The section's Welsh short name, or its English one (<paramref name="section"/>'s) when there is none.</summary>
    public static string ShortNameOf(PolicySection section)
    {
        ArgumentNullException.ThrowIfNull(section);
        return ShortNames.TryGetValue(section.Id, out var welsh) ? welsh : section.ShortName;
    }
}
