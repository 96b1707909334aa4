using System.Collections.Frozen;
using System.Text;
using System.Text.RegularExpressions;

namespace CadoxtonPolicyBot.Policy;

/// <summary>
/// The school's social media policy, loaded once: its exact text, the version that identifies it, the date the school
/// adopted it, and its citable sections. The split follows the document's own structure (headings, numbered Procedure
/// items, paragraphs) so each section's text stays a verbatim slice of the policy. Every feature reads the policy
/// from here; this is the only parser of the text.
/// </summary>
public sealed partial class PolicyDocument
{
    public const string ResourceName = "CadoxtonPolicyBot.Policy.social-media-policy.txt";

    /// <summary>The date the school adopted the text embedded in the bot.</summary>
    public static DateOnly EmbeddedAdoptedOn { get; } = new(2026, 9, 1);

    /// <summary>Ids of the sections the bot relies on, in the order the policy presents them.</summary>
    public static IReadOnlyList<string> SectionIds { get; } = [.. PolicyOutline.Sections.Select(s => s.Id)];

    /// <summary>
    /// Everything the kernel itself relies on: what each section is about, the evidence paragraph the concern card
    /// quotes, the staff summary and the check questions.
    /// </summary>
    public static IReadOnlyList<PolicyRequirement> Requirements { get; } =
    [
        .. PolicyOutline.Sections.Select(s => new PolicyRequirement(s.Id, s.Words, $"what the bot says {s.Title} covers ({s.Governs})")),
        new("evidence", EvidenceWords, "the concern card, which quotes it to say why a concern is never anonymous"),
        .. SummaryLine.All.SelectMany((line, i) => line.RestsOn.Select(w =>
            new PolicyRequirement(w.SectionId, w.Words, $"line {i + 1} of the summary on the acknowledgement card (\"{line.Text}\")"))),
        .. CheckQuestion.All.Select(q => new PolicyRequirement(q.RestsOn.SectionId, q.RestsOn.Words, $"the short check question \"{q.Question}\"")),
    ];

    private const string EvidenceWords = "individuals who raise concerns";

    private readonly FrozenDictionary<string, PolicySection> _sections;

    private PolicyDocument(string text, PolicyVersion version, DateOnly adoptedOn, IReadOnlyList<PolicySection> sections)
    {
        Text = text;
        Version = version;
        AdoptedOn = adoptedOn;
        Sections = sections;
        _sections = sections.ToFrozenDictionary(s => s.Id, StringComparer.Ordinal);
    }

    /// <summary>The text as read (a byte order mark dropped, Windows line endings made "\n").</summary>
    public string Text { get; }

    /// <summary>The SHA-256 of the file's bytes, exactly as the school supplied them.</summary>
    public PolicyVersion Version { get; }

    /// <summary>The date the school adopted this text.</summary>
    public DateOnly AdoptedOn { get; }

    public PolicyEdition Edition => new(Version.Sha256Hex, AdoptedOn);

    public IReadOnlyList<PolicySection> Sections { get; }

    public PolicySection this[string id] => _sections[id];

    /// <summary>The paragraph on evidence (Disciplinary Action): why a concern carries the reporter's identity.</summary>
    public string EvidenceParagraph => this["evidence"].Text;

    /// <summary>What the policy asks, in plain words, for the acknowledgement card (the full text is one tap away).</summary>
    public IReadOnlyList<SummaryLine> StaffSummary { get; } = SummaryLine.All;

    /// <summary>The optional short check before acknowledging: each question rests on one Procedure item.</summary>
    public IReadOnlyList<CheckQuestion> CheckQuestions { get; } = CheckQuestion.All;

    public bool TryGetSection(string id, out PolicySection section) => _sections.TryGetValue(id, out section!);

    /// <summary>Loads the copy of the policy embedded in the bot, checked against what the kernel relies on.</summary>
    public static PolicyDocument LoadEmbedded() => Load(EmbeddedText(), EmbeddedAdoptedOn, "the policy embedded in the bot", []);

    /// <summary>The bytes of the embedded copy.</summary>
    public static byte[] EmbeddedText()
    {
        using var stream = typeof(PolicyDocument).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The policy resource {ResourceName} is missing from the assembly.");
        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        return buffer.ToArray();
    }

    /// <summary>
    /// Reads a policy text and checks that it still has every section and every wording the kernel and
    /// <paramref name="alsoReliedOn"/> (the answer engine's quotes) rely on.
    /// </summary>
    /// <param name="source">Where the text came from, for the message when it cannot be used.</param>
    /// <exception cref="PolicyTextException">The text is not UTF-8, or lacks wording the bot relies on: nothing should start.</exception>
    public static PolicyDocument Load(byte[] utf8, DateOnly adoptedOn, string source, IEnumerable<PolicyRequirement> alsoReliedOn)
    {
        ArgumentNullException.ThrowIfNull(alsoReliedOn);
        var document = Parse(utf8, adoptedOn, source);
        var problems = document.FindMissing([.. Requirements, .. alsoReliedOn]);
        return problems.Count == 0 ? document : throw new PolicyTextException(source, document.Version, problems);
    }

