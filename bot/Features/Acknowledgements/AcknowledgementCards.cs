using System.Globalization;
using System.Text.Json.Nodes;
using CadoxtonPolicyBot.Cards;
using CadoxtonPolicyBot.Infrastructure.Time;
using CadoxtonPolicyBot.Policy;

namespace CadoxtonPolicyBot.Features.Acknowledgements;

/// <summary>Every card of the acknowledgement feature. Text from people or the policy is always shown literally.</summary>
public sealed class AcknowledgementCards(PolicyDocument policy, PolicyCheck check, SchoolClock clock)
{
    public const string StartVerb = "ack.start";
    public const string LaunchVerb = "ack.launch";
    public const string ViewVerb = "ack.view";
    public const string ReadVerb = "ack.read";
    public const string ConfirmVerb = "ack.confirm";
    public const string QuestionVerb = "ack.question";
    public const string ProgressVerb = "ack.progress";
    public const string RemindVerb = "ack.remind";
    public const string CloseVerb = "ack.close";
    public const string ExportVerb = "ack.export";
    public const string MyCardVerb = "ack.mine";
    public const string RoundKey = "round";

    /// <summary>Carried by the "yes, go ahead" buttons of the close and remind confirmations.</summary>
    public const string ConfirmKey = "confirm";

    public const string WaveKey = "wave";

    /// <summary>"Tuesday 1 December 2026, 10:42": every time on these cards is the school's.</summary>
    public string When(DateTimeOffset instant) => clock.Format(instant);

    public static string Date(DateOnly date) => date.ToString("dddd d MMMM yyyy", CultureInfo.InvariantCulture);

    // ---- head teacher: launch ----

    /// <param name="audiences">The audiences offered by name (<see cref="AudienceChoices"/>).</param>
    public AdaptiveCard LaunchForm(LaunchFormValues values, IReadOnlyList<string> errors, IReadOnlyList<Choice>? audiences = null)
    {
        ArgumentNullException.ThrowIfNull(values);
        ArgumentNullException.ThrowIfNull(errors);
        var card = new AdaptiveCard
        {
            Body =
            [
                new TextBlock("Start an acknowledgement round") { Size = "Large", Weight = "Bolder" },
                new TextBlock($"Everyone in the audience gets a personal card asking them to read the staff social media policy and confirm they have understood it. They will be asked about {policy.Edition}."),
            ],
        };
        if (errors.Count > 0)
        {
            card.Body.Add(new Container
            {
                Style = "attention",
                Items = [new TextBlock("Nothing has been sent yet. Please fix this:") { Weight = "Bolder" },
                    .. errors.Select(e => (CardElement)TextBlock.Literal("• " + e))],
            });
        }

        card.Body.Add(new TextInput { Id = "name", Label = "Name of the round", Value = values.Name, MaxLength = AcknowledgementRounds.MaxNameLength, IsRequired = true, ErrorMessage = "Give the round a name." });
        card.Body.Add(new DateInput { Id = "dueDate", Label = "Due date", Value = values.DueDate, Min = values.MinDueDate, IsRequired = true, ErrorMessage = "Choose a due date after today." });
        // By name: the staff group and the bot's teams as choices, any other Entra group found by typing (Teams asks the
        // bot through an application/search invoke as the head teacher types).
        card.Body.Add(new ChoiceSetInput
        {
            Id = "audience",
            Label = "Who is it for?",
            Placeholder = "Choose the staff group or a team, or type a group's name",
            Style = "filtered",
            Choices = [.. audiences ?? []],
            ChoicesData = new ChoicesData { Dataset = GroupSearchHandler.Dataset },
            Value = values.Audience,
            IsRequired = true,
            ErrorMessage = "Choose who the round is for.",
        });
        card.Body.Add(new TextInput { Id = "message", Label = "Message to staff (optional)", Value = values.Message, IsMultiline = true, MaxLength = AcknowledgementRounds.MaxMessageLength });
        card.Body.Add(new ToggleInput { Id = "check", Title = "Ask three short questions before they can acknowledge", Value = values.CheckQuestions ? "true" : "false", ValueOn = "true", ValueOff = "false" });
        card.Actions = [new ExecuteAction { Title = "Start the round", Verb = LaunchVerb, Data = [] }];
        return card;
    }

