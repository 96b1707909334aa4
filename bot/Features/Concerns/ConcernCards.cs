using System.Globalization;
using System.Text.Json.Nodes;
using CadoxtonPolicyBot.Cards;
using CadoxtonPolicyBot.Policy;

namespace CadoxtonPolicyBot.Features.Concerns;

/// <summary>The concern cards. Handler notifications carry no case content: Teams shows card text in notification previews.</summary>
internal static class ConcernCards
{
    public static readonly IReadOnlyList<string> Platforms = ["Facebook", "Instagram", "X/Twitter", "TikTok", "WhatsApp", "YouTube", "Other"];

    public static readonly IReadOnlyList<(string Value, string Title)> Whom =
    [
        ("staff", "A member of staff"),
        ("pupil", "A pupil"),
        ("school", "The school"),
    ];

    // The reporter's cards follow their Teams locale; the values sent back (and recorded) are the same in either language.
    private static readonly Dictionary<string, string> WhomWelsh = new(StringComparer.Ordinal)
    {
        ["staff"] = "Aelod o staff",
        ["pupil"] = "Disgybl",
        ["school"] = "Yr ysgol",
    };

    private const string OtherPlatform = "Other";

    /// <summary>
    /// The parts of the policy a concern may say it breaches: the kernel's numbered Procedure items, so a revision that
    /// adds or rewords one shows in the form without a change here.
    /// </summary>
    public static IReadOnlyList<PolicySection> ProcedureItems(PolicyDocument policy)
    {
        ArgumentNullException.ThrowIfNull(policy);
        return [.. policy.Sections.Where(s => ProcedureItemNumber(s) is not null)];
    }

    /// <summary>The item's number, or null for a section that is not a numbered Procedure item.</summary>
    public static int? ProcedureItemNumber(PolicySection section)
    {
        ArgumentNullException.ThrowIfNull(section);
        return int.TryParse(section.Id, NumberStyles.None, CultureInfo.InvariantCulture, out var number) ? number : null;
    }

    // "4. Derogatory, ... posts": the item's number and the kernel's short name, short enough to read on a phone.
    private static string ChoiceTitle(PolicySection item, CardLanguage language) =>
        string.Create(CultureInfo.InvariantCulture, $"{item.Id}. {(language == CardLanguage.Welsh ? WelshSectionNames.ShortNameOf(item) : item.ShortName)}");

    public static string ReportTitle(CardLanguage language) => language.Say("Report a concern", "Codi pryder");

    public static AdaptiveCard Consent(string evidenceParagraph, CardLanguage language = CardLanguage.English) => new()
    {
        Body =
        [
            new TextBlock(ReportTitle(language)) { Size = "Large", Weight = "Bolder" },
            new TextBlock(language.Say("Before you start: a concern is not anonymous.", "Cyn i chi ddechrau: dydy pryder ddim yn ddienw.")) { Weight = "Bolder" },
            new TextBlock(language.Say(
                "I record who you are as Teams knows you (your name and work account) with your report, the date and time, and any files you send. The school's concern handlers will read it, and your report and evidence may be used in disciplinary proceedings.",
                "Dw i'n cofnodi pwy ydych chi fel mae Teams yn eich adnabod chi (eich enw a'ch cyfrif gwaith) gyda'ch adroddiad, y dyddiad a'r amser, ac unrhyw ffeiliau rydych chi'n eu hanfon. Bydd y bobl sy'n delio â phryderon yn yr ysgol yn ei ddarllen, ac fe allai eich adroddiad a'ch tystiolaeth gael eu defnyddio mewn achos disgyblu.")),
            new TextBlock(language.Say("The staff social media policy says:", "Mae polisi cyfryngau cymdeithasol y staff yn dweud (yn Saesneg, yr unig fersiwn sydd gan yr ysgol):")) { Spacing = "Medium" },
            new Container { Style = "emphasis", Items = [TextBlock.Literal(evidenceParagraph)] },
            new TextBlock(language.Say(
                "Only the concern handlers can open your report. I never tell the person it is about. You will be told, by reference number, when its status changes.",
                "Dim ond y bobl sy'n delio â phryderon sy'n gallu agor eich adroddiad. Dw i byth yn dweud wrth y person mae'n sôn amdano. Byddwch chi'n cael gwybod, drwy gyfeirnod, pan fydd ei statws yn newid.")) { Spacing = "Medium" },
        ],
        Actions =
        [
            new ExecuteAction { Title = language.Say("Continue", "Parhau"), Verb = ConcernVerbs.Continue, Data = [], Style = "positive" },
            new ExecuteAction { Title = StopTitle(language), Verb = ConcernVerbs.Stop, Data = [] },
        ],
    };

