namespace CadoxtonPolicyBot.Policy.Answers;

internal static partial class Lexicon
{
    /// <summary>
    /// Starting an account, page or group in everyday words ("start a class Instagram", "make a page for the parents"), only
    /// with the thing started; and making something that is posted ("make a joke on Facebook", "do a TikTok"), which starts no
    /// account (as in <see cref="AddDevicesAndTime"/>, a phrase keeps its words' cues).
    /// </summary>
    private static void AddAccountsAndPosts(Action<Cue, string[]> addToMap, Func<string, List<Cue>?> known)
    {
        void add(Cue cue, string[] phrases, params Cue[] replaces) => AddKeepingWordCues(addToMap, known, cue, phrases, replaces);

        add(Cue.SetUp, ["start a class", "starting a class", "make a class", "making a class", "start up a class", "open a class",
            "start a page", "starting a page", "make a page", "making a page", "start a group", "starting a group", "make a group",
            "making a group", "start an account", "starting an account", "make an account", "making an account", "start our own",
            "start my own", "starting my own", "launch a class", "launching a class", "set a class", "setting a class"]);
        add(Cue.PostVerb, ["make a joke", "making a joke", "make jokes", "making jokes", "crack a joke", "cracking a joke", "make a meme",
            "making a meme", "make memes", "make a post", "making a post", "do a post", "doing a post", "write a post", "writing a post",
            "do a tiktok", "doing a tiktok", "make a tiktok", "making a tiktok", "do a reel", "make a reel", "do a video", "make a video",
            "making a video", "do a story", "put a story", "make a status", "write a status"]);
    }
}
