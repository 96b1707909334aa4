using System.Globalization;
using System.Text;

namespace CadoxtonPolicyBot.Features.Concerns;

/// <summary>
/// The names around an evidence file. The reporter's own name for it is kept only as text to read, with every
/// invisible or direction-changing character written out ("photo&lt;U+202E&gt;gpj.exe"), so that a right-to-left
/// override cannot make "…exe" look like "…jpg". In the case bundle each file is named by its number and its real
/// type ("evidence-01.png"), never by what the reporter called it.
/// </summary>
internal static class EvidenceFileName
{
    public static string InBundle(int number, string contentType) =>
        string.Create(CultureInfo.InvariantCulture, $"evidence-{number:D2}.{EvidenceFileType.ExtensionOf(contentType)}");

    /// <summary>The reporter's name for the file, safe to show: controls, format (bidi) and separator characters written as &lt;U+XXXX&gt;, at most 200 characters.</summary>
    public static string Escaped(string? original)
    {
        if (string.IsNullOrEmpty(original))
        {
            return string.Empty;
        }

        var builder = new StringBuilder();
        foreach (var rune in original.EnumerateRunes())
        {
            var category = Rune.GetUnicodeCategory(rune);
            if (category is UnicodeCategory.Control or UnicodeCategory.Format or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator
                or UnicodeCategory.Surrogate or UnicodeCategory.PrivateUse or UnicodeCategory.OtherNotAssigned)
            {
                builder.Append(CultureInfo.InvariantCulture, $"<U+{rune.Value:X4}>");
            }
            else
            {
                builder.Append(rune.ToString());
            }

            if (builder.Length >= 200)
            {
                builder.Append('…');
                break;
            }
        }

        return builder.ToString();
    }
}
