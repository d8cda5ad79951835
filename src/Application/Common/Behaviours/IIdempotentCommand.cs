namespace CustomiseYou.Application.Common.Behaviours;

/// <summary>A command that carries the client's <c>Idempotency-Key</c>; retries with the same key and body replay the first success.</summary>
public interface IIdempotentCommand
{
    string IdempotencyKey { get; }
}
