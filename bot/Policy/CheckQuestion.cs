namespace CadoxtonPolicyBot.Policy;

/// <summary>
/// One question of the short check before acknowledging: each choice is plain English, and the question rests on one
/// Procedure item, so a wrong answer can always be explained by quoting the policy itself.
/// </summary>
public sealed record CheckQuestion(
    string Id,
    PolicyWords RestsOn,
    string Question,
    IReadOnlyList<(string Value, string Title)> Choices,
    string Correct,
    string Explanation)
{
    public string SectionId => RestsOn.SectionId;

    /// <summary>The three questions. Each is checked against the text at start-up.</summary>
    public static IReadOnlyList<CheckQuestion> All { get; } =
    [
        new("school-it", new("1", "must not access social networking/media sites for private use at any time using the schools IT system"),
            "May you look at your own social media on a school computer during your lunch break?",
            [("yes-breaks", "Yes, in breaks"), ("no", "No, not at any time"), ("ask", "Yes, if a colleague agrees")],
            "no",
            "The policy says employees must not use the school's IT system for private social media at any time, breaks included."),
        new("pupils", new("8", "should not enter into personal dialogue with pupils on social networking sites"),
            "A pupil sends you a message on a social networking site. What does the policy expect?",
            [("reply-kindly", "Reply briefly and kindly"), ("no-dialogue", "Do not enter into personal dialogue with the pupil"), ("reply-public", "Reply only in public comments")],
            "no-dialogue",
            "Staff should not enter into personal dialogue with pupils on social networking sites."),
        new("home", new("9", "apply equally to information or comments posted by employees from their home (or other personal) computers"),
            "Do the rules apply to what you post from home, in your own time?",
            [("no", "No, only to posts made at school"), ("yes", "Yes, equally"), ("working-hours", "Only during working hours")],
            "yes",
            "The principles apply equally to posts from home or other personal computers, in or out of working hours."),
    ];
}
