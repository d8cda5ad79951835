using CustomiseYou.Domain.Common;

namespace CustomiseYou.Application.Common.Abstractions;

/// <summary>
/// A commit lost a race: another request changed or created the same thing first (a unique key or a version
/// column). Answered with 409 so the client can reload and retry; nothing of this request was saved.
/// </summary>
public sealed class ConflictException(Error error, Exception inner) : Exception(error.Message, inner)
{
    public Error Error { get; } = error;
}
