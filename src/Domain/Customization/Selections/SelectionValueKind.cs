namespace CustomiseYou.Domain.Customization.Selections;

/// <summary>The JSON-like shapes a customer's answer can take.</summary>
public enum SelectionValueKind
{
    Text,
    Number,
    List,
}
