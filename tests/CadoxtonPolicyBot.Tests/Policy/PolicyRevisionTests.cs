using System.Text;
using CadoxtonPolicyBot.Policy;
using CadoxtonPolicyBot.Policy.Answers;

namespace CadoxtonPolicyBot.Tests.Policy;

/// <summary>
/// A school's revision of the policy text, as the kernel reads it: what it accepts, and what it refuses (anything the
/// answers, the cards or the check questions rely on), naming what is missing and what uses it.
/// </summary>
public sealed class PolicyRevisionTests
{
    private static readonly DateOnly Revised = new(2027, 1, 14);
    private static readonly string Embedded = Encoding.UTF8.GetString(PolicyDocument.EmbeddedText());

    [Fact]
    public void The_embedded_text_has_every_section_and_wording_the_kernel_and_the_answers_rely_on()
    {
        var policy = PolicyDocument.LoadEmbedded();

        Assert.Empty(policy.FindMissing([.. PolicyDocument.Requirements, .. PolicyAnswerEngine.Requirements]));
        Assert.Equal(new DateOnly(2026, 9, 1), policy.AdoptedOn);
        Assert.Equal(7, policy.StaffSummary.Count);
        Assert.Equal(["1", "8", "9"], policy.CheckQuestions.Select(q => q.SectionId));
    }

    [Fact]
    public void Every_quote_of_the_answer_rules_is_a_requirement_so_no_rule_can_fall_back_to_quoting_a_whole_section()
    {
        var quotes = PolicyRules.All
            .SelectMany(rule => rule.Cites.Where(c => c.Focus is not null).Select(c => (Rule: rule.Name, Cite: c)))
            .ToList();

        Assert.NotEmpty(quotes);
        Assert.All(quotes, q => Assert.Contains(
            new PolicyRequirement(q.Cite.SectionId, q.Cite.Focus, $"the answer rule \"{q.Rule}\""), PolicyAnswerEngine.Requirements));
    }

    [Fact]
    public void Every_quoted_citation_the_engine_declares_anywhere_is_checked_at_start_up()
    {
        // Quotes live as static citations on the rule table, the information answers and the engine itself; a quote
        // declared anywhere in the engine but missing from the start-up check could silently stop matching a revision.
        var declared = typeof(PolicyAnswerEngine).Assembly.GetTypes()
            .SelectMany(t => t.GetFields(System.Reflection.BindingFlags.Static | System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.NonPublic))
            .Where(f => f.FieldType == typeof(Citation))
            .Select(f => (Citation)f.GetValue(null)!)
            .Where(c => c.Focus is not null)
            .ToList();

        Assert.NotEmpty(declared);
        Assert.All(declared, c => Assert.Contains(PolicyAnswerEngine.Requirements, r => r.SectionId == c.SectionId && r.Words == c.Focus));
    }

