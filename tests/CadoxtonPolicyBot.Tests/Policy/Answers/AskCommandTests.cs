using System.Text.Json;
using CadoxtonPolicyBot.Policy.Answers;

namespace CadoxtonPolicyBot.Tests.Policy.Answers;

public sealed class AskCommandTests
{
    [Fact]
    public async Task Json_mode_writes_one_object_per_question_line_in_order()
    {
        var input = new StringReader("Can I accept a friend request from a pupil?\nWhat's the canteen menu?\n");
        var output = new StringWriter();
        var code = await AskCommand.RunAsync(["ask", "--json"], input, output, TextWriter.Null, CancellationToken.None);

        Assert.Equal(0, code);
        var lines = output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(2, lines.Length);
        var first = JsonDocument.Parse(lines[0]).RootElement;
        Assert.Equal(["verdict", "clauses", "rules", "answer"], first.EnumerateObject().Select(p => p.Name));
        Assert.Equal("not_allowed", first.GetProperty("verdict").GetString());
        Assert.Equal("8", first.GetProperty("clauses")[0].GetString());
        Assert.Equal("out_of_scope", JsonDocument.Parse(lines[1]).RootElement.GetProperty("verdict").GetString());
    }

    [Fact]
    public async Task Single_question_mode_prints_a_readable_answer()
    {
        var output = new StringWriter();
        var code = await AskCommand.RunAsync(["ask", "Can I keep a personal blog?"], TextReader.Null, output, TextWriter.Null, CancellationToken.None);
        Assert.Equal(0, code);
        Assert.Contains("[allowed]", output.ToString(), StringComparison.Ordinal);
        Assert.Contains("The policy says:", output.ToString(), StringComparison.Ordinal);
    }
}
