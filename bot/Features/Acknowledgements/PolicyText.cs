using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;

namespace CadoxtonPolicyBot.Features.Acknowledgements;

/// <summary>The policy staff acknowledge: its exact text, its sections, and the version that identifies that text.</summary>
public interface IPolicyText
{
    /// <summary>Lower-case hex SHA-256 of the policy file's bytes: what an acknowledgement records.</summary>
    string Version { get; }

    string FullText { get; }

    /// <summary>statement, 1 … 9, disciplinary, evidence, advice: each with its title and exact text.</summary>
    IReadOnlyList<(string Id, string Title, string Text)> Sections { get; }
}

/// <summary>Reads the policy embedded in the app, so the version acknowledged is the version the bot ships with.</summary>
public sealed partial class EmbeddedPolicyText : IPolicyText
{
    public const string ResourceName = "CadoxtonPolicyBot.Policy.social-media-policy.txt";

    public EmbeddedPolicyText()
        : this(ReadResource())
    {
    }

    public EmbeddedPolicyText(byte[] bytes)
    {
        ArgumentNullException.ThrowIfNull(bytes);
        Version = Convert.ToHexStringLower(SHA256.HashData(bytes));
        FullText = new UTF8Encoding(false).GetString(bytes).TrimStart('\uFEFF');
        Sections = Split(FullText);
    }

    public string Version { get; }

    public string FullText { get; }

    public IReadOnlyList<(string Id, string Title, string Text)> Sections { get; }

    public string SectionText(string id) =>
        Sections.FirstOrDefault(s => s.Id == id).Text ?? throw new ArgumentException($"The policy has no section '{id}'.", nameof(id));

    private static byte[] ReadResource()
    {
        using var stream = typeof(Policy.PolicyDocument).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The embedded policy {ResourceName} is missing from the build.");
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }

    // The policy's own headings divide it; numbered Procedure items are sections "1" … "9"; the paragraph
    // on evidence sits under Disciplinary Action but governs something else, so it is a section of its own.
    private static List<(string Id, string Title, string Text)> Split(string text)
    {
        var lines = text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        var sections = new List<(string Id, string Title, List<string> Lines)>();
        (string Id, string Title, List<string> Lines)? current = null;

        void Start(string id, string title)
        {
            current = (id, title, new List<string>());
            sections.Add(current.Value);
        }

        foreach (var raw in lines)
        {
            var line = raw.Trim();
            if (line == "Policy Statement")
            {
                Start("statement", "Policy Statement");
                continue;
            }

            if (line == "Procedure")
            {
                current = null;
                continue;
            }

            if (line == "Disciplinary Action")
            {
                Start("disciplinary", "Disciplinary Action");
                continue;
            }

            if (line == "General Advice")
            {
                Start("advice", "General Advice");
                continue;
            }

            var item = ProcedureItem().Match(line);
            if (item.Success && (current is null || current.Value.Id is not ("statement")))
            {
                Start(item.Groups[1].Value, $"Procedure {item.Groups[1].Value}");
                current!.Value.Lines.Add(item.Groups[2].Value);
                continue;
            }

            if (line.StartsWith("Evidence of any", StringComparison.Ordinal))
            {
                Start("evidence", "Evidence");
            }

            if (line.Length > 0)
            {
                current?.Lines.Add(line);
            }
        }

        return [.. sections.Select(s => (s.Id, s.Title, string.Join("\n", s.Lines)))];
    }

    [GeneratedRegex(@"^(\d)\)\s*(.*)$")]
    private static partial Regex ProcedureItem();
}
