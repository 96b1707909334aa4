using System.Collections.Frozen;

namespace CadoxtonPolicyBot.Policy.Answers;

/// <summary>
/// Issue 10, round 6: Welsh word families and sentence shapes met in the round 6 tuning half, read into the English a
/// member of staff would have typed. Radical forms: the mutations are undone before lookup ("de" finds "te").
/// </summary>
internal static partial class WelshGlossary
{
    // A method, not a field: the entries are read while the main dictionary is built, whatever the order of the files.
    private static Dictionary<string, string> Round6Entries()
    {
        var entries = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            // "Ar yr un cyfrifiadur": the same device as before. "Llwfrgi": a coward, said of a person.
            ["yr un cyfrifiadur"] = "the same computer", ["yr un gliniadur"] = "the same laptop", ["yr un ipad"] = "the same ipad",
            ["yr un ffon"] = "the same phone", ["yr un peth"] = "the same thing",
            // Round 7: "o'r un laptop" (from the same laptop), "fy nhudalen i fy hun" (my own page).
            ["or un laptop"] = "from the same laptop", ["yr un laptop"] = "the same laptop", ["or un cyfrifiadur"] = "from the same computer",
            ["or un ffon"] = "from the same phone", ["or un ipad"] = "from the same ipad", ["fy nhudalen i fy hun"] = "my own page",
            // Round 8: drunk ("wedi meddwi", "yn feddw"), said of someone in a picture.
            ["wedi meddwi"] = "drunk", ["meddwi"] = "getting drunk",
            // Round 8: the school's wi-fi named the Welsh way round ("wi-fi yr ysgol", "rhwydwaith yr ysgol").
            ["wi fi yr ysgol"] = "the school wifi", ["wifi yr ysgol"] = "the school wifi", ["rhwydwaith yr ysgol"] = "the school network",
            ["wi fi'r ysgol"] = "the school wifi", ["wifir ysgol"] = "the school wifi", ["wi fir ysgol"] = "the school wifi",
            ["fy nhudalen fy hun"] = "my own page", ["fy nghyfrif i fy hun"] = "my own account", ["fy nghyfrif fy hun"] = "my own account", ["llwfrgi"] = "coward", ["cachgi"] = "coward",
            ["llwfr"] = "cowardly", ["deffro"] = "wakes up", ["dihuno"] = "wakes up",
            // "sôn am" is to mention; "yn sôn am" and "heb sôn am" keep their own entries.
            ["son am"] = "mention", ["soni am"] = "mention", ["sonio am"] = "mention",
            // Tea and other cuppas: "faint o de" is how much tea.
            ["te"] = "tea", ["paned"] = "cuppa", ["panad"] = "cuppa", ["paned o de"] = "a cup of tea", ["panad o de"] = "a cup of tea",
            ["disgled"] = "cuppa", ["dishgled"] = "cuppa", ["yfed"] = "drink", ["ei yfed"] = "drink", ["bwyta"] = "eat", ["ei fwyta"] = "eat",
            ["de cymru"] = "south wales", ["yn y de"] = "in the south",
            // Asking whether someone else can, or may: "ydy e'n gallu?" is "can he?".
            ["ydy e yn gallu"] = "can he", ["ydy fe yn gallu"] = "can he", ["ydy o yn gallu"] = "can he", ["ydi o yn gallu"] = "can he",
            ["ydi e yn gallu"] = "can he", ["ydy hi yn gallu"] = "can she", ["ydi hi yn gallu"] = "can she", ["ydyn nhw yn gallu"] = "can they",
            ["ydy e yn cael"] = "is he allowed to", ["ydy fe yn cael"] = "is he allowed to", ["ydi o yn cael"] = "is he allowed to",
            ["ydy o yn cael"] = "is he allowed to", ["ydy hi yn cael"] = "is she allowed to", ["ydi hi yn cael"] = "is she allowed to",
            ["ydyn nhw yn cael"] = "are they allowed to",
            // The perfect of seeing and hearing.
            ["wedi gweld"] = "has seen", ["di gweld"] = "has seen", ["wedi clywed"] = "has heard", ["di clywed"] = "has heard",
            // Not knowing, once the negated subject is read first ("nid yw'r rhieni'n gwybod" → "the parents don't know").
            ["ddim yn gwybod"] = "dont know", ["ddim yn gwybod eto"] = "dont know yet", ["dw i ddim yn gwybod"] = "i dont know",
            ["dwi ddim yn gwybod"] = "i dont know", ["dydw i ddim yn gwybod"] = "i dont know", ["sa i yn gwybod"] = "i dont know",
            // Finding out.
            ["ges i wybod"] = "i found out", ["ces i wybod"] = "i found out", ["cael gwybod"] = "find out", ["wedi cael gwybod"] = "found out",
            // The end of term, of the year, of the day.
            ["diwedd"] = "end", ["ar ddiwedd"] = "at the end of", ["diwedd y tymor"] = "the end of term", ["diwedd tymor"] = "the end of term",
            ["diwedd y flwyddyn"] = "the end of the year", ["diwedd y dydd"] = "the end of the day",
            // A moment.
            ["eiliad"] = "second", ["am eiliad"] = "for a second", ["munud"] = "minute", ["am funud"] = "for a minute",
            // When: "pan mae'r plant yn nofio" is when the children are swimming, not while.
            ["pan mae y plant"] = "when the children are", ["pan mae"] = "when", ["pan fo"] = "when", ["pan fydd"] = "when",
            ["pan ma y plant"] = "when the children are",
            // Brothers and sisters by age: the adjective follows in Welsh.
            ["chwaer fach"] = "little sister", ["brawd bach"] = "little brother", ["chwaer fawr"] = "big sister", ["brawd mawr"] = "big brother",
            ["chwaer hyn"] = "older sister", ["brawd hyn"] = "older brother", ["chwaer iau"] = "younger sister", ["brawd iau"] = "younger brother",
            // South Walian spoken plurals in -ie.
            ["ffrindie"] = "friends", ["llunie"] = "photos", ["sylwade"] = "comments", ["gwylie"] = "holidays",
            // "fy nghyfri" is my account (cyfri alone is counting).
            ["fy nghyfri"] = "my account", ["fy nghyfri i"] = "my account", ["fy nghyfri preifat"] = "my private account",
            ["fy nghyfri personol"] = "my personal account",
            // Making a video.
            ["gwneud fideo"] = "make a video", ["neud fideo"] = "make a video", ["gwneud tiktok"] = "make a tiktok",
            // Taken (a photo), "wedi'i dynnu".
            ["wedi ei dynnu"] = "taken", ["wedi i dynnu"] = "taken", ["wedi ei thynnu"] = "taken", ["wedi i thynnu"] = "taken",
            // Leaving a review or a comment, and leaving a group: "gadael" alone is leaving (a job, the school).
            ["gadael adolygiad"] = "leave a review", ["gadael sylw"] = "leave a comment", ["gadael sylwadau"] = "leave comments",
            ["gadael neges"] = "leave a message", ["ddylwn i adael"] = "should i leave", ["ddylen i adael"] = "should i leave",
            ["yn unig"] = "only", ["unig"] = "only",
            // Ideas, advertising, defending, costumes.
            ["syniad"] = "idea", ["hysbysebu"] = "advertise", ["i hysbysebu"] = "to advertise", ["amddiffyn"] = "defend",
            ["gwisg ffansi"] = "fancy dress", ["gwisg diwrnod y llyfr"] = "world book day costume",
            // Kin and neighbours.
            ["wyr"] = "grandson", ["wyres"] = "granddaughter", ["cymydog"] = "neighbour", ["cymdoges"] = "neighbour", ["cymdogion"] = "neighbours",
        };

