using CustomiseYou.Domain.Customization.Selections;

namespace CustomiseYou.Application.Customization.Common;

/// <summary>A normalised value in the same JSON shapes the client sends.</summary>
public static class SelectionJson
{
    public static object? ToPlain(SelectionValue value) => value.Kind switch
    {
        SelectionValueKind.Number => value.Number,
        SelectionValueKind.List => value.Items,
        _ when value.Font is not null => new Dictionary<string, string?> { ["text"] = value.Text, ["font"] = value.Font },
        _ => value.Text,
    };
}