    public const string RefusalMessage = "Only the head teacher can start or manage an acknowledgement round. Nothing has been changed.";

    public static AdaptiveCard Refusal() => new()
    {
        Body =
        [
            new TextBlock("Acknowledgement rounds are run by the head teacher") { Weight = "Bolder" },
            new TextBlock("Only the head teacher can start or manage a round. If you have been asked to confirm that you have read the policy, use the card the bot sent you, or type \"help\" to see what else I can do."),
        ],
    };

    public static AdaptiveCard AnnualOffer(string nextName) => new()
    {
        Body =
        [
            new TextBlock($"Time for the {CardText.Escape(nextName)} policy acknowledgements") { Size = "Medium", Weight = "Bolder" },
            new TextBlock("A new school year has begun. Would you like to ask staff to confirm they have read the social media policy?"),
        ],
        Actions = [new ExecuteAction { Title = $"Start the {nextName} round", Verb = StartVerb, Data = new JsonObject { ["name"] = nextName } }],
    };

    // ---- head teacher: progress ----

    public const int MaxNamesPerList = 150;

    /// <param name="notice">What the button just pressed did ("Reminders sent to 5 people at 10:42."), shown at the top.</param>
    /// <param name="warning">Something the head teacher should look at (a due date in a holiday), shown at the top.</param>
    public AdaptiveCard Progress(RoundProgress progress, string? viewerTeamsId, string? notice = null, string? warning = null)
    {
        ArgumentNullException.ThrowIfNull(progress);
        var round = progress.Round;
        var outstanding = progress.WithStatus(RoundProgress.Outstanding).ToList();
        var acknowledged = progress.WithStatus(RoundProgress.Acknowledged).ToList();
        var unreachable = progress.WithStatus(RoundProgress.Unreachable).ToList();
        var data = RoundData(round.Id);
        var card = new AdaptiveCard
        {
            Body =
            [
                new TextBlock($"Acknowledgement round {CardText.Escape(round.Name)}") { Size = "Large", Weight = "Bolder" },
                new TextBlock(string.Create(CultureInfo.InvariantCulture,
                    $"{acknowledged.Count} of {progress.People.Count} acknowledged · {outstanding.Count} not yet · {unreachable.Count} unreachable")) { Weight = "Bolder" },
                new FactSet
                {
                    Facts =
                    [
                        new Fact("Status", round.Status == RoundStatus.Open ? "Open" : $"Closed {When(round.ClosedAt ?? round.CreatedAt)}"),
                        new Fact("Due", Date(round.DueDate)),
                        new Fact("Audience", CardText.Escape(round.AudienceDescription)),
                        new Fact("Policy", round.Edition().ToString()),
                        new Fact("Short check", round.CheckQuestions ? "On" : "Off"),
                    ],
                },
            ],
            Refresh = new CardRefresh
            {
                Action = new ExecuteAction { Verb = ProgressVerb, Data = data },
                UserIds = viewerTeamsId is null ? null : [viewerTeamsId],
            },
        };
        if (warning is not null)
        {
            card.Body.Insert(1, new Container { Style = "warning", Items = [TextBlock.Literal(warning)] });
        }

        if (notice is not null)
        {
            card.Body.Insert(1, new Container { Style = "good", Items = [TextBlock.Literal(notice)] });
        }

        AddList(card, $"Not yet acknowledged ({outstanding.Count})", outstanding, p => p.Delivery switch
        {
            DeliveryState.Pending or DeliveryState.Sending => "card not delivered yet",
            DeliveryState.Unconfirmed => "delivery unconfirmed: a reminder will reach them",
            _ => p.FirstReadAt is null ? "not opened the policy" : "opened the policy",
        });
        AddList(card, $"Acknowledged ({acknowledged.Count})", acknowledged, p => When(p.Acknowledgement!.AcknowledgedAt));
        AddList(card, $"Unreachable ({unreachable.Count})", unreachable, p => p.UnreachableReason ?? "unreachable");

        var actions = new List<CardAction>();
        if (round.Status == RoundStatus.Open)
        {
            actions.Add(new ExecuteAction { Title = "Remind those outstanding", Verb = RemindVerb, Data = RoundData(round.Id) });
            actions.Add(new ExecuteAction { Title = "Close the round", Verb = CloseVerb, Data = RoundData(round.Id) });
        }

        actions.Add(new ExecuteAction { Title = "Export (CSV)", Verb = ExportVerb, Data = RoundData(round.Id) });
        card.Actions = actions;
        return card;
    }