    public static AdaptiveCard Form(string formToken, PolicyDocument policy, CardLanguage language = CardLanguage.English) => new()
    {
        Body =
        [
            new TextBlock(ReportTitle(language)) { Size = "Large", Weight = "Bolder" },
            new TextInput
            {
                Id = ConcernForm.WhatHappened, Label = language.Say("What happened?", "Beth ddigwyddodd?"), IsMultiline = true, MaxLength = ConcernForm.MaxText, IsRequired = true,
                ErrorMessage = language.Say("Please say what happened.", "Dywedwch beth ddigwyddodd, os gwelwch yn dda."),
            },
            new ChoiceSetInput
            {
                Id = ConcernForm.Platform, Label = language.Say("Where was it posted?", "Ble cafodd ei bostio?"), Style = "compact", IsRequired = true,
                ErrorMessage = language.Say("Please choose where it was posted.", "Dewiswch ble cafodd ei bostio, os gwelwch yn dda."),
                Choices = [.. Platforms.Select(p => new Choice(p == OtherPlatform ? language.Say(p, "Arall") : p, p))],
            },
            new TextInput { Id = ConcernForm.Link, Label = language.Say("Link to the post (if you have one)", "Dolen i'r post (os oes gennych chi un)"), MaxLength = ConcernForm.MaxLink },
            new DateInput { Id = ConcernForm.WhenSeen, Label = language.Say("When did you see it?", "Pryd gwelsoch chi fe?") },
            new ChoiceSetInput
            {
                Id = ConcernForm.ConcernsWhom, Label = language.Say("Who does it concern?", "Am bwy mae'r pryder?"), Style = "expanded", IsRequired = true,
                ErrorMessage = language.Say("Please choose who it concerns.", "Dewiswch am bwy mae'r pryder, os gwelwch yn dda."),
                Choices = [.. Whom.Select(w => new Choice(language.Say(w.Title, WhomWelsh[w.Value]), w.Value))],
            },
            new ChoiceSetInput
            {
                Id = ConcernForm.Subject, Label = language.Say("If a member of staff: who? (optional)", "Os aelod o staff: pwy? (dewisol)"), Style = "filtered",
                ChoicesData = ChoicesData.People(),
            },
            new ChoiceSetInput
            {
                Id = ConcernForm.Sections, Label = language.Say("Which parts of the policy might it breach? (optional)", "Pa rannau o'r polisi allai gael eu torri? (dewisol)"),
                IsMultiSelect = true, Style = "expanded",
                Choices = [.. ProcedureItems(policy).Select(item => new Choice(ChoiceTitle(item, language), item.Id))],
            },
            new ToggleInput
            {
                Id = ConcernForm.ReporterIsSubject, Title = language.Say("I am the person the comments are about", "Fi yw'r person mae'r sylwadau amdano"),
                ValueOn = "true", ValueOff = "false", Value = "false",
            },
        ],
        Actions =
        [
            new ExecuteAction { Title = language.Say("Send report", "Anfon yr adroddiad"), Verb = ConcernVerbs.Submit, Data = new JsonObject { [ConcernForm.Token] = formToken }, Style = "positive" },
            new ExecuteAction { Title = StopTitle(language), Verb = ConcernVerbs.Stop, Data = [], AssociatedInputs = "none" },
        ],
    };

    private static string StopTitle(CardLanguage language) => language.Say("Stop", "Stopio");

