namespace CadoxtonPolicyBot.Policy;

/// <summary>
/// The sections the bot knows: id, how it names them, what each governs, and the words that show a section is still
/// about that (a revision that renumbers the Procedure items or rewrites one is caught by these).
/// </summary>
internal static class PolicyOutline
{
    public const string StatementHeading = "Policy Statement";
    public const string ProcedureHeading = "Procedure";
    public const string DisciplinaryHeading = "Disciplinary Action";
    public const string AdviceHeading = "General Advice";

    public static IReadOnlyList<string> Headings { get; } = [StatementHeading, ProcedureHeading, DisciplinaryHeading, AdviceHeading];

    public static IReadOnlyList<KnownSection> Sections { get; } =
    [
        new("statement", "Policy Statement", "Policy statement", "may keep personal blogs",
            "why the policy exists, personal blogs and social networking, official school use, and that it applies inside and outside the workplace"),
        new("1", "Procedure item 1", "Private use of the school's IT", "for private use at any time using the schools IT system",
            "using the school's IT system to access social media for private use, at any time"),
        new("2", "Procedure item 2", "Own devices during lessons or working time", "own IT equipment for personal use during lessons/working time",
            "using your own devices for personal use during lessons or working time, and the exception for urgent family matters"),
        new("3", "Procedure item 3", "Confidential information", "which is confidential to the School",
            "posting information that is confidential to the school, staff, pupils, governors, parents or anyone connected with the school"),
        new("4", "Procedure item 4", "Derogatory, defamatory, discriminatory, threatening or offensive posts", "derogatory, defamatory, discriminatory, threatening or offensive",
            "posting anything derogatory, defamatory, discriminatory, threatening or offensive, or that could bring the School or Council into disrepute"),
        new("5", "Procedure item 5", "Monitoring of the school's IT", "will monitor its IT systems",
            "the School and Council monitoring their IT systems, and copies of inappropriate use being used in disciplinary proceedings"),
        new("6", "Procedure item 6", "Pictures of staff or pupils at school or on trips", "involving staff/pupils on school premises or on off site activities",
            "pictures of staff or pupils on school premises or off-site activities that could be inappropriate or cause offence"),
        new("7", "Procedure item 7", "Pictures of the school or its grounds, pupils' identity", "of the school or its grounds",
            "pictures of the school or its grounds, and pictures that could show pupils without their permission"),
        new("8", "Procedure item 8", "Personal dialogue with pupils", "personal dialogue with pupils",
            "personal dialogue with pupils on social networking sites, privacy settings and friends lists"),
        new("9", "Procedure item 9", "Posts from home or in personal time", "from their home (or other personal) computers",
            "the rules applying to posts from home or personal computers, in working hours or in your own time"),
        new("disciplinary", "Disciplinary Action", "Disciplinary action", "gross misconduct",
            "disciplinary action for breaches, and gross misconduct for defamatory, derogatory, threatening or discriminatory posts"),
        new("evidence", "Disciplinary Action: evidence", "Evidence of inappropriate use", "Evidence of any inappropriate use of social networking sites",
            "copies of posts produced by the person targeted or by people who raise concerns being used as evidence"),
        new("advice", "General Advice", "General advice", "think carefully about images/information",
            "thinking carefully about what you share publicly and how your views could be interpreted"),
    ];

    // An item a revision added has no short name of its own: its title stands in.
    public static string ShortNameOf(string id) => Sections.FirstOrDefault(s => s.Id == id)?.ShortName ?? TitleOf(id);

    public static string TitleOf(string id) =>
        Sections.FirstOrDefault(s => s.Id == id)?.Title ?? (int.TryParse(id, out _) ? $"Procedure item {id}" : id);

    // An item a revision added (10, 11, ...) is shown with the rest; nothing in the bot cites it yet.
    public static string GovernsOf(string id) =>
        Sections.FirstOrDefault(s => s.Id == id)?.Governs ?? $"Procedure item {id} of the policy";
}

/// <param name="ShortName">A few words naming the section where space is short (a choice on a phone).</param>
/// <param name="Words">Words the section must contain to still be the section the bot means by this id.</param>
internal sealed record KnownSection(string Id, string Title, string ShortName, string Words, string Governs);