    public const string SentPrivatelyMessage = "I've sent the round's progress to your 1:1 chat with me, so that nobody else here sees who has acknowledged.";

    public const string OpenYourChatMessage = "Open your 1:1 chat with me and type \"acknowledgement progress\": a round's progress is shown only there.";

    /// <summary>What replaces a round card pressed in a channel or group chat: one line, no names.</summary>
    public static AdaptiveCard SentPrivately(bool sent) => new()
    {
        Body = [new TextBlock(sent ? SentPrivatelyMessage : OpenYourChatMessage) { IsSubtle = true }],
    };

    /// <summary>"Close the round?": how many have not acknowledged, and what closing does, before anything is changed.</summary>
    public static AdaptiveCard ConfirmClose(AcknowledgementRound round, int outstanding)
    {
        ArgumentNullException.ThrowIfNull(round);
        var who = outstanding switch
        {
            0 => "Everyone who could be reached has acknowledged.",
            1 => "1 person has not acknowledged yet. They will be told the round is closed.",
            _ => string.Create(CultureInfo.InvariantCulture, $"{outstanding} people have not acknowledged yet. They will be told the round is closed."),
        };
        return new AdaptiveCard
        {
            Body =
            [
                new TextBlock($"Close the round {CardText.Escape(round.Name)}?") { Size = "Medium", Weight = "Bolder" },
                new TextBlock(who) { Weight = "Bolder", Color = outstanding > 0 ? "Attention" : null },
                new TextBlock("Once it is closed, no more acknowledgements are recorded for it and no more reminders go out. The acknowledgements already made are kept, and you can still export them."),
            ],
            Actions =
            [
                new ExecuteAction { Title = "Yes, close the round", Verb = CloseVerb, Data = ConfirmedData(round.Id) },
                new ExecuteAction { Title = "Keep it open", Verb = ProgressVerb, Data = RoundData(round.Id) },
            ],
        };
    }

    /// <summary>"Remind those outstanding" pressed again soon after the last reminders: send more only if confirmed.</summary>
    public AdaptiveCard ConfirmRemind(AcknowledgementRound round, DateTimeOffset lastAt, int lastCount, int outstanding, int lastWave)
    {
        ArgumentNullException.ThrowIfNull(round);
        var people = lastCount == 1 ? "1 person" : string.Create(CultureInfo.InvariantCulture, $"{lastCount} people");
        var now = outstanding == 1 ? "1 person still has" : string.Create(CultureInfo.InvariantCulture, $"{outstanding} people still have");
        return new AdaptiveCard
        {
            Body =
            [
                new TextBlock("Send the reminders again?") { Size = "Medium", Weight = "Bolder" },
                new TextBlock($"Reminders already went to {people} at {clock.Format(lastAt)}. {now} not acknowledged. Nothing has been sent now."),
                new TextBlock("Staff who are reminded twice in a short time may stop reading the reminders.") { IsSubtle = true },
            ],
            Actions =
            [
                new ExecuteAction { Title = "Yes, remind them again", Verb = RemindVerb, Data = ConfirmedAfterWave(round.Id, lastWave) },
                new ExecuteAction { Title = "Not now", Verb = ProgressVerb, Data = RoundData(round.Id) },
            ],
        };
    }

    /// <summary>"Reminders sent to 5 people at 10:42." (school time).</summary>
    public string RemindedNotice(RemindResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        return result.Outcome switch
        {
            RemindOutcome.Queued => string.Create(CultureInfo.InvariantCulture,
                $"Reminders sent to {result.Count} {(result.Count == 1 ? "person" : "people")} at {clock.Time(result.At)}."),
            RemindOutcome.NobodyOutstanding => "Nobody needs a reminder: everyone who could be reached has acknowledged.",
            _ => "This round is closed, so no reminders were sent.",
        };
    }

