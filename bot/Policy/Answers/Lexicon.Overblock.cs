using System.Collections.Frozen;

namespace CadoxtonPolicyBot.Policy.Answers;

internal static partial class Lexicon
{
    /// <summary>
    /// The mild words a joke may say of a thing ("how awful the staffroom coffee is") and still be about the thing
    /// (<see cref="ThingJokeReading"/>). A stronger word (a swear word, "disgusting", "a disgrace") is read as it always is.
    /// </summary>
    public static FrozenSet<string> MildThingJudgements { get; } = new[]
    {
        "awful", "terrible", "dreadful", "rubbish", "horrible", "grim", "bad", "worst", "the worst", "weak", "stale",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>The only people a joke about a thing may name: whom the place belongs to, in general ("the staffroom coffee").</summary>
    public static FrozenSet<string> CollectiveOwners { get; } = new[]
    {
        "staffroom", "staff room", "the staffroom", "the staff room",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>
    /// Words that read as a breach but name something else: equipment that is not IT (the playground's, the PE store's), the
    /// journey to work however it is travelled. Kept apart so the device and time rules fire on what they are about. As in
    /// <see cref="AddDevicesAndTime"/>, a phrase keeps the cues its words had except those it is written to replace.
    /// </summary>
    private static void AddOverblock(Action<Cue, string[]> addToMap, Func<string, List<Cue>?> known)
    {
        void add(Cue cue, string[] phrases, params Cue[] replaces) => AddKeepingWordCues(addToMap, known, cue, phrases, replaces);

        // "The new playground equipment", "the PE kit": things to play or cook with are not the school's IT system (item 1 is
        // about computers, tablets and the network). What the picture of them shows is still read from the rest.
        string[] notIt = ["playground", "play", "pe", "sports", "sport", "gym", "outdoor", "climbing", "garden", "gardening", "kitchen",
            "cleaning", "science", "maths", "art", "music", "musical", "forest school", "baking", "cooking", "football", "trim trail"];
        add(Cue.ObjectOrFood, [.. notIt.SelectMany(w => new[] { w + " equipment", w + " kit" })], Cue.Device, Cue.SchoolSystem);

        // "On the way to school on the bus": the bus or train one travels to work on is one's own time, not the trip's bus a
        // duty would be on.
        string[] journeys = ["on the way to school", "on the way to work", "on my way to work", "on my way to school", "on the way in",
            "on my way in", "on the way home", "on my way home"];
        string[] rides = ["on the bus", "on the train", "on the tube"];
        add(Cue.OwnTime, [.. journeys.SelectMany(j => rides.SelectMany(r => new[] { j + " " + r, r + " " + j })),
            .. rides.SelectMany(r => new[] { r + " home", r + " to school", r + " to work", r + " into work", r + " in the morning" })],
            Cue.Duty, Cue.Lessons, Cue.SchoolDay, Cue.School, Cue.SchoolOwned, Cue.Premises, Cue.SchoolPlace);
    }
}
