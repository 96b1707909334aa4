using System.Security.Cryptography;
using CadoxtonPolicyBot.Policy;
using CadoxtonPolicyBot.Tests.Support;

namespace CadoxtonPolicyBot.Tests.Policy;

public sealed class PolicyDocumentTests
{
    private static readonly PolicyDocument Policy = PolicyDocument.LoadEmbedded();

    // The SHA-256 of the text the school adopted on 1 September 2026 (../shared/policy/social-media-policy.txt): a
    // change to the embedded copy, even of one byte or a line ending, is a new policy version and must be deliberate.
    private const string AdoptedVersion = "3af501750f98741813fd8347bfd4c42ac896ae2a3ee90e72cd10bb6567c1fd5f";

    [Fact]
    public void Embedded_copy_is_byte_for_byte_the_text_the_school_adopted()
    {
        var repoCopy = File.ReadAllBytes(RepositoryPaths.File("bot", "Policy", "Resources", "social-media-policy.txt"));
        Assert.Equal(AdoptedVersion, Convert.ToHexStringLower(SHA256.HashData(repoCopy)));
        Assert.Equal(AdoptedVersion, Policy.Version.Sha256Hex);
    }

    [Fact]
    public void Sections_have_the_agreed_ids_in_document_order()
    {
        Assert.Equal(
            ["statement", "1", "2", "3", "4", "5", "6", "7", "8", "9", "disciplinary", "evidence", "advice"],
            Policy.Sections.Select(s => s.Id));
    }

    [Fact]
    public void Every_section_text_appears_verbatim_in_the_policy()
    {
        Assert.All(Policy.Sections, s =>
        {
            Assert.False(string.IsNullOrWhiteSpace(s.Text));
            Assert.Contains(s.Text, Policy.Text, StringComparison.Ordinal);
            Assert.False(string.IsNullOrWhiteSpace(s.Governs));
        });
    }

    [Theory]
    [InlineData("statement", "Cadoxton Primary School recognises", "Council ICT equipment and usage")]
    [InlineData("1", "Employees must not access social networking/media sites for private use", "using the schools IT system.")]
    [InlineData("2", "Employees must not use their own IT equipment", "urgent family matters only.")]
    [InlineData("7", "Employees must not use pictures/images on social networking sites of the school", "without their permission.")]
    [InlineData("8", "Employees should not enter into personal dialogue with pupils", "contacts/friends lists are appropriate.")]
    [InlineData("9", "The above principles apply equally", "in the employee’s own personal time.")]
    [InlineData("disciplinary", "Employees whose conduct breaches this policy", "disciplinary procedure has been followed.")]
    [InlineData("evidence", "Evidence of any inappropriate use", "individuals who raise concerns.")]
    [InlineData("advice", "Employees are advised to think carefully", "could be interpreted.")]
    public void Section_starts_and_ends_where_the_policy_puts_it(string id, string start, string end)
    {
        var text = Policy[id].Text;
        Assert.StartsWith(start, text, StringComparison.Ordinal);
        Assert.EndsWith(end, text, StringComparison.Ordinal);
    }

    [Fact]
    public void Disciplinary_section_leaves_the_evidence_paragraph_to_its_own_section()
    {
        Assert.DoesNotContain("Evidence of any inappropriate use", Policy["disciplinary"].Text, StringComparison.Ordinal);
        Assert.Contains("gross misconduct", Policy["disciplinary"].Text, StringComparison.Ordinal);
    }
}
