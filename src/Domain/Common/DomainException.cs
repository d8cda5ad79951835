namespace CustomiseYou.Domain.Common;

/// <summary>
/// Thrown when an operation would break an invariant. Carries an <see cref="Common.Error"/> so the web layer maps it
/// the same way as a returned failure (422 for a rule, 409 for a state conflict).
/// </summary>
public class DomainException : Exception
{
    public DomainException(Error error) : base(error.Message) => Error = error;

    public Error Error { get; }
}