    public static AdaptiveCard EvidencePrompt(string reference, Guid concernId, ConcernsOptions limits, CardLanguage language = CardLanguage.English) => new()
    {
        Body =
        [
            new TextBlock(language.Say($"Your concern is recorded as {reference}.", $"Mae'ch pryder wedi'i gofnodi fel {reference}.")) { Weight = "Bolder", Size = "Medium" },
            new TextBlock(language.Say("Send any screenshots or files now, then press Done.", "Anfonwch unrhyw sgrinluniau neu ffeiliau nawr, yna pwyswch Gorffen.")),
            new TextBlock(EvidenceLimits(limits, language)) { IsSubtle = true },
        ],
        Actions = [new ExecuteAction { Title = language.Say("Done", "Gorffen"), Verb = ConcernVerbs.EvidenceDone, Data = Id(concernId) }],
    };

    /// <summary>"Attach or paste them in this chat: … up to 10 files, 10 MB each and 25 MB in all."</summary>
    public static string EvidenceLimits(ConcernsOptions limits, CardLanguage language = CardLanguage.English)
    {
        ArgumentNullException.ThrowIfNull(limits);
        return language == CardLanguage.Welsh
            ? string.Create(CultureInfo.InvariantCulture,
                $"Atodwch neu gludwch nhw yn y sgwrs hon: lluniau, PDFs, ffeiliau testun, neu ddogfennau Word, Excel a PowerPoint. Hyd at {limits.MaxEvidenceFiles} ffeil, {SizeLimit(limits.MaxEvidenceBytes)} yr un a {SizeLimit(limits.MaxEvidenceTotalBytes)} i gyd.")
            : string.Create(CultureInfo.InvariantCulture,
                $"Attach or paste them in this chat: {EvidenceFileType.AcceptedInWords}. Up to {limits.MaxEvidenceFiles} files, {SizeLimit(limits.MaxEvidenceBytes)} each and {SizeLimit(limits.MaxEvidenceTotalBytes)} in all.");
    }

    /// <summary>What a handler is sent: the reference and a button, nothing of the case.</summary>
    public static AdaptiveCard HandlerNotice(string reference, Guid concernId, int? escalatedAfterSchoolDays = null)
    {
        var card = new AdaptiveCard
        {
            Body = [new TextBlock($"Concern {reference} awaits you") { Weight = "Bolder" }],
            Actions = [new ExecuteAction { Title = "Open", Verb = ConcernVerbs.Open, Data = Id(concernId) }],
        };
        if (escalatedAfterSchoolDays is { } days)
        {
            card.Body.Add(new TextBlock(string.Create(CultureInfo.InvariantCulture,
                $"It has come to you because it was not opened within {days} school day{(days == 1 ? string.Empty : "s")}.")) { IsSubtle = true });
        }

        return card;
    }

