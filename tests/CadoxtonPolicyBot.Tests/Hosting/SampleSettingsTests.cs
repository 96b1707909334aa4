using System.Collections;
using System.Reflection;
using System.Text.Json;
using CadoxtonPolicyBot.Protocol;
using CadoxtonPolicyBot.Tests.Support;

namespace CadoxtonPolicyBot.Tests.Hosting;

/// <summary>appsettings.sample.json is the school's reference: it must name every setting the bot reads.</summary>
public sealed class SampleSettingsTests
{
    private static readonly JsonElement Sample = LoadSample();

    public static TheoryData<string> OptionsTypes()
    {
        var data = new TheoryData<string>();
        foreach (var type in OptionsSections().Keys)
        {
            data.Add(type.FullName!);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(OptionsTypes))]
    public void Every_setting_of_an_options_section_is_documented_in_the_sample(string typeName)
    {
        var (type, section) = OptionsSections().Single(p => p.Key.FullName == typeName) is var pair ? (pair.Key, pair.Value) : default;
        var node = section.Length == 0 ? Sample : Sample.GetProperty(section);
        var missing = SettableProperties(type).Where(p => !node.TryGetProperty(p.Name, out _)).Select(p => $"{section}:{p.Name}").ToList();
        Assert.True(missing.Count == 0, "Not in appsettings.sample.json: " + string.Join(", ", missing));
    }

    [Fact]
    public void The_sample_holds_no_secret_values()
    {
        Assert.Equal(string.Empty, Sample.GetProperty("MicrosoftAppPassword").GetString());
        Assert.Equal(string.Empty, Sample.GetProperty("MicrosoftAppId").GetString());
    }

    /// <summary>Options classes with a SectionName constant, plus the root-level bot identity.</summary>
    private static Dictionary<Type, string> OptionsSections()
    {
        var sections = typeof(BotIdentityOptions).Assembly.GetTypes()
            .Where(t => t.Name.EndsWith("Options", StringComparison.Ordinal) && t.GetField("SectionName", BindingFlags.Public | BindingFlags.Static) is not null)
            .ToDictionary(t => t, t => (string)t.GetField("SectionName")!.GetValue(null)!);
        sections[typeof(BotIdentityOptions)] = string.Empty;
        return sections;
    }

    private static IEnumerable<PropertyInfo> SettableProperties(Type type) =>
        type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.CanWrite || typeof(IEnumerable).IsAssignableFrom(p.PropertyType) && p.PropertyType != typeof(string));

    private static JsonElement LoadSample()
    {
        var text = File.ReadAllText(RepositoryPaths.File("appsettings.sample.json"));
        using var doc = JsonDocument.Parse(text, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        return doc.RootElement.Clone();
    }
}
