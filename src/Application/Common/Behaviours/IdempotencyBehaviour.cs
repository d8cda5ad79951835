using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using CustomiseYou.Application.Common.Abstractions;
using CustomiseYou.Domain.Common;
using Mediator;

namespace CustomiseYou.Application.Common.Behaviours;

/// <summary>
/// For <see cref="IIdempotentCommand"/>s: the first request with a key runs and its successful result is stored;
/// the same key and body again replays it exactly; another body is 422; a retry while the first still runs is
/// 409. Failures are not stored (the claim is released and the error surfaces), so a corrected retry can run.
/// </summary>
public sealed class IdempotencyBehaviour<TMessage, TResponse>(IIdempotencyStore store, ICurrentUser currentUser)
    : IPipelineBehavior<TMessage, TResponse>
    where TMessage : IMessage
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };
    private static readonly ConcurrentDictionary<Type, Func<object, TResponse>> Successes = new();
    private static readonly bool ReturnsResult = typeof(TResponse).IsGenericType && typeof(TResponse).GetGenericTypeDefinition() == typeof(Result<>);

    public async ValueTask<TResponse> Handle(TMessage message, MessageHandlerDelegate<TMessage, TResponse> next, CancellationToken cancellationToken)
    {
        if (message is not IIdempotentCommand idempotent || !ReturnsResult)
        {
            return await next(message, cancellationToken);
        }

        var userId = currentUser.RequiredUserId;
        var key = idempotent.IdempotencyKey;
        var requestHash = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(JsonSerializer.Serialize(message, message.GetType(), Json))));
        var claim = await store.ClaimAsync(userId, key, requestHash, cancellationToken);
        switch (claim.Kind)
        {
            case IdempotencyClaimKind.Replay:
                return Replay(claim.StoredResponse!);
            case IdempotencyClaimKind.InFlight:
                return Fail(Error.Conflict("idempotency.in_flight", "A request with this Idempotency-Key is still being processed."));
            case IdempotencyClaimKind.Mismatch:
                return Fail(Error.Rule("idempotency.key_reused", "This Idempotency-Key was used with a different request body."));
        }

        TResponse response;
        try
        {
            response = await next(message, cancellationToken);
        }
        catch
        {
            await store.ReleaseAsync(userId, key, CancellationToken.None);
            throw;
        }

        var result = (IResultBase)response!;
        if (result.IsSuccess)
        {
            await store.CompleteAsync(userId, key, JsonSerializer.Serialize(ValueOf(response), ValueType, Json), CancellationToken.None);
        }
        else
        {
            await store.ReleaseAsync(userId, key, CancellationToken.None);
        }

        return response;
    }

    private static Type ValueType => typeof(TResponse).GetGenericArguments()[0];

    private static object? ValueOf(TResponse response) => typeof(TResponse).GetProperty(nameof(Result<object>.Value))!.GetValue(response);

    private static TResponse Replay(string stored)
    {
        var success = Successes.GetOrAdd(typeof(TResponse), type =>
        {
            var method = type.GetMethod(nameof(Result<object>.Success))!;
            return value => (TResponse)method.Invoke(null, [value])!;
        });
        return success(JsonSerializer.Deserialize(stored, ValueType, Json)!);
    }

    private static TResponse Fail(Error error) =>
        (TResponse)typeof(TResponse).GetMethod(nameof(Result<object>.Failure))!.Invoke(null, [error])!;
}
