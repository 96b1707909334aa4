using System.Text.Json.Serialization;

namespace CadoxtonPolicyBot.Policy.Answers;

/// <summary>A section quoted word for word.</summary>
public sealed record PolicyQuote(string SectionId, string Title, string Text);

/// <summary>
/// The engine's answer. <see cref="Text"/> is the whole answer as plain text; the parts (verdict, quotes, advice,
/// follow-up) are kept separately so a card can lay them out.
/// </summary>
public sealed record PolicyAnswer
{
    public required Verdict Verdict { get; init; }

    /// <summary>One plain sentence saying what the verdict means here.</summary>
    public required string Summary { get; init; }

    public required IReadOnlyList<PolicyQuote> Quotes { get; init; }

    public IReadOnlyList<string> SectionIds => [.. Quotes.Select(q => q.SectionId)];

    public required IReadOnlyList<string> Advice { get; init; }

    public required string Text { get; init; }

    /// <summary>For <see cref="Verdict.Depends"/>: the deciding question and its options.</summary>
    public FollowUp? FollowUp { get; init; }

    /// <summary>For "Did you mean…": the readings that lead to different answers.</summary>
    public IReadOnlyList<Interpretation>? Interpretations { get; init; }

    /// <summary>What to store so the next turn can resolve the follow-up; holds facts, never the question text.</summary>
    public PendingFollowUp? Pending { get; init; }

    public bool OfferConcern { get; init; }

    /// <summary>The rules that gave the verdict, so an answer can be explained (and a wrong one traced) without the question.</summary>
    public IReadOnlyList<string> RuleNames { get; init; } = [];

    public bool OfferHeadTeacher { get; init; }

    public required string PolicyVersion { get; init; }

    /// <summary>The language the answer is written in (the policy's own words are always quoted in English).</summary>
    public AnswerLanguage Language { get; init; }

    /// <summary>The facts the answer rests on, to carry into a follow-on question. Facts only: never the question's text.</summary>
    public QuestionFacts? Facts { get; init; }

    /// <summary>The message was longer than the engine reads: only its first sentences were answered.</summary>
    public bool Truncated { get; init; }
}

public sealed record FollowUp(string Question, IReadOnlyList<FollowUpOption> Options);

/// <summary>A button: the option id is what the card submits back to <see cref="PolicyAnswerEngine.Resolve"/>.</summary>
public sealed record FollowUpOption(string Id, string Label, FactAnswer Adds);

/// <summary>One reading of an ambiguous question, with the verdict it would get.</summary>
public sealed record Interpretation(string OptionId, string Label, Verdict Preview);

/// <summary>The facts the user's answer to a follow-up adds.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<FactAnswer>))]
public enum FactAnswer
{
    PupilsIdentifiable,
    NoPupilsIdentifiable,
    SchoolDevice,
    OwnDevice,
    DuringLessons,
    OutsideLessons,
    PermissionGiven,
    NoPermission,
    FormerPupilAdult,
    FormerPupilChild,
    MeantOwnChildren,
    MeantPupils,
    PersonalPurpose,
    WorkPurpose,
    UrgentFamily,
    Critical,
    NotCritical,
    AlreadyPublic,
    NotPublic,
    SchoolPlatform,
    PersonalPlatform,
    OwnLife,
    AboutSchool,
    ContactPupil,
    ContactFormerPupil,
    ContactAdult,
}

/// <summary>
/// A small, serialisable record of an unanswered follow-up: store it per user and conversation (with an expiry) and
/// pass it back to <see cref="PolicyAnswerEngine.Resolve"/> with the chosen option id.
/// </summary>
public sealed record PendingFollowUp(QuestionFacts Facts, IReadOnlyList<string> OptionIds, string PolicyVersion, AnswerLanguage? Language = null);

/// <summary>
/// What the engine may know about the conversation so far: an open follow-up, the facts of the last answer (for a
/// follow-on that changes one fact), whether the follow-up was the last thing asked, and the conversation's language.
/// </summary>
public sealed record AnswerContext(
    PendingFollowUp? Pending = null,
    QuestionFacts? LastFacts = null,
    bool PendingIsLatest = true,
    AnswerLanguage? Language = null);
