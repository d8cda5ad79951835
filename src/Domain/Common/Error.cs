namespace CustomiseYou.Domain.Common;

/// <summary>What kind of failure an <see cref="Error"/> is; the web layer maps each kind to one HTTP status.</summary>
public enum ErrorType
{
    Validation,
    Unauthorized,
    Forbidden,
    NotFound,
    Conflict,
    RuleViolation,
    TooManyRequests,
    Unavailable,

    /// <summary>The thing existed but is gone for good (an expired download link).</summary>
    Gone,
}

/// <summary>A failure with a stable machine-readable code, a human message and optional per-field details.</summary>
public sealed record Error(string Code, string Message, ErrorType Type)
{
    public IReadOnlyDictionary<string, string[]> Details { get; init; } = new Dictionary<string, string[]>();

    /// <summary>When a <see cref="ErrorType.TooManyRequests"/> caller may try again (sent as Retry-After).</summary>
    public DateTimeOffset? RetryAt { get; init; }

    public static Error NotFound(string code, string message) => new(code, message, ErrorType.NotFound);

    public static Error Conflict(string code, string message) => new(code, message, ErrorType.Conflict);

    public static Error Rule(string code, string message) => new(code, message, ErrorType.RuleViolation);

    public static Error Validation(string code, string message, string field) =>
        new(code, message, ErrorType.Validation) { Details = new Dictionary<string, string[]> { [field] = [message] } };

    public static Error Forbidden(string code, string message) => new(code, message, ErrorType.Forbidden);

    public static Error Gone(string code, string message) => new(code, message, ErrorType.Gone);
}
