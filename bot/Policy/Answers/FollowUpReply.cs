namespace CadoxtonPolicyBot.Policy.Answers;

/// <summary>
/// Recognises a typed reply to a pending follow-up in the user's own words: "yes", "no, they're my own kids",
/// "it's my phone", "in my lunch break", "ie", "na", "fy ffôn fy hun", an option's label or its id. A reply is read for
/// the fact it states (whose device, when, what for, an age…) and matched to the option that adds that fact; a plain
/// yes or no picks the first or second option of a yes/no question. Anything else is not a reply (null).
/// </summary>
public static class FollowUpReply
{
    private static readonly string[] Yes = ["yes", "yeah", "yep", "yup", "y", "yes please", "they are", "it is", "i do", "they have", "correct",
        "ie", "iep", "do", "ydy", "ydyn", "oes", "bydd", "byddai", "cewch", "sure", "definitely", "i think so", "probably"];

    private static readonly string[] No = ["no", "nope", "n", "nah", "not really", "they arent", "it isnt", "i dont", "they havent", "none",
        "na", "nac ydy", "nac oes", "naddo", "dim", "no way", "not at all", "nobody", "no one"];

    public static string? Match(string reply, PendingFollowUp pending, AnswerLanguage language = AnswerLanguage.English)
    {
        ArgumentNullException.ThrowIfNull(reply);
        ArgumentNullException.ThrowIfNull(pending);
        var folded = WelshGlossary.Fold(reply.Trim()).ToLowerInvariant().Replace('\u2019', '\'');
        var text = new string([.. folded.Where(c => char.IsLetterOrDigit(c) || c == ' ' || c == '-')]).Trim();
        if (text.Length == 0 || pending.OptionIds.Count == 0 || text.Length > 160)
        {
            return null;
        }

        var options = pending.OptionIds.Select(id => FollowUpOptions.Find(id)).OfType<FollowUpOption>().ToList();
        foreach (var option in options)
        {
            if (option.Id == text || string.Equals(option.Label, reply.Trim(), StringComparison.OrdinalIgnoreCase)
                || string.Equals(WelshAnswers.Label(option.Id, option.Label), reply.Trim(), StringComparison.OrdinalIgnoreCase))
            {
                return option.Id;
            }
        }

        // The fact the words state: "it's my own phone" is the own-device option, "in my lunch break" the break option.
        var stated = ByFact(reply, options, language);
        if (stated is not null)
        {
            return stated;
        }

        // Options are written yes-first, so a plain yes or no picks the first or second.
        if (options.Count == 2)
        {
            var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            bool Starts(string[] list) => Array.Exists(list, w => text == w || text.StartsWith(w + " ", StringComparison.Ordinal));
            if (Starts(No))
            {
                return options[1].Id;
            }

            if (Starts(Yes))
            {
                return options[0].Id;
            }

            _ = words;
        }

        return null;
    }

    private static string? ByFact(string reply, List<FollowUpOption> options, AnswerLanguage language)
    {
        var lang = language == AnswerLanguage.Welsh || LanguageDetector.Detect(reply) == AnswerLanguage.Welsh ? AnswerLanguage.Welsh : AnswerLanguage.English;
        var facts = FactExtractor.Extract(reply, lang);
        foreach (var option in options)
        {
            var says = option.Adds switch
            {
                FactAnswer.OwnDevice => facts.Device == DeviceOwner.Own || (facts.MentionsPhone && facts.Device != DeviceOwner.SchoolSystem),
                FactAnswer.SchoolDevice => facts.Device == DeviceOwner.SchoolSystem || HasWord(reply, "school"),
                FactAnswer.DuringLessons => facts.Time == TimeOfUse.LessonsOrWorkingTime,
                FactAnswer.OutsideLessons => facts.Time is TimeOfUse.Break or TimeOfUse.OwnTime,
                FactAnswer.FormerPupilAdult => facts.FormerPupilIsAdult == true || AgeAtLeast18(reply),
                FactAnswer.FormerPupilChild => facts.FormerPupilIsAdult == false || AgeUnder18(reply),
                FactAnswer.MeantOwnChildren => HasWord(reply, "own") || HasWord(reply, "mine") || HasWord(reply, "hun"),
                FactAnswer.MeantPupils => HasWord(reply, "pupils") || HasWord(reply, "class") || HasWord(reply, "disgyblion"),
                FactAnswer.PersonalPurpose => facts.PersonalPurpose,
                FactAnswer.WorkPurpose => facts.WorkUse,
                FactAnswer.UrgentFamily => facts.UrgentFamilyMatter,
                FactAnswer.SchoolPlatform => facts.OfficialChannel,
                FactAnswer.PersonalPlatform => facts.MentionsPersonalPlatform && !facts.OfficialChannel,
                FactAnswer.PupilsIdentifiable => facts.TakesNobodyBack || facts.FacesHidden is false && facts.About.HasFlag(People.Pupils) && !facts.NoPupilsInImage && !HasNegation(reply),
                FactAnswer.NoPupilsIdentifiable => facts.NoPupilsInImage && !facts.TakesNobodyBack,
                _ => false,
            };
            if (says)
            {
                return option.Id;
            }
        }

        return null;
    }

    private static bool HasWord(string text, string word) =>
        text.Split([' ', ',', '.', '!', '?', '\''], StringSplitOptions.RemoveEmptyEntries).Any(w => string.Equals(w, word, StringComparison.OrdinalIgnoreCase));

    private static bool HasNegation(string text) => HasWord(text, "no") || HasWord(text, "not") || HasWord(text, "none") || HasWord(text, "dim");

    private static int? Age(string text)
    {
        foreach (var word in text.Split([' ', ',', '.', '!', '?'], StringSplitOptions.RemoveEmptyEntries))
        {
            if (int.TryParse(word, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var n) && n is > 3 and < 100)
            {
                return n;
            }
        }

        return null;
    }

    private static bool AgeAtLeast18(string text) => Age(text) is >= 18;

    private static bool AgeUnder18(string text) => Age(text) is < 18;
}