    /// <summary>
    /// What the text no longer has, one line per section or wording, each naming what uses it. Empty when every
    /// requirement is met.
    /// </summary>
    public IReadOnlyList<string> FindMissing(IEnumerable<PolicyRequirement> requirements)
    {
        ArgumentNullException.ThrowIfNull(requirements);
        var problems = new List<string>();
        var bySection = requirements.GroupBy(r => r.SectionId, StringComparer.Ordinal);
        foreach (var section in bySection)
        {
            if (!TryGetSection(section.Key, out var found))
            {
                problems.Add($"{PolicyOutline.TitleOf(section.Key)} is missing. It is used by: {Users(section)}.");
                continue;
            }

            foreach (var words in section.Where(r => r.Words is not null).GroupBy(r => r.Words!, StringComparer.Ordinal))
            {
                if (!found.Text.Contains(words.Key, StringComparison.Ordinal))
                {
                    problems.Add($"{found.Title} no longer says \"{words.Key}\". It is used by: {Users(words)}.");
                }
            }
        }

        return problems;
    }

    private static string Users(IEnumerable<PolicyRequirement> requirements) => string.Join("; ", requirements.Select(r => r.UsedBy).Distinct());

    private static PolicyDocument Parse(byte[] utf8, DateOnly adoptedOn, string source)
    {
        ArgumentNullException.ThrowIfNull(utf8);
        string text;
        try
        {
            text = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true).GetString(utf8);
        }
        catch (DecoderFallbackException)
        {
            throw new PolicyTextException($"The policy text in {source} cannot be used: it is not UTF-8 text. Save it as UTF-8 and start again.");
        }

        // A text saved on Windows is the same policy: the version stays the hash of the file, the sections are read alike.
        text = text.TrimStart('\uFEFF').Replace("\r\n", "\n", StringComparison.Ordinal);
        return new PolicyDocument(text, PolicyVersion.Of(utf8), adoptedOn, Split(text));
    }

    // Sections the text does not have are simply absent: FindMissing names them with what relies on them.
    private static List<PolicySection> Split(string text)
    {
        var headings = PolicyOutline.Headings
            .Select(h => (Heading: h, At: HeadingIndex(text, h)))
            .Where(h => h.At >= 0)
            .OrderBy(h => h.At)
            .ToList();
        string? Body(string heading)
        {
            var i = headings.FindIndex(h => h.Heading == heading);
            if (i < 0)
            {
                return null;
            }

            var start = headings[i].At + heading.Length;
            return text[start..(i + 1 < headings.Count ? headings[i + 1].At : text.Length)];
        }

        var sections = new List<PolicySection>();
        if (Body(PolicyOutline.StatementHeading) is { } statement)
        {
            sections.Add(Make("statement", statement));
        }

        if (Body(PolicyOutline.ProcedureHeading) is { } procedure)
        {
            var items = ProcedureItem().Matches(procedure);
            for (var i = 0; i < items.Count; i++)
            {
                var end = i + 1 < items.Count ? items[i + 1].Index : procedure.Length;
                sections.Add(Make(items[i].Groups["n"].Value, procedure[(items[i].Index + items[i].Length)..end]));
            }
        }

        if (Body(PolicyOutline.DisciplinaryHeading) is { } disciplinaryAction)
        {
            // The paragraph on evidence sits under Disciplinary Action but governs something else: it is cited on its own.
            var paragraphs = disciplinaryAction.Split("\n\n", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            var evidence = Array.FindIndex(paragraphs, p => p.StartsWith("Evidence", StringComparison.Ordinal));
            var rest = paragraphs.Where((_, i) => i != evidence).ToArray();
            if (rest.Length > 0)
            {
                sections.Add(Make("disciplinary", string.Join("\n\n", rest)));
            }

            if (evidence >= 0)
            {
                sections.Add(Make("evidence", paragraphs[evidence]));
            }
        }

        if (Body(PolicyOutline.AdviceHeading) is { } advice)
        {
            sections.Add(Make("advice", advice));
        }

        return sections;
    }

    private static PolicySection Make(string id, string body) => new(id, PolicyOutline.TitleOf(id), body.Trim(), PolicyOutline.GovernsOf(id), PolicyOutline.ShortNameOf(id));

    // A heading is a line of its own; matching whole lines keeps "Procedure" in running text from being taken for one.
    private static int HeadingIndex(string text, string heading)
    {
        var match = Regex.Match(text, "^[ \\t]*" + Regex.Escape(heading) + "[ \\t]*$", RegexOptions.Multiline | RegexOptions.CultureInvariant);
        return match.Success ? match.Index + match.Value.IndexOf(heading, StringComparison.Ordinal) : -1;
    }

    [GeneratedRegex(@"^(?<n>[1-9][0-9]?)\)\s*", RegexOptions.Multiline | RegexOptions.CultureInvariant)]
    private static partial Regex ProcedureItem();
}