    [Fact]
    public void A_revision_that_drops_a_quoted_sentence_is_refused_naming_the_sentence_and_everything_that_quotes_it()
    {
        var revised = Embedded.Replace("are a useful way of interacting socially with colleagues and friends", "are popular", StringComparison.Ordinal);

        var refused = Assert.Throws<PolicyTextException>(() => Load(revised));

        var problem = Assert.Single(refused.Problems);
        Assert.StartsWith("Policy Statement no longer says \"useful way of interacting socially\". It is used by: ", problem, StringComparison.Ordinal);
        Assert.Contains("the answer rule \"keep-a-blog-or-account\"", problem, StringComparison.Ordinal);
        Assert.Contains("the answer rule \"contact-with-colleagues-and-professional-groups\"", problem, StringComparison.Ordinal);
        Assert.Contains("general answers about the policy", problem, StringComparison.Ordinal);
        Assert.StartsWith("The policy text in revised.txt (version ", refused.Message, StringComparison.Ordinal);
        Assert.Contains("When the school revises its policy", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_revision_that_rewords_what_a_summary_line_and_a_check_question_stand_for_is_refused_naming_both()
    {
        var revised = Embedded.Replace("Employees should not enter into personal dialogue with pupils on social networking sites",
            "Employees may reply to pupils on social networking sites", StringComparison.Ordinal);

        var refused = Assert.Throws<PolicyTextException>(() => Load(revised));

        var problem = Assert.Single(refused.Problems, p => p.Contains("should not enter into personal dialogue", StringComparison.Ordinal));
        Assert.StartsWith("Procedure item 8 no longer says", problem, StringComparison.Ordinal);
        Assert.Contains("line 6 of the summary on the acknowledgement card", problem, StringComparison.Ordinal);
        Assert.Contains("the short check question \"A pupil sends you a message on a social networking site. What does the policy expect?\"", problem, StringComparison.Ordinal);
    }

    [Fact]
    public void A_revision_without_the_evidence_paragraph_is_refused_naming_the_concern_card()
    {
        var start = Embedded.IndexOf("Evidence of any inappropriate use", StringComparison.Ordinal);
        var end = Embedded.IndexOf("General Advice", StringComparison.Ordinal);
        var revised = Embedded[..start] + Embedded[end..];

        var refused = Assert.Throws<PolicyTextException>(() => Load(revised));

        Assert.Contains(refused.Problems, p => p.StartsWith("Disciplinary Action: evidence is missing.", StringComparison.Ordinal)
            && p.Contains("the concern card", StringComparison.Ordinal));
    }

    [Fact]
    public void A_revision_that_renumbers_the_procedure_is_refused_because_the_items_no_longer_say_what_their_numbers_meant()
    {
        var revised = Embedded.Replace("5) The School/Council will monitor", "5) Employees should be kind online.\n\n10) The School/Council will monitor", StringComparison.Ordinal);

        var refused = Assert.Throws<PolicyTextException>(() => Load(revised));

        Assert.Contains(refused.Problems, p => p.StartsWith("Procedure item 5 no longer says \"will monitor its IT systems\".", StringComparison.Ordinal));
    }

    [Fact]
    public void A_revision_that_keeps_every_relied_on_wording_and_adds_an_item_is_accepted_with_its_date_and_new_version()
    {
        var revised = Embedded.Replace("\n\nDisciplinary Action", "\n\n10) Employees must not use generative AI tools to create images of pupils.\n\nDisciplinary Action", StringComparison.Ordinal);

        var policy = Load(revised);

        Assert.NotEqual(PolicyDocument.LoadEmbedded().Version, policy.Version);
        Assert.Equal(Revised, policy.AdoptedOn);
        Assert.Equal("Employees must not use generative AI tools to create images of pupils.", policy["10"].Text);
        Assert.Equal("Procedure item 10", policy["10"].Title);
        Assert.Equal(PolicyDocument.LoadEmbedded()["9"].Text, policy["9"].Text);
        var shown = new PolicyAnswerEngine(policy).Show([]);
        Assert.Contains("10", shown.SectionIds);
    }

    [Fact]
    public void A_text_saved_on_windows_reads_as_the_same_sections_under_its_own_version()
    {
        var windows = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(Embedded.Replace("\n", "\r\n", StringComparison.Ordinal))).ToArray();

        var policy = PolicyDocument.Load(windows, Revised, "windows.txt", PolicyAnswerEngine.Requirements);

        var embedded = PolicyDocument.LoadEmbedded();
        Assert.Equal(embedded.Sections, policy.Sections);
        Assert.NotEqual(embedded.Version, policy.Version);
    }

    [Fact]
    public void A_file_that_is_not_utf8_is_refused_with_what_to_do()
    {
        var latin1 = Encoding.Latin1.GetBytes(Embedded.Replace("employee’s", "employee\u00e9s", StringComparison.Ordinal));

        var refused = Assert.Throws<PolicyTextException>(() => PolicyDocument.Load(latin1, Revised, "latin1.txt", []));

        Assert.Equal("The policy text in latin1.txt cannot be used: it is not UTF-8 text. Save it as UTF-8 and start again.", refused.Message);
    }

    [Fact]
    public void A_version_reads_as_the_date_the_school_adopted_it_with_the_short_hash_beside_it()
    {
        var policy = PolicyDocument.LoadEmbedded();

        Assert.Equal("the policy of 1 September 2026 (version 3af501750f98)", policy.Edition.ToString());
        Assert.Equal("the policy of 1 September 2026", policy.Edition.Name);
        Assert.Equal("policy version 3af501750f98", new PolicyEdition(policy.Version.Sha256Hex, null).ToString());
    }

    private static PolicyDocument Load(string text) =>
        PolicyDocument.Load(Encoding.UTF8.GetBytes(text), Revised, "revised.txt", PolicyAnswerEngine.Requirements);
}
