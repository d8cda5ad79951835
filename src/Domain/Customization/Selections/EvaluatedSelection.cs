namespace CustomiseYou.Domain.Customization.Selections;

/// <summary>The outcome of checking a selection: the accepted answers in display order, and every error found.</summary>
internal sealed class EvaluatedSelection(IReadOnlyList<AcceptedAnswer> accepted, FieldErrors errors)
{
    public IReadOnlyList<AcceptedAnswer> Accepted { get; } = accepted;

    public FieldErrors Errors { get; } = errors;

    public NormalizedSelection ToNormalized() =>
        new(Accepted.Select(answer => KeyValuePair.Create(answer.Option.Key, answer.Value)));
}