    /// <summary>"Round closed at 10:42. The 4 people who had not acknowledged are being told."</summary>
    public string ClosedNotice(CloseResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        if (!result.Closed)
        {
            return "This round was already closed.";
        }

        var at = clock.Time(result.ClosedAt!.Value);
        return result.Notified switch
        {
            0 => $"Round closed at {at}.",
            1 => $"Round closed at {at}. The 1 person who had not acknowledged is being told.",
            _ => string.Create(CultureInfo.InvariantCulture, $"Round closed at {at}. The {result.Notified} people who had not acknowledged are being told."),
        };
    }

    private static void AddList(AdaptiveCard card, string title, List<RecipientProgress> people, Func<RecipientProgress, string> detail)
    {
        if (people.Count == 0)
        {
            return;
        }

        var container = new Container { Spacing = "Medium", Separator = true, Items = [new TextBlock(title) { Weight = "Bolder" }] };
        container.Items.AddRange(people.Take(MaxNamesPerList).Select(p =>
            (CardElement)TextBlock.Literal($"{p.Name ?? p.UserPrincipalName ?? p.AadObjectId} — {detail(p)}")));
        if (people.Count > MaxNamesPerList)
        {
            container.Items.Add(new TextBlock(string.Create(CultureInfo.InvariantCulture,
                $"…and {people.Count - MaxNamesPerList} more: export the round for the full list.")) { IsSubtle = true });
        }

        card.Body.Add(container);
    }

    // ---- staff: the personal card ----
    // Each person's cards follow their Teams locale: Welsh for cy-GB, English otherwise. The policy's own words stay in
    // English (the school has no other text), and the Welsh card says so. Nothing recorded depends on the language.

    /// <summary>"on Tuesday 1 December 2026, 10:42", or "ar ddydd Mawrth 1 Rhagfyr 2026 am 10:42".</summary>
    private string OnWhen(DateTimeOffset instant, CardLanguage language) =>
        language == CardLanguage.Welsh ? WelshCalendar.On(clock.FormatWelsh(instant)) : "on " + clock.Format(instant);

    public static string Date(DateOnly date, CardLanguage language) =>
        language == CardLanguage.Welsh ? SchoolClock.FormatDateWelsh(date) : Date(date);

    private static string EditionInFull(PolicyEdition edition, CardLanguage language) =>
        language == CardLanguage.Welsh ? edition.ToWelshString() : edition.ToString();

    /// <summary>On a Welsh card: the policy itself is quoted in English, the only text the school has.</summary>
    public const string PolicyInEnglishWelsh = "Mae'r polisi ei hun yn Saesneg: dyna'r unig fersiwn sydd gan yr ysgol.";

    /// <summary>The card each person receives; a reminder is the same card with a reminder line.</summary>
    public AdaptiveCard Invitation(AcknowledgementRound round, string? viewerTeamsId, bool reminder = false, CardLanguage language = CardLanguage.English)
    {
        ArgumentNullException.ThrowIfNull(round);
        var card = PersonalShell(round, viewerTeamsId, language);
        var due = Date(round.DueDate, language);
        if (reminder)
        {
            card.Body.Add(new TextBlock(language.Say(
                $"Reminder: please read and acknowledge the policy by {due}.",
                $"Nodyn i'ch atgoffa: darllenwch y polisi a chadarnhewch eich bod wedi'i ddeall erbyn {due}, os gwelwch yn dda.")) { Weight = "Bolder", Color = "Attention" });
        }
        else
        {
            card.Body.Add(new TextBlock(language.Say(
                $"Please read the staff social media policy and confirm you have understood it by {due}. This is {round.Edition().Name}.",
                $"Darllenwch bolisi cyfryngau cymdeithasol y staff a chadarnhewch eich bod wedi'i ddeall erbyn {due}, os gwelwch yn dda. Mae'r cerdyn hwn ar gyfer {round.Edition().WelshName}.")));
        }

        if (round.Message is not null)
        {
            // The head teacher's own words, in the language they wrote them.
            card.Body.Add(new Container { Style = "emphasis", Items = [TextBlock.Literal(round.Message)] });
        }

        card.Body.Add(new TextBlock(language.Say("In short, the policy asks you to:", "Yn fyr, mae'r polisi'n gofyn i chi:")) { Weight = "Bolder", Spacing = "Medium" });
        card.Body.AddRange(policy.StaffSummary.Select(s => (CardElement)new TextBlock(CardText.Escape("• " + language.Say(s.Text, s.Welsh))) { Spacing = "Small" }));
        if (language == CardLanguage.Welsh)
        {
            card.Body.Add(new TextBlock(PolicyInEnglishWelsh) { Spacing = "Medium" });
        }

        card.Body.Add(new TextBlock(language.Say("You can confirm once you have opened the full policy.", "Gallwch chi gadarnhau ar ôl agor y polisi llawn.")) { IsSubtle = true });
        card.Actions =
        [
            new ExecuteAction { Title = language.Say("Read the policy", "Darllen y polisi"), Verb = ReadVerb, Data = RoundData(round.Id) },
            new ExecuteAction { Title = QuestionTitle(language), Verb = QuestionVerb, Data = RoundData(round.Id) },
        ];
        return card;
    }

