using CustomiseYou.Domain.Customization.Options;

namespace CustomiseYou.Domain.Customization.Selections;

/// <summary>A shown option with its valid, normalised answer.</summary>
internal sealed record AcceptedAnswer(OptionDefinition Option, SelectionValue Value);