    public static AdaptiveCard Details(
        Concern concern,
        ConcernDetails details,
        IReadOnlyList<(ConcernEvidence Evidence, string Name)> evidence,
        IReadOnlyList<(ConcernNote Note, string? Author, string Text)> notes,
        Infrastructure.Time.SchoolClock clock)
    {
        ArgumentNullException.ThrowIfNull(concern);
        ArgumentNullException.ThrowIfNull(details);
        ArgumentNullException.ThrowIfNull(clock);
        var facts = new List<Fact>
        {
            new("Status", concern.Status == ConcernStatus.Closed ? $"closed ({ConcernOutcome.Title(concern.Outcome)})" : concern.Status),
            new("Received", clock.Format(concern.CreatedAt)),
            new("Reported by", CardText.Escape(details.ReporterName)),
            new("Account", CardText.Escape(details.ReporterUserPrincipalName.Length > 0 ? details.ReporterUserPrincipalName : concern.ReporterAadObjectId)),
            new("Reporter is the person concerned", details.ReporterIsSubject ? "Yes" : "No"),
            new("Platform", CardText.Escape(details.Platform)),
            new("Seen on", CardText.Escape(details.WhenSeen ?? "not given")),
            new("Concerns", Whom.FirstOrDefault(w => w.Value == details.ConcernsWhom).Title ?? CardText.Escape(details.ConcernsWhom)),
        };
        if (details.SubjectAadObjectId is not null)
        {
            facts.Add(new Fact("Member of staff (Entra id)", CardText.Escape(details.SubjectAadObjectId)));
        }

        if (details.Sections.Count > 0)
        {
            facts.Add(new Fact("Policy sections", string.Join(", ", details.Sections)));
        }

        var card = new AdaptiveCard
        {
            Body =
            [
                new TextBlock($"Concern {concern.Reference}") { Size = "Large", Weight = "Bolder" },
                new FactSet { Facts = facts },
                new TextBlock("What happened") { Weight = "Bolder", Spacing = "Medium" },
                TextBlock.Literal(details.WhatHappened),
            ],
        };
        if (details.Link is not null)
        {
            card.Body.Add(new TextBlock("Link") { Weight = "Bolder" });
            card.Body.Add(TextBlock.Literal(details.Link));
        }

        card.Body.Add(new TextBlock($"Evidence ({evidence.Count})") { Weight = "Bolder", Spacing = "Medium" });
        for (var i = 0; i < evidence.Count; i++)
        {
            // The reporter's own name for the file, escaped, beside the name the bundle gives it.
            var (file, name) = evidence[i];
            var sent = name.Length == 0 ? string.Empty : $", sent as \"{EvidenceFileName.Escaped(name)}\"";
            card.Body.Add(TextBlock.Literal(string.Create(CultureInfo.InvariantCulture,
                $"{EvidenceFileName.InBundle(i + 1, file.ContentType)}: {EvidenceFileType.Describe(file.ContentType)}, {SizeLimit(file.SizeBytes)}{sent}. SHA-256 {file.Sha256}")));
        }

        if (notes.Count > 0)
        {
            card.Body.Add(new TextBlock("Private notes") { Weight = "Bolder", Spacing = "Medium" });
            foreach (var (note, author, text) in notes)
            {
                card.Body.Add(TextBlock.Literal($"{author ?? "A handler"}, {clock.Format(note.CreatedAt)}"));
                card.Body.Add(TextBlock.Literal(text));
            }
        }

        card.Actions = WorkflowActions(concern);
        return card;
    }

    private static List<CardAction> WorkflowActions(Concern concern)
    {
        var actions = new List<CardAction>();
        if (ConcernStatus.CanMove(concern.Status, ConcernStatus.Acknowledged))
        {
            actions.Add(new ExecuteAction { Title = "Acknowledge", Verb = ConcernVerbs.SetStatus, Data = Status(concern.Id, ConcernStatus.Acknowledged) });
        }

        if (ConcernStatus.CanMove(concern.Status, ConcernStatus.Investigating))
        {
            actions.Add(new ExecuteAction { Title = "Start investigating", Verb = ConcernVerbs.SetStatus, Data = Status(concern.Id, ConcernStatus.Investigating) });
        }

        if (ConcernStatus.CanMove(concern.Status, ConcernStatus.Closed))
        {
            actions.Add(new ShowCardAction
            {
                Title = "Close",
                Card = new AdaptiveCard
                {
                    MsTeams = null,
                    Body =
                    [
                        new ChoiceSetInput
                        {
                            Id = ConcernForm.Outcome, Label = "Outcome", Style = "expanded", IsRequired = true, ErrorMessage = "Choose an outcome.",
                            Choices = [.. ConcernOutcome.All.Select(o => new Choice(o.Title, o.Value))],
                        },
                    ],
                    Actions = [new ExecuteAction { Title = "Close concern", Verb = ConcernVerbs.SetStatus, Data = Status(concern.Id, ConcernStatus.Closed) }],
                },
            });
        }

        actions.Add(new ShowCardAction
        {
            Title = "Add note",
            Card = new AdaptiveCard
            {
                MsTeams = null,
                Body = [new TextInput { Id = ConcernForm.Note, Label = "Private note (never shown to the reporter)", IsMultiline = true, MaxLength = ConcernForm.MaxText, IsRequired = true, ErrorMessage = "Write the note first." }],
                Actions = [new ExecuteAction { Title = "Save note", Verb = ConcernVerbs.AddNote, Data = Id(concern.Id) }],
            },
        });
        actions.Add(new ExecuteAction { Title = "Export case bundle", Verb = ConcernVerbs.Export, Data = Id(concern.Id) });
        return actions;
    }