    /// <summary>The full text; the acknowledge button appears only here, after the text has been opened.</summary>
    public AdaptiveCard FullText(AcknowledgementRound round, string? viewerTeamsId, IReadOnlyList<CheckMistake>? mistakes = null, Func<string, string?>? previousAnswers = null,
        CardLanguage language = CardLanguage.English)
    {
        ArgumentNullException.ThrowIfNull(round);
        var card = PersonalShell(round, viewerTeamsId, language);
        if (mistakes is { Count: > 0 })
        {
            var box = new Container
            {
                Style = "attention",
                Items = [new TextBlock(language.Say("Not quite. Nothing has been recorded yet; please look again:",
                    "Ddim yn hollol. Does dim byd wedi'i gofnodi eto; edrychwch eto, os gwelwch yn dda:")) { Weight = "Bolder" }],
            };
            foreach (var mistake in mistakes)
            {
                box.Items.Add(new TextBlock(CardText.Escape(language.Say(mistake.Question.Question, mistake.Question.WelshQuestion))) { Weight = "Bolder", Spacing = "Medium" });
                box.Items.Add(new TextBlock(CardText.Escape(language.Say(mistake.Question.Explanation, mistake.Question.WelshExplanation))));
                box.Items.Add(new TextBlock(language.Say($"The policy, {CardText.Escape(mistake.SectionTitle)}:", $"Y polisi (yn Saesneg), {CardText.Escape(mistake.SectionTitle)}:")) { IsSubtle = true });
                box.Items.Add(TextBlock.Literal($"\"{mistake.SectionText}\""));
            }

            card.Body.Add(box);
        }

        card.Body.Add(new TextBlock(language.Say("Staff social media policy", "Polisi cyfryngau cymdeithasol y staff")) { Size = "Medium", Weight = "Bolder", Spacing = "Medium" });
        if (language == CardLanguage.Welsh)
        {
            card.Body.Add(new TextBlock(PolicyInEnglishWelsh) { IsSubtle = true });
        }

        foreach (var section in policy.Sections)
        {
            card.Body.Add(new TextBlock(CardText.Escape(section.Title)) { Weight = "Bolder", Spacing = "Medium" });
            card.Body.Add(TextBlock.Literal(section.Text));
        }

        card.Body.Add(new TextBlock(Capitalised(EditionInFull(round.Edition(), language))) { IsSubtle = true, Size = "Small" });
        var inputs = new List<string>();
        if (round.CheckQuestions)
        {
            card.Body.Add(new TextBlock(language.Say("Three quick questions before you confirm", "Tri chwestiwn byr cyn i chi gadarnhau")) { Weight = "Bolder", Separator = true, Spacing = "Large" });
            foreach (var question in check.All)
            {
                var id = PolicyCheck.InputPrefix + question.Id;
                inputs.Add(id);
                card.Body.Add(new ChoiceSetInput
                {
                    Id = id,
                    Label = language.Say(question.Question, question.WelshQuestion),
                    Style = "expanded",
                    IsRequired = true,
                    ErrorMessage = language.Say("Choose an answer.", "Dewiswch ateb."),
                    Value = previousAnswers?.Invoke(id),
                    Choices = [.. question.Choices.Select(c => new Choice(language.Say(c.Title, c.WelshTitle), c.Value))],
                });
            }
        }

        card.Actions =
        [
            new ExecuteAction
            {
                Title = language.Say("I have read and understood the policy", "Rydw i wedi darllen a deall y polisi"),
                Verb = ConfirmVerb,
                Data = RoundData(round.Id),
                AssociatedInputs = inputs.Count > 0 ? "auto" : "none",
            },
            new ExecuteAction { Title = QuestionTitle(language), Verb = QuestionVerb, Data = RoundData(round.Id), AssociatedInputs = "none" },
        ];
        return card;
    }

