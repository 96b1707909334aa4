namespace CadoxtonPolicyBot.Policy;

/// <summary>
/// One question of the short check before acknowledging: each choice is plain English (and plain Welsh, for a Welsh
/// Teams client), and the question rests on one Procedure item, so a wrong answer can always be explained by quoting the
/// policy itself. The values are the same in both languages, so marking never depends on the language.
/// </summary>
public sealed record CheckQuestion(
    string Id,
    PolicyWords RestsOn,
    string Question,
    IReadOnlyList<(string Value, string Title, string WelshTitle)> Choices,
    string Correct,
    string Explanation,
    string WelshQuestion,
    string WelshExplanation)
{
    public string SectionId => RestsOn.SectionId;

    /// <summary>The three questions. Each is checked against the text at start-up.</summary>
    public static IReadOnlyList<CheckQuestion> All { get; } =
    [
        new("school-it", new("1", "must not access social networking/media sites for private use at any time using the schools IT system"),
            "May you look at your own social media on a school computer during your lunch break?",
            [("yes-breaks", "Yes, in breaks", "Cewch, yn ystod egwyl"), ("no", "No, not at any time", "Na chewch, ddim ar unrhyw adeg"),
             ("ask", "Yes, if a colleague agrees", "Cewch, os yw cydweithiwr yn cytuno")],
            "no",
            "The policy says employees must not use the school's IT system for private social media at any time, breaks included.",
            "Gewch chi edrych ar eich cyfryngau cymdeithasol eich hun ar gyfrifiadur yr ysgol yn ystod eich awr ginio?",
            "Mae'r polisi'n dweud bod rhaid i weithwyr beidio â defnyddio system TG yr ysgol ar gyfer cyfryngau cymdeithasol preifat ar unrhyw adeg, gan gynnwys amser egwyl."),
        new("pupils", new("8", "should not enter into personal dialogue with pupils on social networking sites"),
            "A pupil sends you a message on a social networking site. What does the policy expect?",
            [("reply-kindly", "Reply briefly and kindly", "Ateb yn fyr ac yn garedig"),
             ("no-dialogue", "Do not enter into personal dialogue with the pupil", "Peidio â chynnal sgwrs bersonol gyda'r disgybl"),
             ("reply-public", "Reply only in public comments", "Ateb mewn sylwadau cyhoeddus yn unig")],
            "no-dialogue",
            "Staff should not enter into personal dialogue with pupils on social networking sites.",
            "Mae disgybl yn anfon neges atoch chi ar wefan rhwydweithio cymdeithasol. Beth mae'r polisi'n ei ddisgwyl?",
            "Ddylai staff ddim cynnal sgwrs bersonol gyda disgyblion ar wefannau rhwydweithio cymdeithasol."),
        new("home", new("9", "apply equally to information or comments posted by employees from their home (or other personal) computers"),
            "Do the rules apply to what you post from home, in your own time?",
            [("no", "No, only to posts made at school", "Nac ydyn, dim ond i bostiadau yn yr ysgol"), ("yes", "Yes, equally", "Ydyn, yn union yr un fath"),
             ("working-hours", "Only during working hours", "Dim ond yn ystod oriau gwaith")],
            "yes",
            "The principles apply equally to posts from home or other personal computers, in or out of working hours.",
            "Ydy'r rheolau'n berthnasol i'r hyn rydych chi'n ei bostio gartref, yn eich amser eich hun?",
            "Mae'r egwyddorion yr un mor berthnasol i bostiadau o gyfrifiaduron gartref neu gyfrifiaduron personol eraill, yn ystod oriau gwaith neu y tu allan iddyn nhw."),
    ];
}
