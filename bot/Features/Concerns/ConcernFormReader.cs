using System.Globalization;
using CadoxtonPolicyBot.Cards;
using CadoxtonPolicyBot.Policy;
using CadoxtonPolicyBot.Turns;

namespace CadoxtonPolicyBot.Features.Concerns;

/// <summary>Reads and checks the submitted form; a missing or malformed field gives a plain message and nothing is recorded.</summary>
internal static class ConcernFormReader
{
    /// <param name="language">The language of the message: the reporter's; what is read and recorded is the same in either.</param>
    public static (ConcernSubmission? Submission, string? Error) Read(CardActionRequest action, string reporterAadObjectId, PolicyDocument policy,
        CardLanguage language = CardLanguage.English)
    {
        var whatHappened = Text(action, ConcernForm.WhatHappened);
        if (whatHappened is null)
        {
            return (null, language.Say(
                "Please say what happened: nothing was recorded. Fill in \"What happened?\" and press Send report again.",
                "Dywedwch beth ddigwyddodd, os gwelwch yn dda: does dim byd wedi'i gofnodi. Llenwch \"Beth ddigwyddodd?\" a phwyso Anfon yr adroddiad eto."));
        }

        if (whatHappened.Length > ConcernForm.MaxText)
        {
            return (null, language.Say(
                $"\"What happened?\" is too long (at most {ConcernForm.MaxText} characters): nothing was recorded.",
                $"Mae \"Beth ddigwyddodd?\" yn rhy hir (dim mwy na {ConcernForm.MaxText} nod): does dim byd wedi'i gofnodi."));
        }

        var platform = Text(action, ConcernForm.Platform);
        if (platform is null || !ConcernCards.Platforms.Contains(platform))
        {
            return (null, language.Say("Please choose where it was posted: nothing was recorded.",
                "Dewiswch ble cafodd ei bostio, os gwelwch yn dda: does dim byd wedi'i gofnodi."));
        }

        var whom = Text(action, ConcernForm.ConcernsWhom);
        if (whom is null || ConcernCards.Whom.All(w => w.Value != whom))
        {
            return (null, language.Say("Please choose who it concerns (a member of staff, a pupil or the school): nothing was recorded.",
                "Dewiswch am bwy mae'r pryder (aelod o staff, disgybl neu'r ysgol), os gwelwch yn dda: does dim byd wedi'i gofnodi."));
        }

        var link = Text(action, ConcernForm.Link);
        if (link is { Length: > ConcernForm.MaxLink })
        {
            return (null, language.Say("The link is too long: nothing was recorded.", "Mae'r ddolen yn rhy hir: does dim byd wedi'i gofnodi."));
        }

        var whenSeen = Text(action, ConcernForm.WhenSeen);
        if (whenSeen is not null && !DateOnly.TryParseExact(whenSeen, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _))
        {
            return (null, language.Say("The date you saw it is not a date: nothing was recorded.",
                "Dydy'r dyddiad y gwelsoch chi fe ddim yn ddyddiad: does dim byd wedi'i gofnodi."));
        }

        // The Procedure items of the policy the bot runs with, as the form offered them.
        var items = ConcernCards.ProcedureItems(policy).Select(s => ConcernCards.ProcedureItemNumber(s)!.Value).ToHashSet();
        var sections = new List<int>();
        foreach (var part in (Text(action, ConcernForm.Sections) ?? string.Empty).Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (!int.TryParse(part, NumberStyles.None, CultureInfo.InvariantCulture, out var section) || !items.Contains(section))
            {
                return (null, language == CardLanguage.Welsh
                    ? string.Create(CultureInfo.InvariantCulture, $"Rhaid i rannau'r polisi fod rhwng {items.Min()} a {items.Max()}: does dim byd wedi'i gofnodi.")
                    : string.Create(CultureInfo.InvariantCulture, $"The policy sections must be between {items.Min()} and {items.Max()}: nothing was recorded."));
            }

            if (!sections.Contains(section))
            {
                sections.Add(section);
            }
        }

        var reporterIsSubject = string.Equals(Text(action, ConcernForm.ReporterIsSubject), "true", StringComparison.OrdinalIgnoreCase);
        string? subject = null;
        if (whom == "staff")
        {
            subject = Text(action, ConcernForm.Subject);
            if (subject is not null && !Guid.TryParse(subject, out _))
            {
                return (null, language.Say("Please pick the member of staff from the list: nothing was recorded.",
                    "Dewiswch yr aelod o staff o'r rhestr, os gwelwch yn dda: does dim byd wedi'i gofnodi."));
            }

            // A member of staff reporting comments about themselves is the subject: no conflicted handler should see it.
            subject ??= reporterIsSubject ? reporterAadObjectId : null;
        }

        sections.Sort();
        return (new ConcernSubmission(whatHappened, platform, link, whenSeen, whom, subject is null ? null : Guid.Parse(subject).ToString("D"), sections, reporterIsSubject), null);
    }

    private static string? Text(CardActionRequest action, string key)
    {
        var value = action.GetString(key)?.Trim();
        return string.IsNullOrEmpty(value) ? null : value;
    }
}