    /// <summary>The full text again for someone who has confirmed: no confirm button (it would change nothing), no questions.</summary>
    public AdaptiveCard Reread(AcknowledgementRound round, Acknowledgement existing, string? viewerTeamsId, CardLanguage language = CardLanguage.English)
    {
        ArgumentNullException.ThrowIfNull(round);
        ArgumentNullException.ThrowIfNull(existing);
        var card = FullText(round, viewerTeamsId, language: language);
        card.Actions = [new ExecuteAction { Title = language.Say("Back", "Yn ôl"), Verb = ViewVerb, Data = RoundData(round.Id) }];
        card.Body.RemoveAll(e => e is ChoiceSetInput);
        card.Body.Insert(1, new TextBlock(language.Say($"You confirmed this {OnWhen(existing.AcknowledgedAt, language)}.",
            $"Fe wnaethoch chi gadarnhau hwn {OnWhen(existing.AcknowledgedAt, language)}.")) { IsSubtle = true });
        return card;
    }

    /// <summary>The card a person has in a round, as it stands for them now: invitation, full text, or confirmed.</summary>
    public AdaptiveCard Personal(PersonalRound personal, string? viewerTeamsId, CardLanguage language = CardLanguage.English)
    {
        ArgumentNullException.ThrowIfNull(personal);
        return personal.Acknowledgement is { } done ? Acknowledged(personal.Round, done, viewerTeamsId, language)
            : personal.HasRead ? FullText(personal.Round, viewerTeamsId, language: language)
            : Invitation(personal.Round, viewerTeamsId, language: language);
    }

    public AdaptiveCard Acknowledged(AcknowledgementRound round, Acknowledgement record, string? viewerTeamsId, CardLanguage language = CardLanguage.English)
    {
        ArgumentNullException.ThrowIfNull(round);
        ArgumentNullException.ThrowIfNull(record);
        var card = PersonalShell(round, viewerTeamsId, language);
        var edition = new PolicyEdition(record.PolicyVersion, round.PolicyAdoptedOn);
        card.Body.Add(new TextBlock(language.Say(
            $"✔ You confirmed you have read and understood the policy {OnWhen(record.AcknowledgedAt, language)}.",
            $"✔ Fe wnaethoch chi gadarnhau eich bod wedi darllen a deall y polisi {OnWhen(record.AcknowledgedAt, language)}.")) { Weight = "Bolder", Color = "Good" });
        card.Body.Add(new TextBlock(language.Say(
            $"You confirmed {edition}. Thank you.",
            $"Fe wnaethoch chi {Gadarnhau(edition.ToWelshString())}. Diolch.")) { IsSubtle = true });
        card.Actions =
        [
            new ExecuteAction { Title = language.Say("Read the policy again", "Darllen y polisi eto"), Verb = ReadVerb, Data = RoundData(round.Id) },
            new ExecuteAction { Title = QuestionTitle(language), Verb = QuestionVerb, Data = RoundData(round.Id) },
        ];
        return card;
    }


