namespace CadoxtonPolicyBot.Policy.Answers;

internal static partial class Lexicon
{
    /// <summary>
    /// Words for items 6 and 7 (who is in a picture) and item 8 (whom a contact is with), kept apart from the other word lists
    /// so each can grow on its own. Phrases keep the cues their words had unless written to replace them (see
    /// <see cref="AddDevicesAndTime"/>).
    /// </summary>
    private static void AddPhotosAndContact(Action<Cue, string[]> addToMap, Func<string, List<Cue>?> known)
    {
        void add(Cue cue, string[] phrases, params Cue[] replaces) => AddKeepingWordCues(addToMap, known, cue, phrases, replaces);

        // "No-one in it" is written as one word once the hyphen goes: the same as "no one in it".
        string[] nobody = ["noone in it", "noone in the photo", "noone in the picture", "noone in shot", "noone in the shot",
            "noone about", "noone around", "noone there", "noone in them", "noone else in it"];
        add(Cue.NoPeople, nobody, Cue.Face);
        add(Cue.Unidentifiable, nobody, Cue.Face);

        // Before term or the school day starts, or once everyone has gone, nobody is there to be in the picture.
        add(Cue.NoPeople, ["before the children start", "before the pupils start", "before term starts", "before term started",
            "before the start of term", "before the children come back", "before the pupils come back", "before the children came in",
            "before the children come in", "before the children got in", "before the children get in", "before school starts",
            "before the school opens", "before the children were in", "in the holidays before", "over the summer before"],
            Cue.Pupils, Cue.Premises, Cue.PupilEvent, Cue.Lessons);

        // "A child's work" (the possessive dropped): one pupil's work, not the pupil.
        string[] childsWork = ["childs work", "a childs work", "the childs work", "one childs work", "childs writing", "childs drawing",
            "childs painting", "childs artwork", "childs book", "childs project", "pupils artwork", "childrens work", "childrens artwork"];
        add(Cue.PupilWork, childsWork, Cue.SchoolOwned, Cue.School);
        add(Cue.Pupils, childsWork, Cue.SchoolOwned, Cue.School);

        // "His book", "her writing": said beside a pupil, a child's exercise book or writing is their work, not an object.
        add(Cue.PupilWork, ["his book", "her book", "his books", "her books", "their books", "his exercise book", "her exercise book",
            "his writing", "her writing", "their writing", "his drawing", "her drawing", "his painting", "her painting",
            "his homework", "her homework", "their homework", "his story", "her story"], Cue.ObjectOrFood);

        // The PTA's page or group is the PTA's, not one of the school's official channels, and acting for the PTA is not acting
        // for the school, whatever it is for.
        add(Cue.NotOfficial, ["pta facebook", "pta facebook page", "the pta facebook", "the pta facebook page", "pta page", "the pta page",
            "ptas page", "the ptas page", "ptas facebook", "the ptas facebook", "pta account", "the pta account", "pta group",
            "the pta group", "pta facebook group", "pta whatsapp", "the pta whatsapp", "for the pta", "pta instagram", "the pta instagram",
            "friends of the school", "on behalf of the pta", "for the ptas", "the ptas facebook page", "ptas facebook page"]);


        // PE kit is the children's clothes for PE, not a device.
        add(Cue.LessonActivity, ["pe kit", "pe kits", "p e kit", "swimming kit", "football kit", "forest school kit"], Cue.Device);

        // Names cut off, cropped out or covered: the names are hidden, whatever else is in the picture.
        add(Cue.NamesHidden, ["names cut off", "name cut off", "cut off the names", "cut off the name", "cut the names off",
            "cut the name off", "crop out the name", "crop out the names", "crop the name out", "crop the names out", "cropped out the name",
            "cropped out the names", "cropped the names out", "cropped the name out", "names cropped out", "name cropped out",
            "names cropped", "name cropped", "names covered", "name covered", "covered the names", "covered the name",
            "covered all the names", "covered up the names", "cover the names", "cover up the names", "names blanked out",
            "blanked out the names", "names hidden", "hide the names", "hid the names", "names blurred", "blurred the names",
            "blur the names", "names taken off", "took the names off", "take the names off", "names removed", "removed the names"],
            Cue.Unidentifiable, Cue.Face);
        string[] hidingVerbs = ["cover", "covered", "cover up", "covered up", "hide", "hid", "hidden", "blur", "blurred", "remove", "removed",
            "crop", "cropped", "blank out", "blanked out", "cut off", "cut out", "rub out", "rubbed out", "tippex", "tippexed"];
        string[] whoseNames = ["the name", "the names", "their name", "their names", "his name", "her name", "any names", "all the names"];
        add(Cue.NamesHidden, [.. hidingVerbs.SelectMany(v => whoseNames.Select(n => v + " " + n))], Cue.Unidentifiable, Cue.Face);

        // A staff team ("our staff football team", "the team, all staff") is colleagues, not a pupils' team.
        string[] teams = ["team", "football team", "netball team", "rounders team", "quiz team", "relay team", "running team",
            "five a side team", "5 a side team", "cricket team"];
        add(Cue.Staff, [.. teams.SelectMany(t => new[] { "staff " + t, "the staff " + t, "our staff " + t, t + " all staff",
            "the " + t + " all staff", t + " of staff", t + " just staff", t + " only staff" })], Cue.Pupils, Cue.PupilEvent);

        // Someone leaving or retiring: once the school has announced it, a goodbye is not sharing anything confidential.
        // Only a goodbye itself ("a goodbye message", "good luck"), not what someone thinks of the leaving, is read as one.
        add(Cue.Farewell, ["goodbye", "goodbye message", "a goodbye", "farewell", "farewell message", "leaving message",
            "good luck message", "wish her good luck", "wish him good luck", "wish her well", "wish him well", "happy retirement"]);
    }
}