    public static AdaptiveCard HandlerList(IReadOnlyList<Concern> concerns, Infrastructure.Time.SchoolClock clock)
    {
        ArgumentNullException.ThrowIfNull(concerns);
        ArgumentNullException.ThrowIfNull(clock);
        var card = new AdaptiveCard { Body = [new TextBlock("Open concerns") { Size = "Large", Weight = "Bolder" }] };
        if (concerns.Count == 0)
        {
            card.Body.Add(new TextBlock("There are no open concerns for you."));
        }

        foreach (var concern in concerns)
        {
            card.Body.Add(new ColumnSet
            {
                Separator = true,
                Columns =
                [
                    new Column { Width = "stretch", Items = [new TextBlock($"{concern.Reference}: {concern.Status}, received {clock.FormatDate(concern.CreatedAt)}")] },
                    new Column { Width = "auto", Items = [new ActionSet { Actions = [new ExecuteAction { Title = "Open", Verb = ConcernVerbs.Open, Data = Id(concern.Id) }] }] },
                ],
            });
        }

        return card;
    }

    public static AdaptiveCard ReporterList(IReadOnlyList<Concern> concerns, Infrastructure.Time.SchoolClock clock, CardLanguage language = CardLanguage.English)
    {
        ArgumentNullException.ThrowIfNull(concerns);
        ArgumentNullException.ThrowIfNull(clock);
        var card = new AdaptiveCard { Body = [new TextBlock(language.Say("Your concerns", "Eich pryderon")) { Size = "Large", Weight = "Bolder" }] };
        if (concerns.Count == 0)
        {
            card.Body.Add(new TextBlock(language.Say("You have not reported any concerns.", "Dydych chi ddim wedi codi unrhyw bryderon.")));
            return card;
        }

        card.Body.Add(new FactSet
        {
            Facts = [.. concerns.Select(c => new Fact(c.Reference, language == CardLanguage.Welsh
                ? $"{StatusWelsh(c.Status)} (codwyd {Infrastructure.Time.SchoolClock.FormatDateWelsh(DateOnly.FromDateTime(clock.ToSchoolTime(c.CreatedAt).DateTime))})"
                : $"{c.Status} (reported {clock.FormatDate(c.CreatedAt)})"))],
        });
        return card;
    }

    /// <summary>A status as the reporter reads it in Welsh.</summary>
    public static string StatusWelsh(string status) => status switch
    {
        ConcernStatus.Acknowledged => "wedi'i gydnabod",
        ConcernStatus.Investigating => "ymchwiliad ar y gweill",
        ConcernStatus.Closed => "wedi cau",
        _ => "wedi dod i law",
    };

    /// <summary>A size limit as people read it: "10 MB", "1.5 MB", "512 KB" (never "0 MB" for a limit under a megabyte).</summary>
    public static string SizeLimit(long bytes) => bytes switch
    {
        >= 1024 * 1024 => string.Create(CultureInfo.InvariantCulture, $"{bytes / (1024d * 1024):0.#} MB"),
        >= 1024 => string.Create(CultureInfo.InvariantCulture, $"{bytes / 1024d:0.#} KB"),
        _ => string.Create(CultureInfo.InvariantCulture, $"{bytes} bytes"),
    };

    private static JsonObject Id(Guid concernId) => new() { [ConcernForm.ConcernId] = concernId.ToString("D") };

    private static JsonObject Status(Guid concernId, string to) => new() { [ConcernForm.ConcernId] = concernId.ToString("D"), [ConcernForm.To] = to };
}