    /// <summary>
    /// Offered to the head teacher when the school has adopted a new text: its own round, as a new school year's is.
    /// Rounds still open for the earlier version were closed (the card says so); their acknowledgements stand.
    /// </summary>
    public static AdaptiveCard RevisionOffer(PolicyEdition revised, string suggestedName, IReadOnlyList<AcknowledgementRound> closed)
    {
        ArgumentNullException.ThrowIfNull(revised);
        ArgumentNullException.ThrowIfNull(closed);
        var card = new AdaptiveCard
        {
            Body =
            [
                new TextBlock("The social media policy has changed") { Size = "Medium", Weight = "Bolder" },
                new TextBlock($"The bot now has {revised}. Would you like to ask staff to read the new version and confirm it?"),
            ],
            Actions = [new ExecuteAction { Title = "Start a round for the new policy", Verb = StartVerb, Data = new JsonObject { ["name"] = suggestedName } }],
        };
        foreach (var round in closed)
        {
            card.Body.Add(TextBlock.Literal(
                $"The round \"{round.Name}\" for {round.Edition().Name} has been closed: that text is no longer the school's policy. The acknowledgements made in it are kept, with the version each person confirmed."));
        }

        return card;
    }

    /// <summary>A person opens a round whose version the school has since replaced: nothing to read or confirm here.</summary>
    /// <summary>A person opens a round whose version the school has since replaced: nothing to read or confirm here.</summary>
    public AdaptiveCard Superseded(AcknowledgementRound round, Acknowledgement? existing, CardLanguage language = CardLanguage.English)
    {
        ArgumentNullException.ThrowIfNull(round);
        var card = new AdaptiveCard
        {
            Body =
            [
                new TextBlock(RoundTitle(round, language)) { Weight = "Bolder" },
                new TextBlock(language.Say(
                    $"This round asked about {round.Edition().Name}, which the school has since replaced with a new version. It no longer takes acknowledgements; the head teacher will ask you to confirm the new policy.",
                    $"Roedd y cylch hwn yn gofyn am {round.Edition().WelshName}, ac mae'r ysgol wedi rhoi fersiwn newydd yn ei le ers hynny. Dyw'r cylch ddim yn derbyn cadarnhad bellach; bydd y pennaeth yn gofyn i chi gadarnhau'r polisi newydd.")),
            ],
        };
        if (existing is not null)
        {
            var edition = new PolicyEdition(existing.PolicyVersion, round.PolicyAdoptedOn);
            card.Body.Add(new TextBlock(language.Say(
                $"You confirmed {edition} {OnWhen(existing.AcknowledgedAt, language)}. That record is kept.",
                $"Fe wnaethoch chi {Gadarnhau(edition.ToWelshString())} {OnWhen(existing.AcknowledgedAt, language)}. Mae'r cofnod hwnnw'n cael ei gadw.")) { IsSubtle = true });
        }

        return card;
    }

    /// <summary>What the outbox sends for a row of this kind: the card, a reminder, or the closing notice.</summary>
    public AdaptiveCard ForOutbox(AcknowledgementRound round, RecipientKind kind, string? viewerTeamsId, CardLanguage language = CardLanguage.English) => kind switch
    {
        RecipientKind.ClosedNotice => ClosedForYou(round, language),
        _ => Invitation(round, viewerTeamsId, reminder: kind == RecipientKind.Reminder, language),
    };

    public static string OutboxSummary(RecipientKind kind, CardLanguage language = CardLanguage.English) => kind switch
    {
        RecipientKind.Reminder => language.Say("Reminder: please acknowledge the social media policy", "Nodyn i'ch atgoffa: cadarnhewch y polisi cyfryngau cymdeithasol"),
        RecipientKind.ClosedNotice => language.Say("The policy acknowledgement round has closed", "Mae cylch cadarnhau'r polisi wedi cau"),
        _ => language.Say("Please read and acknowledge the social media policy", "Darllenwch a chadarnhewch y polisi cyfryngau cymdeithasol"),
    };

