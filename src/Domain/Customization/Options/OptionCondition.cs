namespace CustomiseYou.Domain.Customization.Options;

/// <summary>The option is shown only when option <see cref="DependsOn"/> is shown and has one of <see cref="Values"/>.</summary>
public sealed record OptionCondition
{
    public required string DependsOn { get; init; }

    /// <summary>Choice value keys, texts, upper- or lower-case hex colours, or invariant numbers ("12.5").</summary>
    public required IReadOnlyList<string> Values { get; init => field = [.. value]; }
}
