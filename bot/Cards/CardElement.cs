using System.Text.Json.Serialization;

namespace CadoxtonPolicyBot.Cards;

[JsonPolymorphic(TypeDiscriminatorPropertyName = "type")]
[JsonDerivedType(typeof(TextBlock), "TextBlock")]
[JsonDerivedType(typeof(Container), "Container")]
[JsonDerivedType(typeof(FactSet), "FactSet")]
[JsonDerivedType(typeof(ColumnSet), "ColumnSet")]
[JsonDerivedType(typeof(ActionSet), "ActionSet")]
[JsonDerivedType(typeof(TextInput), "Input.Text")]
[JsonDerivedType(typeof(DateInput), "Input.Date")]
[JsonDerivedType(typeof(ToggleInput), "Input.Toggle")]
[JsonDerivedType(typeof(ChoiceSetInput), "Input.ChoiceSet")]
public abstract class CardElement
{
    public string? Id { get; set; }
    public string? Spacing { get; set; }
    public bool? Separator { get; set; }
    public bool? IsVisible { get; set; }
}

public sealed class TextBlock : CardElement
{
    public TextBlock()
    {
    }

    /// <summary>Text we wrote ourselves; it may use the card's small Markdown.</summary>
    public TextBlock(string text) => Text = text;

    public string Text { get; set; } = string.Empty;
    public bool Wrap { get; set; } = true;
    public string? Size { get; set; }
    public string? Weight { get; set; }
    public string? Color { get; set; }
    public bool? IsSubtle { get; set; }
    public string? Style { get; set; }
    public int? MaxLines { get; set; }

    /// <summary>Text that came from a person or the policy: shown literally, never as Markdown.</summary>
    public static TextBlock Literal(string text) => new(CardText.Escape(text));
}

public sealed class Container : CardElement
{
    public List<CardElement> Items { get; set; } = [];
    public string? Style { get; set; }
    public bool? Bleed { get; set; }
}

public sealed class FactSet : CardElement
{
    public List<Fact> Facts { get; set; } = [];
}

public sealed record Fact(string Title, string Value);

public sealed class ColumnSet : CardElement
{
    public List<Column> Columns { get; set; } = [];
}

public sealed class Column
{
    public string Type { get; } = "Column";
    public string? Width { get; set; }
    public List<CardElement> Items { get; set; } = [];
}

public sealed class ActionSet : CardElement
{
    public List<CardAction> Actions { get; set; } = [];
}

public sealed class TextInput : CardElement
{
    public string? Label { get; set; }
    public string? Placeholder { get; set; }
    public string? Value { get; set; }
    public bool? IsMultiline { get; set; }
    public int? MaxLength { get; set; }
    public bool? IsRequired { get; set; }
    public string? ErrorMessage { get; set; }
}

public sealed class DateInput : CardElement
{
    public string? Label { get; set; }
    public string? Value { get; set; }
    public string? Min { get; set; }
    public bool? IsRequired { get; set; }
    public string? ErrorMessage { get; set; }
}

public sealed class ToggleInput : CardElement
{
    public string Title { get; set; } = string.Empty;
    public string? Label { get; set; }
    public string? Value { get; set; }
    public string? ValueOn { get; set; }
    public string? ValueOff { get; set; }
}

public sealed class ChoiceSetInput : CardElement
{
    public string? Label { get; set; }
    public string? Placeholder { get; set; }
    public string? Style { get; set; }
    public bool? IsMultiSelect { get; set; }
    public string? Value { get; set; }
    public bool? IsRequired { get; set; }
    public string? ErrorMessage { get; set; }
    public List<Choice> Choices { get; set; } = [];

    /// <summary>Teams-only dynamic choices, e.g. the people picker (<see cref="ChoicesData.People"/>).</summary>
    [JsonPropertyName("choices.data")]
    public ChoicesData? ChoicesData { get; set; }
}

/// <summary>A Data.Query for Input.ChoiceSet's "choices.data": Teams fills the choices from a dataset as the user types.</summary>
public sealed class ChoicesData
{
    public string Type { get; } = "Data.Query";

    public required string Dataset { get; init; }

    /// <summary>Teams' people picker: choices are users of the organisation; the value is their Entra object id.</summary>
    public static ChoicesData People() => new() { Dataset = "graph.microsoft.com/users" };
}

public sealed record Choice(string Title, string Value);
