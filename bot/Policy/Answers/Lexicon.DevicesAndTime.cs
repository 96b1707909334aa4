namespace CadoxtonPolicyBot.Policy.Answers;

internal static partial class Lexicon
{
    /// <summary>
    /// Words for items 1 and 2: whose device, what it is used for and when (lessons, duties, breaks, own time), kept apart
    /// from the words about posts and people so each can grow on its own.
    /// </summary>
    private static void AddDevicesAndTime(Action<Cue, string[]> add)
    {
        add(Cue.PersonalActivity, ["my online banking"]);
    }
}
