using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace CadoxtonPolicyBot.Policy.Answers;

/// <summary>
/// The command line: <c>ask "question"</c> prints an answer; <c>ask --json</c> answers stdin lines as JSON lines
/// (<c>{"verdict": ..., "clauses": [...], "answer": ...}</c>), the form the evaluation scorer reads.
/// </summary>
public static class AskCommand
{
    private static readonly JsonSerializerOptions Json = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
    private static readonly JsonSerializerOptions FactsJson = new() { WriteIndented = true, DefaultIgnoreCondition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingDefault };

    public static async Task<int> RunAsync(string[] args, TextReader input, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(error);
        var engine = new PolicyAnswerEngine(PolicyDocument.LoadEmbedded());

        if (args.Length >= 2 && args[1] == "--json")
        {
            while (await input.ReadLineAsync(cancellationToken) is { } line)
            {
                var answer = engine.Answer(line);
                await output.WriteLineAsync(ToJsonLine(answer).AsMemory(), cancellationToken);
                await output.FlushAsync(cancellationToken);
            }

            return 0;
        }

        if (args.Length >= 2 && args[1] == "--conversation")
        {
            // Every line is the next turn of ONE conversation: a follow-on or a typed reply builds on the answers before it.
            var conversation = new ConversationState();
            while (await input.ReadLineAsync(cancellationToken) is { } line)
            {
                var answer = engine.Answer(line, conversation.Context);
                conversation = conversation.After(answer);
                await output.WriteLineAsync(ToJsonLine(answer).AsMemory(), cancellationToken);
                await output.FlushAsync(cancellationToken);
            }

            return 0;
        }

        if (args.Length >= 2 && args[1] == "--gloss")
        {
            // Shows, per stdin line, the language read and (for Welsh) the English gloss the extractor reads, to tune the glossary.
            while (await input.ReadLineAsync(cancellationToken) is { } line)
            {
                var language = LanguageDetector.Detect(line);
                var shown = "en";
                if (language == AnswerLanguage.Welsh)
                {
                    var gloss = WelshGlossary.Gloss(line, out var unread);
                    shown = $"cy (unread {unread}): {gloss}";
                }

                await output.WriteLineAsync(shown.AsMemory(), cancellationToken);
            }

            return 0;
        }

        if (args.Length >= 2 && args[1] == "--facts")
        {
            // Shows what the engine read from a question, to explain an answer.
            var facts = FactExtractor.Extract(string.Join(' ', args.Skip(2)));
            await output.WriteLineAsync(JsonSerializer.Serialize(facts, FactsJson).AsMemory(), cancellationToken);
            return 0;
        }

        var question = string.Join(' ', args.Skip(1));
        if (string.IsNullOrWhiteSpace(question))
        {
            await error.WriteLineAsync("Usage: ask \"question\" | ask --json (questions on stdin, one per line) | ask --conversation (stdin lines are the turns of one conversation) | ask --facts \"question\" | ask --gloss (stdin lines: language and Welsh gloss)");
            return 2;
        }

        await output.WriteLineAsync(ToText(engine.Answer(question)).AsMemory(), cancellationToken);
        return 0;
    }

    public static string ToJsonLine(PolicyAnswer answer)
    {
        ArgumentNullException.ThrowIfNull(answer);
        var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = Json.Encoder }))
        {
            json.WriteStartObject();
            json.WriteString("verdict", answer.Verdict.ToWireName());
            json.WriteStartArray("clauses");
            foreach (var id in answer.SectionIds)
            {
                json.WriteStringValue(id);
            }

            json.WriteEndArray();
            json.WriteStartArray("rules");
            foreach (var rule in answer.RuleNames)
            {
                json.WriteStringValue(rule);
            }

            json.WriteEndArray();
            json.WriteString("answer", answer.Text);
            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
    }

    public static string ToText(PolicyAnswer answer)
    {
        ArgumentNullException.ThrowIfNull(answer);
        return $"[{answer.Verdict.ToWireName()}] sections: {string.Join(", ", answer.SectionIds)}\n\n{answer.Text}\n";
    }
}
