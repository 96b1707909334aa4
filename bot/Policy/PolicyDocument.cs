using System.Collections.Frozen;
using System.Text;
using System.Text.RegularExpressions;

namespace CadoxtonPolicyBot.Policy;

/// <summary>
/// The social media policy split into citable sections. The split follows the document's own structure
/// (headings, numbered Procedure items, paragraphs) so each section's text stays a verbatim slice of the policy.
/// </summary>
public sealed partial class PolicyDocument
{
    public const string ResourceName = "CadoxtonPolicyBot.Policy.social-media-policy.txt";

    /// <summary>Section ids in the order the policy presents them.</summary>
    public static IReadOnlyList<string> SectionIds { get; } =
        ["statement", "1", "2", "3", "4", "5", "6", "7", "8", "9", "disciplinary", "evidence", "advice"];

    private static readonly FrozenDictionary<string, string> Governs = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["statement"] = "why the policy exists, personal blogs and social networking, official school use, and that it applies inside and outside the workplace",
        ["1"] = "using the school's IT system to access social media for private use, at any time",
        ["2"] = "using your own devices for personal use during lessons or working time, and the exception for urgent family matters",
        ["3"] = "posting information that is confidential to the school, staff, pupils, governors, parents or anyone connected with the school",
        ["4"] = "posting anything derogatory, defamatory, discriminatory, threatening or offensive, or that could bring the School or Council into disrepute",
        ["5"] = "the School and Council monitoring their IT systems, and copies of inappropriate use being used in disciplinary proceedings",
        ["6"] = "pictures of staff or pupils on school premises or off-site activities that could be inappropriate or cause offence",
        ["7"] = "pictures of the school or its grounds, and pictures that could show pupils without their permission",
        ["8"] = "personal dialogue with pupils on social networking sites, privacy settings and friends lists",
        ["9"] = "the rules applying to posts from home or personal computers, in working hours or in your own time",
        ["disciplinary"] = "disciplinary action for breaches, and gross misconduct for defamatory, derogatory, threatening or discriminatory posts",
        ["evidence"] = "copies of posts produced by the person targeted or by people who raise concerns being used as evidence",
        ["advice"] = "thinking carefully about what you share publicly and how your views could be interpreted",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    private readonly FrozenDictionary<string, PolicySection> _sections;

    private PolicyDocument(string text, PolicyVersion version, IReadOnlyList<PolicySection> sections)
    {
        Text = text;
        Version = version;
        Sections = sections;
        _sections = sections.ToFrozenDictionary(s => s.Id, StringComparer.Ordinal);
    }

    public string Text { get; }

    public PolicyVersion Version { get; }

    public IReadOnlyList<PolicySection> Sections { get; }

    public PolicySection this[string id] => _sections[id];

    public bool TryGetSection(string id, out PolicySection section) => _sections.TryGetValue(id, out section!);

    /// <summary>Loads the copy of the policy embedded in the bot assembly.</summary>
    public static PolicyDocument LoadEmbedded()
    {
        using var stream = typeof(PolicyDocument).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The policy resource {ResourceName} is missing from the assembly.");
        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        return Parse(buffer.ToArray());
    }

    public static PolicyDocument Parse(byte[] utf8)
    {
        ArgumentNullException.ThrowIfNull(utf8);
        var text = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true).GetString(utf8);
        return new PolicyDocument(text, PolicyVersion.Of(utf8), Split(text));
    }

    private static List<PolicySection> Split(string text)
    {
        var statement = Between(text, "Policy Statement", "Procedure");
        var procedure = Between(text, "Procedure", "Disciplinary Action");
        var disciplinaryAction = Between(text, "Disciplinary Action", "General Advice");
        var advice = Between(text, "General Advice", null);

        var sections = new List<PolicySection> { Make("statement", "Policy Statement", statement) };

        var items = ProcedureItem().Matches(procedure);
        for (var i = 0; i < items.Count; i++)
        {
            var id = items[i].Groups["n"].Value;
            var end = i + 1 < items.Count ? items[i + 1].Index : procedure.Length;
            var body = procedure[(items[i].Index + items[i].Length)..end];
            sections.Add(Make(id, $"Procedure item {id}", body));
        }

        // The evidence paragraph is the last paragraph of Disciplinary Action; it is cited on its own.
        var paragraphs = disciplinaryAction.Split("\n\n", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (paragraphs.Length != 3)
        {
            throw new InvalidOperationException("The Disciplinary Action section no longer has the three paragraphs the section ids rely on.");
        }

        sections.Add(Make("disciplinary", "Disciplinary Action", string.Join("\n\n", paragraphs[0], paragraphs[1])));
        sections.Add(Make("evidence", "Disciplinary Action: evidence", paragraphs[2]));
        sections.Add(Make("advice", "General Advice", advice));

        var ids = sections.Select(s => s.Id).ToList();
        if (!ids.SequenceEqual(SectionIds))
        {
            throw new InvalidOperationException("The policy text does not split into the expected sections: " + string.Join(",", ids));
        }

        return sections;
    }

    private static PolicySection Make(string id, string title, string body) => new(id, title, body.Trim(), Governs[id]);

    private static string Between(string text, string heading, string? nextHeading)
    {
        var start = HeadingIndex(text, heading) + heading.Length;
        var end = nextHeading is null ? text.Length : HeadingIndex(text, nextHeading);
        return text[start..end];
    }

    // A heading is a line of its own; matching whole lines keeps "Procedure" in running text from being taken for one.
    private static int HeadingIndex(string text, string heading)
    {
        var match = Regex.Match(text, "^[ \\t]*" + Regex.Escape(heading) + "[ \\t]*$", RegexOptions.Multiline | RegexOptions.CultureInvariant);
        return match.Success
            ? match.Index + match.Value.IndexOf(heading, StringComparison.Ordinal)
            : throw new InvalidOperationException($"The policy text has no \"{heading}\" heading.");
    }

    [GeneratedRegex(@"^(?<n>[1-9])\)\s*", RegexOptions.Multiline | RegexOptions.CultureInvariant)]
    private static partial Regex ProcedureItem();
}