        // "mam un o'r plant": the mum of one of the children (read "mum one of the children", the parent is lost).
        var parents = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["mam"] = "mum", ["tad"] = "dad", ["rhiant"] = "parent", ["rhieni"] = "parents", ["mamau"] = "mums", ["tadau"] = "dads",
            ["nain"] = "gran", ["mamgu"] = "gran", ["taid"] = "grandad", ["tadcu"] = "grandad",
        };
        foreach (var (parent, english) in parents)
        {
            entries[$"{parent} un o y plant"] = $"the {english} of one of the children";
            entries[$"{parent} un o y disgyblion"] = $"the {english} of one of the pupils";
        }

        return entries;
    }

    // The negative with its subject after it: "nid yw'r rhieni'n gwybod", "dyw'r pennaeth ddim yn gwybod". English names
    // the subject first ("the parents don't know"); the gloss otherwise reads "not is the parents know". Only a subject
    // with an article or a possessive is moved; a pronoun ("dyw e ddim") is left to the phrases that know it.
    private static readonly FrozenSet<string> SubjectStarts = new[] { "y", "yr", "r", "fy", "ei", "eu", "ein", "eich" }.ToFrozenSet(StringComparer.Ordinal);

    private static List<Word> NegatedSubjectFirst(List<Word> words)
    {
        for (var i = 0; i + 3 < words.Count; i++)
        {
            var negative = words[i].Text == "nid" && words[i + 1].Text is "yw" or "ydy" or "ydi" ? 2
                : words[i].Text is "dyw" or "dydy" or "dydi" ? 1 : 0;
            var subject = i + negative;
            if (negative == 0 || subject + 2 >= words.Count || !SubjectStarts.Contains(words[subject].Text))
            {
                continue;
            }

            for (var j = subject + 1; j <= subject + 3 && j + 1 < words.Count; j++)
            {
                if (words[j].IsPunctuation)
                {
                    break;
                }

                if (words[j].Text == "ddim" && words[j + 1].Text == "yn")
                {
                    words.RemoveRange(i, negative);
                    break;
                }

                if (words[j].Text == "yn")
                {
                    words.RemoveRange(i, negative);
                    words.Insert(j - negative, new Word("ddim", false));
                    break;
                }
            }
        }

        return words;
    }

    // "ŵyr fy nghymydog" (my neighbour's grandson), "mab fy ffrind": a relative named before the person they belong to.
    // Read "grandson of my neighbour", as English can say it.
    private static readonly FrozenSet<string> Kin = new[]
    {
        "wyr", "wyres", "mab", "merch", "chwaer", "brawd", "nai", "nith", "cefnder", "cyfnither", "plentyn", "plant", "mam", "tad", "gwr",
        "gwraig", "partner", "cariad",
    }.ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string> KinOwners = new[]
    {
        "cymydog", "cymdoges", "ffrind", "chwaer", "brawd", "mab", "merch", "cydweithiwr", "cydweithwraig", "partner", "gwr", "gwraig",
        "cefnder", "cyfnither", "mam", "tad", "pennaeth", "cariad",
    }.ToFrozenSet(StringComparer.Ordinal);

    private static List<Word> KinOfOwner(List<Word> words)
    {
        for (var i = 0; i + 2 < words.Count; i++)
        {
            if (!words[i].IsPunctuation && words[i + 1].Text == "fy" && !words[i + 2].IsPunctuation
                && Radicals(words[i].Text).Any(Kin.Contains) && Radicals(words[i + 2].Text).Any(KinOwners.Contains)
                && (i + 3 >= words.Count || words[i + 3].Text != "hun"))
            {
                words.Insert(i + 1, new Word("o", false));
                i += 3;
            }
        }

        return words;
    }

    // "Ŵyr fy nghymydog yw e": a sentence that names what someone is and ends "yw e". English starts "he is".
    private static readonly FrozenSet<string> ThirdPersons = new[] { "e", "fe", "o", "fo", "hi" }.ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string> NotAComplement = new[]
    {
        "ydy", "ydi", "yw", "beth", "be", "pwy", "ble", "mae", "ma", "nid", "dyw", "dydy", "os", "pam", "sut", "pryd", "a", "ac", "ond",
    }.ToFrozenSet(StringComparer.Ordinal);

    private static List<Word> PronounIsFirst(List<Word> words)
    {
        for (var k = 1; k + 1 < words.Count; k++)
        {
            if (words[k].Text is not ("yw" or "ydy" or "ydi") || !ThirdPersons.Contains(words[k + 1].Text)
                || (k + 2 < words.Count && !words[k + 2].IsPunctuation))
            {
                continue;
            }

            var start = k;
            while (start > 0 && !words[start - 1].IsPunctuation)
            {
                start--;
            }

            if (k - start is < 1 or > 5 || NotAComplement.Contains(words[start].Text))
            {
                continue;
            }

            // "o" at the head of a sentence would read "of": he is "e" wherever it was said.
            var pronoun = words[k + 1].Text == "hi" ? words[k + 1] : new Word("e", false);
            var verb = words[k];
            words.RemoveRange(k, 2);
            words.InsertRange(start, [pronoun, verb]);
            k++;
        }

        return words;
    }
}
