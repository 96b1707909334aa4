namespace CadoxtonPolicyBot.Policy;

/// <summary>One line of the plain-words summary on the acknowledgement card (in English and in Welsh), and the policy's words it stands for.</summary>
public sealed record SummaryLine(string Text, string Welsh, IReadOnlyList<PolicyWords> RestsOn)
{
    /// <summary>What the policy asks, in plain words. Each line is checked against the text at start-up.</summary>
    public static IReadOnlyList<SummaryLine> All { get; } =
    [
        new("Do not use school IT for personal social media, at any time.",
            "Peidiwch â defnyddio systemau TG yr ysgol ar gyfer eich cyfryngau cymdeithasol personol, ar unrhyw adeg.",
            [new("1", "for private use at any time using the schools IT system")]),
        new("Do not use your own devices for personal use in lessons or working time, except for urgent family matters.",
            "Peidiwch â defnyddio eich dyfeisiau eich hun at ddefnydd personol yn ystod gwersi nac amser gwaith, heblaw am faterion teuluol brys.",
            [new("2", "own IT equipment for personal use during lessons/working time"), new("2", "urgent family matters only")]),
        new("Never post anything confidential about the school, staff, pupils, governors or parents.",
            "Peidiwch byth â phostio unrhyw beth cyfrinachol am yr ysgol, y staff, y disgyblion, y llywodraethwyr na'r rhieni.",
            [new("3", "confidential to the School, staff, pupils, governors, parents")]),
        new("Never post anything derogatory, defamatory, discriminatory, threatening or offensive about the school, staff or pupils.",
            "Peidiwch byth â phostio unrhyw beth difrïol, enllibus, gwahaniaethol, bygythiol neu sarhaus am yr ysgol, y staff na'r disgyblion.",
            [new("4", "derogatory, defamatory, discriminatory, threatening or offensive about the School, staff or pupils")]),
        new("Do not post inappropriate pictures of staff, pupils, the school or its grounds, or pictures that could identify pupils without permission.",
            "Peidiwch â phostio lluniau amhriodol o'r staff, y disgyblion, yr ysgol na'i thir, na lluniau a allai ddangos pwy yw disgyblion heb eu caniatâd.",
            [new("6", "pictures/images on social networking sites involving staff/pupils"), new("7", "of the school or its grounds"),
             new("7", "identity of pupils at the school without their permission")]),
        new("Do not enter into personal dialogue with pupils on social networking sites; keep your privacy settings private.",
            "Peidiwch â chynnal sgwrs bersonol gyda disgyblion ar wefannau rhwydweithio cymdeithasol; cadwch eich gosodiadau preifatrwydd yn breifat.",
            [new("8", "should not enter into personal dialogue with pupils on social networking sites"), new("8", "privacy settings are set to private")]),
        new("All of this applies at home and in your own time too. Breaches can lead to disciplinary action, up to dismissal.",
            "Mae hyn i gyd yn berthnasol gartref ac yn eich amser eich hun hefyd. Gall torri'r polisi arwain at gamau disgyblu, hyd at ddiswyddo.",
            [new("9", "from their home (or other personal) computers"), new("9", "own personal time"), new("disciplinary", "up to, and including, dismissal")]),
    ];
}