    /// <summary>Sent once, when the head teacher closes a round, to each person who had the card and had not confirmed.</summary>
    public static AdaptiveCard ClosedForYou(AcknowledgementRound round, CardLanguage language = CardLanguage.English)
    {
        ArgumentNullException.ThrowIfNull(round);
        return new AdaptiveCard
        {
            Body =
            [
                new TextBlock(language.Say($"Policy acknowledgement {CardText.Escape(round.Name)} has closed", $"Mae cylch cadarnhau'r polisi {CardText.Escape(round.Name)} wedi cau")) { Weight = "Bolder" },
                new TextBlock(language.Say(
                    "The head teacher has closed this round, and you had not confirmed the staff social media policy in it. Your card no longer takes a confirmation.",
                    "Mae'r pennaeth wedi cau'r cylch hwn, a doeddech chi ddim wedi cadarnhau polisi cyfryngau cymdeithasol y staff ynddo. Dyw'ch cerdyn ddim yn derbyn cadarnhad bellach.")),
                new TextBlock(language.Say(
                    "If you meant to confirm, or think this is a mistake, please speak to the head teacher.",
                    "Os oeddech chi'n bwriadu cadarnhau, neu os ydych chi'n meddwl bod camgymeriad, siaradwch â'r pennaeth, os gwelwch yn dda.")) { IsSubtle = true },
            ],
        };
    }

    public static AdaptiveCard RoundClosed(AcknowledgementRound round, CardLanguage language = CardLanguage.English)
    {
        ArgumentNullException.ThrowIfNull(round);
        return new AdaptiveCard
        {
            Body =
            [
                new TextBlock(RoundTitle(round, language)) { Weight = "Bolder" },
                new TextBlock(language.Say(
                    "This round has been closed, so acknowledgements are no longer being recorded for it. If you think you still need to confirm, please speak to the head teacher.",
                    "Mae'r cylch hwn wedi cau, felly does dim cadarnhad yn cael ei gofnodi ar ei gyfer bellach. Os ydych chi'n meddwl bod angen i chi gadarnhau o hyd, siaradwch â'r pennaeth, os gwelwch yn dda.")),
            ],
        };
    }

    private static string RoundTitle(AcknowledgementRound round, CardLanguage language) =>
        language.Say($"Policy acknowledgement {CardText.Escape(round.Name)}", $"Cadarnhau'r polisi · {CardText.Escape(round.Name)}");

    // "gadarnhau'r polisi a fabwysiadwyd …": after the vowel that ends "gadarnhau", "y" is written 'r.
    private static string Gadarnhau(string welshEdition) =>
        welshEdition.StartsWith("y ", StringComparison.Ordinal) ? "gadarnhau'r " + welshEdition[2..] : "gadarnhau " + welshEdition;

    private static string QuestionTitle(CardLanguage language) => language.Say("I have a question", "Mae gen i gwestiwn");

    private static AdaptiveCard PersonalShell(AcknowledgementRound round, string? viewerTeamsId, CardLanguage language) => new()
    {
        Body = [new TextBlock(language.Say($"Staff social media policy · {CardText.Escape(round.Name)}", $"Polisi cyfryngau cymdeithasol y staff · {CardText.Escape(round.Name)}")) { Size = "Medium", Weight = "Bolder" }],
        // Each person sees their own state (read, acknowledged) when the chat opens; in a 1:1 no user list is needed.
        Refresh = new CardRefresh
        {
            Action = new ExecuteAction { Verb = ViewVerb, Data = RoundData(round.Id) },
            UserIds = viewerTeamsId is null ? null : [viewerTeamsId],
        },
    };

    public static JsonObject RoundData(Guid roundId) => new() { [RoundKey] = roundId.ToString("D") };

    /// <summary>"Yes, remind them again", for the reminder wave the head teacher was shown.</summary>
    public static JsonObject ConfirmedAfterWave(Guid roundId, int wave)
    {
        var data = ConfirmedData(roundId);
        data[WaveKey] = wave.ToString(CultureInfo.InvariantCulture);
        return data;
    }

    public static JsonObject ConfirmedData(Guid roundId) => new() { [RoundKey] = roundId.ToString("D"), [ConfirmKey] = "true" };

    private static string Capitalised(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];
}

/// <summary>What the launch form shows (defaults, or what was typed when it is shown again with errors).</summary>
public sealed record LaunchFormValues(string? Name, string? DueDate, string? MinDueDate, string? Audience, string? Message, bool CheckQuestions);
